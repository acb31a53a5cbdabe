/**
 * The handful of tensor ops DeSTSeg needs, written so they match PyTorch semantics exactly
 * (spec §12): symmetric padding, half-pixel bilinear resizing and a differentiable atrous convolution.
 * BatchNorm and the cosine distance are ops (ops/), which pick the fused webgpu kernels when they exist.
 */
import * as tf from '@tensorflow/tfjs';

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
