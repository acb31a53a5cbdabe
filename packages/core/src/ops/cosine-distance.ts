/**
 * Per-pixel L2 normalisation over channels and the cosine distance 1 − cos(s, t) of two feature maps. The
 * distance runs one fused kernel when the active backend has it (backend/webgpu-cosine.ts), else the
 * written-out tfjs form: the same function up to float rounding.
 */
import * as tf from '@tensorflow/tfjs';
import { fusedCosineAvailable, fusedCosineDistance } from '../backend/webgpu-cosine.ts';

/** F.normalize's ε, added to the norm as the official code does. */
export const L2_NORM_EPS = 1e-12;

/** Per-pixel L2 normalisation over channels. */
export function l2Normalize(x: tf.Tensor4D): tf.Tensor4D {
  return tf.div(x, tf.add(tf.sqrt(tf.sum(tf.square(x), -1, true)), L2_NORM_EPS));
}

/** 1 − cosine similarity per pixel: N×h×w×1. */
export function cosineDistance(s: tf.Tensor4D, t: tf.Tensor4D): tf.Tensor4D {
  if (fusedCosineAvailable()) return fusedCosineDistance(s, t, L2_NORM_EPS);
  return tf.sub(1, tf.sum(tf.mul(l2Normalize(s), l2Normalize(t)), -1, true));
}
