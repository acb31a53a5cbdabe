/** Shared-bin histograms so that good and defective score distributions can be drawn on one axis. */
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

export function scoreHistogram(
  goodScores: readonly number[],
  defectScores: readonly number[],
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
  const width = (max - min) / binCount;
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => {
    const start = min + i * width;
    return { start, end: start + width, mid: start + width / 2, good: 0, defect: 0 };
  });
  const binOf = (score: number): HistogramBin | undefined =>
    bins[Math.min(binCount - 1, Math.floor((score - min) / width))];
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
