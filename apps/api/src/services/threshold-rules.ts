/** How a score meets a threshold; the policies that pick a threshold are the engine's (core's threshold-policy). */

/** Score at or above which an image is called a defect when no threshold was set for the model. */
export const DEFAULT_THRESHOLD = 0.5;

export function verdictFor(score: number, threshold: number): 'ok' | 'defect' {
  return score >= threshold ? 'defect' : 'ok';
}
