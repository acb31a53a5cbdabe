/**
 * DeSTSeg losses (spec §5): the stage-1 cosine loss summed over levels and over the batch, and the
 * stage-2 focal (γ = 4, no α) + L1 loss against the mask downsampled to the map size.
 */
import * as tf from '@tensorflow/tfjs';
import { fusedSegLossAvailable, fusedSegLosses } from '../../backend/webgpu-seg-loss.ts';
import { resizeBilinear } from '../layers.ts';
import { cosineDistance } from './network.ts';

/** Σ_k Σ_n mean_ij (1 − cos(S_k, T_k)); batch-summed, so its scale grows with the batch (lr 0.4 is tuned to it). */
export function cosineLoss(studentFeats: tf.Tensor4D[], teacherFeats: tf.Tensor4D[]): tf.Scalar {
  const perLevel = studentFeats.map((s, k) =>
    tf.sum(tf.mean(cosineDistance(s, teacherFeats[k] as tf.Tensor4D), [1, 2, 3])),
  );
  return tf.addN(perLevel) as tf.Scalar;
}

/** The mask (N×H×W×1, {0,1}) bilinearly downsampled without antialias to h×w and thresholded at ≥ 0.5. */
export function downsampleMask(mask: tf.Tensor4D, h: number, w: number): tf.Tensor4D {
  return tf.cast(tf.greaterEqual(resizeBilinear(mask, h, w), 0.5), 'float32') as tf.Tensor4D;
}

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

/** The stage-2 losses [focal, L1] of prediction p against mask m (fused kernels on webgpu, the same values). */
export function segLosses(p: tf.Tensor4D, m: tf.Tensor4D, gamma: number): tf.Tensor1D {
  if (fusedSegLossAvailable()) return fusedSegLosses(p, m, gamma);
  return tf.stack([focalLoss(p, m, gamma), l1Loss(p, m)]) as tf.Tensor1D;
}
