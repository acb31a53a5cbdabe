/** Rolling step time per stage, for images/s and the ETA. */

/**
 * How much longer a stage-2 step takes than a stage-1 step before any stage-2 step was timed: the
 * segmentation net's forward and backward on top of the frozen teacher and student. Measured 2.7× on wasm
 * at 64 px, batch 4 (docs/PERFORMANCE.md: train2 7389 ms vs train1 2711 ms).
 */
export const STAGE2_STEP_COST = 2.7;

export class Pace {
  private readonly seconds: Record<1 | 2, number[]> = { 1: [], 2: [] };

  record(stage: 1 | 2, s: number): void {
    const list = this.seconds[stage];
    list.push(s);
    if (list.length > 20) list.shift();
  }

  /** Mean of the stage's recent steps; estimated from the other stage's while it has none. */
  perStep(stage: 1 | 2): number {
    const own = this.seconds[stage];
    if (own.length > 0) return mean(own);
    const other = this.seconds[stage === 1 ? 2 : 1];
    if (other.length === 0) return 0;
    return stage === 2 ? mean(other) * STAGE2_STEP_COST : mean(other) / STAGE2_STEP_COST;
  }

  etaSeconds(remainingStage1: number, remainingStage2: number): number {
    return remainingStage1 * this.perStep(1) + remainingStage2 * this.perStep(2);
  }
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
