/** How a threshold value is derived from scores; pure functions, so the rules are testable without a model. */

/** Score at or above which an image is called a defect when no threshold was set for the model. */
export const DEFAULT_THRESHOLD = 0.5;

/**
 * Every image score lies in this range: the segmentation map is a sigmoid (0..1), the DeST map a product of
 * three (1 − cosine similarity) maps (0..8), the fused map their geometric mean. A fixed threshold outside
 * it would call every image OK or every image a defect.
 */
export const SCORE_RANGE = { min: 0, max: 8 } as const;

/**
 * The lowest threshold at which at most `rate` of the good images' scores would be called defects
 * (verdict = defect when score >= threshold). Scores are float32 values, so a step of 1e-7 above the
 * highest tolerated score separates it from the next.
 */
export function thresholdForFalseAlarmRate(goodScores: readonly number[], rate: number): number {
  const sorted = [...goodScores].sort((a, b) => b - a);
  const allowed = Math.floor(rate * sorted.length + 1e-9);
  if (allowed >= sorted.length) return sorted[sorted.length - 1] ?? DEFAULT_THRESHOLD;
  return (sorted[allowed] as number) + 1e-7;
}

export function verdictFor(score: number, threshold: number): 'ok' | 'defect' {
  return score >= threshold ? 'defect' : 'ok';
}
