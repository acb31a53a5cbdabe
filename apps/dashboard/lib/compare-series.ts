/** Loss curves of several runs overlaid on one chart: one row per step, one column per run. */
import { smoothEma } from './ema.ts';
import type { LossPoint } from './loss-series.ts';

export type LossKey = 'cosine' | 'focal' | 'l1';

export interface RunCurve {
  /** The column of this run in the chart's rows. */
  key: string;
  points: readonly LossPoint[];
}

export type OverlayRow = { step: number } & Record<string, number | null>;

/**
 * The `loss` of every run by step, smoothed per run with an EMA of `weight`. On a log scale (`positiveOnly`)
 * values ≤ 0 cannot be drawn and are left out.
 */
export function overlaySeries(
  curves: readonly RunCurve[],
  loss: LossKey,
  weight: number,
  positiveOnly = false,
): OverlayRow[] {
  const rows = new Map<number, OverlayRow>();
  for (const curve of curves) {
    const points = curve.points.filter((p) => typeof p[loss] === 'number').sort((a, b) => a.step - b.step);
    const smoothed = smoothEma(
      points.map((p) => p[loss] ?? null),
      weight,
    );
    points.forEach((point, i) => {
      const value = smoothed[i] ?? null;
      const row = rows.get(point.step) ?? ({ step: point.step } as OverlayRow);
      row[curve.key] = positiveOnly && value !== null && value <= 0 ? null : value;
      rows.set(point.step, row);
    });
  }
  return [...rows.values()].sort((a, b) => a.step - b.step);
}
