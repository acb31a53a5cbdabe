/** Loss points from the initial query and the live subscription, merged into one chart series. */
export interface LossPoint {
  step: number;
  stage: number;
  cosine?: number | null;
  focal?: number | null;
  l1?: number | null;
}

/**
 * Adds points to a series ordered by step. A later point for the same step replaces the earlier one:
 * a resumed run trains the steps after its checkpoint again.
 */
export function mergeLossPoints<T extends LossPoint>(series: readonly T[], incoming: readonly T[]): T[] {
  if (incoming.length === 0) return series as T[];
  const byStep = new Map<number, T>();
  for (const point of series) byStep.set(point.step, point);
  for (const point of incoming) byStep.set(point.step, point);
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}

/** Stage-1 points carry the cosine loss; stage-2 points carry focal and L1. */
export function splitByStage<T extends LossPoint>(series: readonly T[]): { stage1: T[]; stage2: T[] } {
  return {
    stage1: series.filter((p) => p.stage === 1),
    stage2: series.filter((p) => p.stage === 2),
  };
}
