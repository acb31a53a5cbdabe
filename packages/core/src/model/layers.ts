/**
 * The handful of tensor ops DeSTSeg needs, written so they match PyTorch semantics exactly
 * (spec §12): symmetric padding, half-pixel bilinear resizing, PyTorch BatchNorm conventions,
 * and a differentiable atrous convolution.
 */
import * as tf from '@tensorflow/tfjs';
import { fusedBatchNormAvailable, fusedBatchNormTrain } from '../backend/webgpu-batchnorm.ts';

export const BN_EPS = 1e-5;
export const BN_MOMENTUM = 0.1;

/** conv2d with symmetric zero padding `pad` on every side (TF 'same' pads asymmetrically at stride 2). */
export function conv2d(x: tf.Tensor4D, w: tf.Tensor4D, stride: number, pad: number): tf.Tensor4D {
  return tf.conv2d(x, w, stride, pad);
}

/**
 * 3×3 conv with dilation = padding = rate, as space-to-batch → 3×3 'valid' conv → batch-to-space (the
 * form TensorFlow uses): each of the rate² phases of the padded input is an ordinary conv. tfjs cannot
 * differentiate a dilated conv2d; these three ops have gradients on every backend, and cost a handful of
 * dispatches where a sum over the nine taps costs a slice and a matmul per tap.
 */
export function atrousConv2d(x: tf.Tensor4D, w: tf.Tensor4D, rate: number): tf.Tensor4D {
  const [, h, wd] = x.shape;
  // Pad by the rate on each side, and at the end up to a multiple of the rate.
  const extraH = (rate - ((h + 2 * rate) % rate)) % rate;
  const extraW = (rate - ((wd + 2 * rate) % rate)) % rate;
  const phases = tf.spaceToBatchND(
    x,
    [rate, rate],
    [
      [rate, rate + extraH],
      [rate, rate + extraW],
    ],
  );
  const y = tf.conv2d(phases as tf.Tensor4D, w, 1, 'valid');
  return tf.batchToSpaceND(
    y,
    [rate, rate],
    [
      [0, extraH],
      [0, extraW],
    ],
  ) as tf.Tensor4D;
}

/** PyTorch `F.interpolate(mode='bilinear', align_corners=False)`: half-pixel centres, no antialias. */
export function resizeBilinear(x: tf.Tensor4D, height: number, width: number): tf.Tensor4D {
  if (x.shape[1] === height && x.shape[2] === width) return x;
  return tf.image.resizeBilinear(x, [height, width], false, true);
}

/** 3×3 stride-2 max pool with padding 1; exact as zero padding because its input follows a ReLU. */
export function maxPool3x3s2(x: tf.Tensor4D): tf.Tensor4D {
  const padded = tf.pad(x, [
    [0, 0],
    [1, 1],
    [1, 1],
    [0, 0],
  ]);
  return tf.maxPool(padded, 3, 2, 'valid');
}

/** F.normalize's ε, added to the norm as the official code does. */
export const L2_NORM_EPS = 1e-12;

/** Per-pixel L2 normalisation over channels. */
export function l2Normalize(x: tf.Tensor4D): tf.Tensor4D {
  return tf.div(x, tf.add(tf.sqrt(tf.sum(tf.square(x), -1, true)), L2_NORM_EPS));
}

export interface BatchNormParams {
  gamma: tf.Tensor1D;
  beta: tf.Tensor1D;
  runningMean: tf.Tensor1D;
  runningVar: tf.Tensor1D;
}

/** Batch statistics of one train-mode BatchNorm call, kept for the running-stat update after the step. */
export interface BatchStats {
  name: string;
  mean: tf.Tensor1D;
  /** The biased batch variance; running_var takes the unbiased one, variance·count/(count − 1), as PyTorch. */
  variance: tf.Tensor1D;
  /** Values per channel, N·H·W. */
  count: number;
}

/**
 * Train-mode BatchNorm in PyTorch conventions, then ReLU when `relu`: normalises with the biased batch
 * variance and records the batch mean and unbiased variance (kept out of the enclosing tidy) so the caller
 * can update the running stats with momentum 0.1. Eval mode is folded into the preceding convolution
 * (conv-bn.ts). On webgpu the fused kernels compute the same function (backend/webgpu-batchnorm.ts).
 */
export function batchNormTrain(
  x: tf.Tensor4D,
  p: BatchNormParams,
  name: string,
  stats: BatchStats[],
  relu: boolean,
): tf.Tensor4D {
  const count = x.shape[0] * x.shape[1] * x.shape[2];
  const record = (mean: tf.Tensor1D, variance: tf.Tensor1D): void => {
    stats.push({ name, mean: tf.keep(mean.clone()), variance: tf.keep(variance.clone()), count });
  };
  if (fusedBatchNormAvailable()) {
    const { y, mean, variance } = fusedBatchNormTrain(x, p.gamma, p.beta, BN_EPS, relu);
    record(mean, variance);
    return y;
  }
  const { mean, variance } = tf.moments(x, [0, 1, 2]);
  record(mean as tf.Tensor1D, variance as tf.Tensor1D);
  // Written out (not tf.batchNorm) so the gradient through the batch statistics is plain autodiff.
  const scale = tf.mul(p.gamma, tf.rsqrt(tf.add(variance, BN_EPS)));
  const y = tf.add(tf.mul(tf.sub(x, mean), scale), p.beta) as tf.Tensor4D;
  return relu ? tf.relu(y) : y;
}
