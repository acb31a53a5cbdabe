import { formatPercent } from '@/lib/format.ts';
import { LEADERBOARD_METRICS, type LeaderboardMetricKey } from '@/lib/leaderboard-metrics.ts';

/** One cell per leaderboard metric, as percentages. */
export function MetricCells({ metrics }: { metrics: Partial<Record<LeaderboardMetricKey, number | null>> }) {
  return (
    <>
      {LEADERBOARD_METRICS.map((metric) => (
        <td key={metric.key} className="num">
          {formatPercent(metrics[metric.key])}
        </td>
      ))}
    </>
  );
}
