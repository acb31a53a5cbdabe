import { formatDuration, formatPercent } from '@/lib/format.ts';
import type { ScoreOutput } from '@/lib/graphql/generated/graphql.ts';
import type { RunDetail } from '@/lib/hooks/training-run-query.ts';
import { LEADERBOARD_METRICS } from '@/lib/leaderboard-metrics.ts';
import { runDurationSeconds } from '@/lib/run-elapsed.ts';
import { StatusBadge } from '../../status-badge.tsx';
import type { EvaluationFields } from '../evaluation-panel.tsx';
import { RunColumnHeads } from './run-column-heads.tsx';

function outputMetrics(evaluation: EvaluationFields | undefined, output: ScoreOutput) {
  if (!evaluation) return null;
  if (output === 'SEG') return evaluation.seg.overall;
  if (output === 'DEST') return evaluation.dest.overall;
  return evaluation.fused?.overall ?? null;
}

interface CompareMetricsTableProps {
  runs: readonly RunDetail[];
  colors: readonly string[];
  output: ScoreOutput;
}

/** Status, duration and the newest evaluation's metrics of each run side by side; the best value in bold. */
export function CompareMetricsTable({ runs, colors, output }: CompareMetricsTableProps) {
  const metrics = runs.map((run) => outputMetrics(run.model?.evaluations.nodes[0], output));
  return (
    <div className="table-scroll">
      <table className="compare-table" data-testid="compare-metrics">
        <RunColumnHeads runs={runs} colors={colors} />
        <tbody>
          <tr>
            <th scope="row">Status</th>
            {runs.map((run) => (
              <td key={run.id}>
                <StatusBadge value={run.status} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Duration</th>
            {runs.map((run) => (
              <td key={run.id} className="num">
                {formatDuration(runDurationSeconds(run))}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Model</th>
            {runs.map((run) => (
              <td key={run.id} className="wrap">
                {run.model?.name ?? '—'}
              </td>
            ))}
          </tr>
          {LEADERBOARD_METRICS.map((metric) => {
            const values = metrics.map((m) => m?.[metric.key] ?? null);
            const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
            const best = finite.length > 1 ? Math.max(...finite) : null;
            return (
              <tr key={metric.key} data-metric={metric.key}>
                <th scope="row">{metric.label}</th>
                {values.map((value, i) => (
                  <td key={runs[i]?.id} className={value !== null && value === best ? 'num best' : 'num'}>
                    {formatPercent(value)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
