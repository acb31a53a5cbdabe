/** How a score meets a threshold; the policies that pick a threshold are the engine's (core's threshold-policy). */

/**
 * Every image score lies in this range: the segmentation map is a sigmoid (0..1), the DeST map a product of
 * three (1 − cosine similarity) maps (0..8), the fused map their geometric mean. A fixed threshold outside
 * it would call every image OK or every image a defect.
 */
export const SCORE_RANGE = { min: 0, max: 8 } as const;

export function verdictFor(score: number, threshold: number): 'ok' | 'defect' {
  return score >= threshold ? 'defect' : 'ok';
}
