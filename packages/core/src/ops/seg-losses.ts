/**
 * The stage-2 segmentation losses (spec §5): focal (γ = 4 in DeSTSeg, no α) and L1 of a prediction in
 * (0, 1) against a {0, 1} mask. `segLosses` runs the fused kernels when the active backend has them
 * (backend/webgpu-seg-loss.ts), else the written-out tfjs form: the same values up to float rounding.
 */
import * as tf from '@tensorflow/tfjs';
import { fusedSegLossAvailable, fusedSegLosses } from '../backend/webgpu-seg-loss.ts';

/** PyTorch BCE clamps each log at −100. */
function clampedLog(x: tf.Tensor): tf.Tensor {
  return tf.maximum(tf.log(x), -100);
}

export function focalLoss(p: tf.Tensor4D, m: tf.Tensor4D, gamma = 4): tf.Scalar {
  const oneMinusM = tf.sub(1, m);
  const bce = tf.neg(tf.add(tf.mul(m, clampedLog(p)), tf.mul(oneMinusM, clampedLog(tf.sub(1, p)))));
  const pt = tf.add(tf.mul(p, m), tf.mul(tf.sub(1, p), oneMinusM));
  return tf.mean(tf.mul(bce, tf.pow(tf.sub(1, pt), gamma)));
}

export function l1Loss(p: tf.Tensor4D, m: tf.Tensor4D): tf.Scalar {
  return tf.mean(tf.abs(tf.sub(p, m)));
}

/** The losses [focal, L1] of prediction p against mask m. */
export function segLosses(p: tf.Tensor4D, m: tf.Tensor4D, gamma: number): tf.Tensor1D {
  if (fusedSegLossAvailable()) return fusedSegLosses(p, m, gamma);
  return tf.stack([focalLoss(p, m, gamma), l1Loss(p, m)]) as tf.Tensor1D;
}
