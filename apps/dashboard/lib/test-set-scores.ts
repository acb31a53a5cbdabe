/** Splits an evaluation's per-image test-set scores by ground truth, for the histograms and error rates. */
export interface TestSetScores {
  good: number[];
  defective: number[];
}

/**
 * The scores of the category's scoring output (`scoreOutputScore`), split by ground truth; null when the
 * evaluation has none for that output (fused, in evaluations stored before its scores were kept).
 */
export function splitTestSetScores(
  imageScores: readonly { defective: boolean; scoreOutputScore: number | null }[],
): TestSetScores | null {
  const split: TestSetScores = { good: [], defective: [] };
  for (const image of imageScores) {
    if (image.scoreOutputScore === null) return null;
    (image.defective ? split.defective : split.good).push(image.scoreOutputScore);
  }
  return split;
}
