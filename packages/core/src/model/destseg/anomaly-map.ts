/**
 * The anomaly maps of DeSTSeg and the choice of the one that scores an image (anomalib's anomaly_map):
 * - the DeST branch map Π_k up(1 − Σ_c l2n(S_k)·l2n(T_k)) from the student's and teacher's features;
 * - the fused map √(seg·dest) (not in the paper);
 * - the score output: the segmentation output (the paper's, the default), the DeST branch or their fusion.
 *   A per-category choice: on defects much smaller than the synthetic ones the DeST branch is the better
 *   detector (docs/RESULTS.md).
 */
import * as tf from '@tensorflow/tfjs';
import { DestsegError } from '../../errors.ts';
import { imageScore, SCORE_TOP_K } from '../../metrics/image-score.ts';
import { cosineDistance } from '../../ops/cosine-distance.ts';
import { resizeBilinear } from '../layers.ts';

/** The DeST branch map at the first level's size, N×h×w×1: the product of each level's cosine distance. */
export function destMap(studentFeats: tf.Tensor4D[], teacherFeats: tf.Tensor4D[]): tf.Tensor4D {
  const [h, w] = (teacherFeats[0] as tf.Tensor4D).shape.slice(1, 3) as [number, number];
  const maps = studentFeats.map((s, k) =>
    resizeBilinear(cosineDistance(s, teacherFeats[k] as tf.Tensor4D), h, w),
  );
  return maps.reduce((acc, m) => tf.mul(acc, m));
}

/**
 * The fused map: the pixel-wise geometric mean √(seg·dest) of the segmentation and DeST maps, a
 * per-category option where the segmentation net has learnt the size of the synthetic defects and misses
 * much smaller real ones (docs/RESULTS.md). A pixel scores high only where both maps agree. It needs no
 * calibration: scaling either map by a constant scales the fused map and its top-k image scores by a
 * constant, so every ranking (and therefore every metric) is unchanged.
 */
export function fuseMaps(seg: Float32Array, dest: Float32Array): Float32Array {
  if (seg.length !== dest.length) {
    throw new RangeError(`maps differ in size: ${seg.length} vs ${dest.length}`);
  }
  const out = new Float32Array(seg.length);
  // Both maps are ≥ 0 (a sigmoid and a product of cosine distances); the clamp only absorbs
  // float rounding below zero.
  for (let k = 0; k < out.length; k++)
    out[k] = Math.sqrt(Math.max(0, (seg[k] as number) * (dest[k] as number)));
  return out;
}

/** The maps that can score an image (the same values the database and GraphQL call ScoreOutput). */
export const SCORE_OUTPUTS = ['seg', 'dest', 'fused'] as const;
export type ScoreOutput = (typeof SCORE_OUTPUTS)[number];

/** The score output named by `value` (a CLI flag); `seg` when undefined. */
export function parseScoreOutput(value: string | undefined): ScoreOutput {
  const output = value ?? 'seg';
  if ((SCORE_OUTPUTS as readonly string[]).includes(output)) return output as ScoreOutput;
  throw new DestsegError(
    'CONFIG_INVALID',
    `output must be one of ${SCORE_OUTPUTS.join(', ')}, got '${output}'`,
  );
}

/** Both maps of one image at the model's size and their image scores (the mean of the top-K values). */
export interface ScoredMaps {
  segMap: Float32Array;
  destMap: Float32Array;
  segScore: number;
  destScore: number;
}

/** The map of `output` (model size) and its image score. */
export function scoreOutputMap(p: ScoredMaps, output: ScoreOutput): { map: Float32Array; score: number } {
  if (output === 'seg') return { map: p.segMap, score: p.segScore };
  if (output === 'dest') return { map: p.destMap, score: p.destScore };
  const map = fuseMaps(p.segMap, p.destMap);
  return { map, score: imageScore(map, SCORE_TOP_K) };
}
