/**
 * DeSTSeg losses (spec §5): the stage-1 cosine loss summed over levels and over the batch, and the
 * stage-2 target, the mask downsampled to the map size (the focal + L1 losses are ops/seg-losses.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { cosineDistance } from '../../ops/cosine-distance.ts';
import { resizeBilinear } from '../layers.ts';

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
