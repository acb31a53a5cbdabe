import { formatDateTime, formatPercent, formatScore } from '@/lib/format.ts';
import type { ThresholdFields } from '@/lib/graphql/types.ts';
import { SCORE_OUTPUT_LABELS } from '@/lib/score-outputs.ts';

export function ThresholdHistory({ thresholds }: { thresholds: readonly ThresholdFields[] }) {
  if (thresholds.length === 0)
    return <p className="muted">No threshold set yet: the default of 0.5 applies.</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th>Version</th>
            <th className="num">Value</th>
            <th>Method</th>
            <th>Output</th>
            <th>Set by</th>
            <th>Reason</th>
            <th>When</th>
          </tr>
        </thead>
        <tbody>
          {[...thresholds]
            .sort((a, b) => b.version - a.version)
            .map((t) => (
              <tr key={t.id}>
                <td>v{t.version}</td>
                <td className="num">{formatScore(t.value)}</td>
                <td>
                  {t.method.toLowerCase().replaceAll('_', ' ')}
                  {t.targetFalseAlarmRate !== null ? ` (${formatPercent(t.targetFalseAlarmRate)}%)` : ''}
                </td>
                <td>{SCORE_OUTPUT_LABELS[t.scoreOutput]}</td>
                <td>{t.setBy}</td>
                <td>{t.reason ?? '—'}</td>
                <td className="muted">{formatDateTime(t.createdAt)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
