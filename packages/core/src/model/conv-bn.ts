/**
 * conv → BatchNorm (→ ReLU), the unit every DeSTSeg network is built from.
 * Train mode is exactly that: batch statistics, recorded for the running-stat update.
 * Eval mode (the teacher always, the student in stage 2, every net at inference) folds the BatchNorm into
 * the convolution, w·s and β − μ·s with s = γ/√(σ² + ε), computed once per weight version, and runs the
 * backend's fused convolution with that bias and the ReLU: one pass over the activation instead of three
 * (for the ASPP's atrous convs, a dilated convolution: tfjs cannot differentiate it, eval mode needs not).
 * The result differs from the unfolded form by float rounding only (tested in conv-bn.test.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { BN_EPS, batchNormTrain } from '../ops/batch-norm.ts';
import type { ForwardContext } from './forward-context.ts';
import { atrousConv2d, conv2d } from './layers.ts';
import type { ParamStore } from './param-store.ts';

/** A bias-free convolution: symmetric padding, or the 3×3 atrous form of the ASPP. */
export type ConvOp = { stride: number; pad: number } | { atrousRate: number };

function applyConv(x: tf.Tensor4D, w: tf.Tensor4D, op: ConvOp): tf.Tensor4D {
  return 'atrousRate' in op ? atrousConv2d(x, w, op.atrousRate) : conv2d(x, w, op.stride, op.pad);
}

/** The folded filter and bias of conv `${conv}.weight` followed by BatchNorm `${bn}` in eval mode. */
export function foldedConvBn(
  p: ParamStore,
  conv: string,
  bn: string,
): { filter: tf.Tensor4D; bias: tf.Tensor1D } {
  const w = p.get<tf.Rank.R4>(`${conv}.weight`);
  const { gamma, beta, runningMean, runningVar } = p.bn(bn);
  const [filter, bias] = p.derive(`fold:${conv}:${bn}`, [w, gamma, beta, runningMean, runningVar], () => {
    const scale = tf.mul(gamma, tf.rsqrt(tf.add(runningVar, BN_EPS)));
    return [tf.mul(w, scale), tf.sub(beta, tf.mul(runningMean, scale))];
  });
  return { filter: filter as tf.Tensor4D, bias: bias as tf.Tensor1D };
}

/** conv `${conv}.weight` on x, BatchNorm `${bn}`, then ReLU when `relu`. */
export function convBn(
  p: ParamStore,
  x: tf.Tensor4D,
  conv: string,
  bn: string,
  op: ConvOp,
  ctx: ForwardContext,
  relu: boolean,
): tf.Tensor4D {
  if (ctx.training) {
    return batchNormTrain(applyConv(x, p.get(`${conv}.weight`), op), p.bn(bn), bn, ctx.stats, relu);
  }
  const { filter, bias } = foldedConvBn(p, conv, bn);
  // No gradient is taken here, so the atrous conv can be the backend's dilated convolution (one pass
  // instead of a slice and a matmul per tap); pad = rate keeps the map size, as in the training form.
  const geometry =
    'atrousRate' in op
      ? { strides: 1, pad: op.atrousRate, dilations: op.atrousRate }
      : { strides: op.stride, pad: op.pad };
  return tf.fused.conv2d({ x, filter, ...geometry, bias, activation: relu ? 'relu' : 'linear' });
}
