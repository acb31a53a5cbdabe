/**
 * Instance average precision (IAP) and IAP@90, as `IAPS.compute` in the official model/metrics.py.
 * Instead of one pass over all pixels per instance, the pixel counts come from binary searches in the
 * label-split sorted scores.
 */
import type { InstanceScores } from './instances.ts';
import { countAtLeast, type SplitScores } from './roc.ts';

export interface IapResult {
  readonly iap: number;
  /** Precision at the first recall >= `recallThreshold` (0.9 for IAP@90). */
  readonly iapAtRecall: number;
}

/** Official instance score: the instance's scores sorted descending, taken at ⌊0.5·n⌋. */
export function instanceScore(instances: InstanceScores, k: number): number {
  const start = instances.offsets[k] as number;
  const n = (instances.offsets[k + 1] as number) - start;
  // Values are ascending, so descending index ⌊n/2⌋ is ascending index n − 1 − ⌊n/2⌋.
  return instances.values[start + n - 1 - Math.floor(0.5 * n)] as number;
}

/**
 * `pixels` splits every pixel score by its binary GT. Null when there is no instance (the official
 * code raises "gt_masks all zeros").
 */
export function instanceAveragePrecision(
  instances: InstanceScores,
  pixels: SplitScores,
  recallThreshold = 0.9,
): IapResult | null {
  const count = instances.count;
  if (count === 0) return null;
  const scores = new Float64Array(count);
  for (let k = 0; k < count; k++) scores[k] = instanceScore(instances, k);
  scores.sort();

  const precision = new Float64Array(count);
  const negatives = pixels.negatives.length;
  for (let i = 0; i < count; i++) {
    const s = scores[i] as number;
    const defectsAbove = countAtLeast(pixels.positives, s);
    // Official numerator is #(pred·gt >= s): a normal pixel has pred·gt = 0, which counts when s <= 0.
    const tp = defectsAbove + (s <= 0 ? negatives : 0);
    const predicted = defectsAbove + countAtLeast(pixels.negatives, s);
    // torch divides the two integer counts into float32; round the same way to match it bit for bit.
    precision[i] = Math.fround(tp / predicted);
  }
  // Running max over ascending scores (descending recall): the best precision at any recall >= r_i.
  for (let i = 1; i < count; i++) precision[i] = Math.max(precision[i] as number, precision[i - 1] as number);
  let sum = 0;
  for (let i = 0; i < count; i++) sum += precision[i] as number;

  // recall_i = 1 − i/K descends; reversed it ascends and bisect_left finds the first recall >= r.
  let at = 0;
  while (at < count && 1 - (count - 1 - at) / count < recallThreshold) at++;
  // bisect_left past the end (r > 1) would raise IndexError in the official code; clamp instead.
  const iapAtRecall = precision[count - 1 - Math.min(at, count - 1)] as number;
  return { iap: sum / count, iapAtRecall };
}
