/** Splits an evaluation's per-image test-set scores by ground truth, for the histograms and error rates. */
export interface TestSetScores {
  good: number[];
  defective: number[];
}

export function splitTestSetScores(
  imageScores: readonly { defective: boolean; score: number }[],
): TestSetScores {
  const split: TestSetScores = { good: [], defective: [] };
  for (const image of imageScores) (image.defective ? split.defective : split.good).push(image.score);
  return split;
}
