/** The leaderboard's metric columns, in the paper's order. */
export const LEADERBOARD_METRICS = [
  { key: 'imageAuroc', label: 'Image AUROC' },
  { key: 'pixelAuroc', label: 'Pixel AUROC' },
  { key: 'pixelAp', label: 'Pixel AP' },
  { key: 'iap', label: 'IAP' },
  { key: 'iap90', label: 'IAP@90' },
  { key: 'aupro', label: 'AUPRO' },
] as const;

export type LeaderboardMetricKey = (typeof LEADERBOARD_METRICS)[number]['key'];

/** Best first by the chosen metric; missing values sink to the bottom; ties keep the API's order. */
export function rankBy<T>(
  rows: readonly T[],
  metricOf: (row: T) => Partial<Record<LeaderboardMetricKey, number | null>>,
  key: LeaderboardMetricKey,
): T[] {
  const value = (row: T) => metricOf(row)[key] ?? Number.NEGATIVE_INFINITY;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => value(b.row) - value(a.row) || a.index - b.index)
    .map(({ row }) => row);
}
