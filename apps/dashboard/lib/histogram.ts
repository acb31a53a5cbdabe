/**
 * Shared-bin histograms so that good and defective score distributions can be drawn on one axis. Bin edges
 * are round numbers (a step of 1, 2 or 5 × 10^k), so the axis ticks placed on edges read as round numbers and
 * the axis spans whole bins (no bar hangs over its ends).
 */
export interface HistogramBin {
  /** Lower edge of the bin. */
  start: number;
  /** Upper edge (exclusive, except for the last bin). */
  end: number;
  /** Centre, used as the chart's x value. */
  mid: number;
  good: number;
  defect: number;
}

/** Rounds away float noise from edges computed as start + i·step (0.30000000000000004 → 0.3). */
const clean = (value: number) => Number(value.toPrecision(12));

/** The smallest step of 1, 2 or 5 × 10^k that covers `span` in at most `count` parts. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 5].find((m) => clean(m * power) >= raw) ?? 10;
  return clean(unit * power);
}

export function scoreHistogram(
  goodScores: readonly number[],
  defectScores: readonly number[],
  /** The most bins wanted; fewer when round edges need fewer. */
  binCount: number,
  /** Values that must fall inside the range too (the threshold line). */
  alsoInclude: readonly number[] = [],
): HistogramBin[] {
  const all = [...goodScores, ...defectScores, ...alsoInclude].filter(Number.isFinite);
  if (all.length === 0 || binCount <= 0) return [];
  let min = Math.min(...all);
  let max = Math.max(...all);
  // A single distinct value still needs a visible bin width.
  if (max === min) {
    min -= 0.5;
    max += 0.5;
  }
  // One bin of slack: the floored start can move the range by almost a step.
  let width = niceStep(max - min, Math.max(1, binCount - 1));
  let first = Math.floor(min / width);
  // The maximum must fall inside the last bin [start, end], an edge included.
  let count = Math.max(1, Math.ceil(clean(max / width) - first));
  while (count > binCount) {
    width = niceStep(width * 1.5, 1); // the next round step: 1 → 2 → 5 → 10
    first = Math.floor(min / width);
    count = Math.max(1, Math.ceil(clean(max / width) - first));
  }
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => {
    const start = clean((first + i) * width);
    const end = clean((first + i + 1) * width);
    return { start, end, mid: clean((start + end) / 2), good: 0, defect: 0 };
  });
  const binOf = (score: number): HistogramBin | undefined =>
    bins[Math.min(count - 1, Math.max(0, Math.floor(clean(score / width) - first)))];
  for (const s of goodScores) {
    const bin = Number.isFinite(s) ? binOf(s) : undefined;
    if (bin) bin.good += 1;
  }
  for (const s of defectScores) {
    const bin = Number.isFinite(s) ? binOf(s) : undefined;
    if (bin) bin.defect += 1;
  }
  return bins;
}

/** Round tick values on bin edges, at most `maxTicks` of them, from the first bin's start to the last's end. */
export function histogramTicks(bins: readonly HistogramBin[], maxTicks = 6): number[] {
  const first = bins[0];
  const last = bins.at(-1);
  if (!first || !last) return [];
  const step = niceStep(last.end - first.start, maxTicks - 1);
  const ticks: number[] = [];
  for (let t = Math.ceil(clean(first.start / step)) * step; t <= last.end + step * 1e-9; t += step) {
    ticks.push(clean(t));
  }
  return ticks;
}
