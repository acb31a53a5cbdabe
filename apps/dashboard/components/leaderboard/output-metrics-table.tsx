import { graphql } from '@/lib/graphql/generated/gql.ts';
import { LEADERBOARD_METRICS, type LeaderboardMetricKey } from '@/lib/leaderboard-metrics.ts';
import { MetricCells } from './metric-cells.tsx';

/** The metrics of one output of an evaluation (the leaderboard's columns and the best F1). */
export const MetricFieldsFragment = graphql(`
  fragment MetricFields on MetricReport {
    imageAuroc
    pixelAuroc
    pixelAp
    iap
    iap90
    aupro
    imageF1Max {
      f1
      threshold
    }
  }
`);

export interface OutputMetricsRow {
  label: string;
  metrics: Partial<Record<LeaderboardMetricKey, number | null>>;
}

/** The leaderboard metrics of an evaluation, one row per output. */
export function OutputMetricsTable({ heading, rows }: { heading: string; rows: OutputMetricsRow[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th>{heading}</th>
          {LEADERBOARD_METRICS.map((m) => (
            <th key={m.key} className="num">
              {m.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <td>{row.label}</td>
            <MetricCells metrics={row.metrics} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
