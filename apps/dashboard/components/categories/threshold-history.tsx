import { formatDateTime, formatScore } from '@/lib/format.ts';
import type { ThresholdFields } from '@/lib/graphql/types.ts';
import { SCORE_OUTPUT_LABELS } from '@/lib/score-outputs.ts';
import { AUTO_SETTER, describeMethod, THRESHOLD_METHOD_LABELS } from '@/lib/threshold-labels.ts';

/** What a derived threshold was picked on: "4 good / 3 defective test images", and a fallback if any. */
function inputsOf(t: ThresholdFields): string | null {
  if (t.goodImages === null || t.defectiveImages === null) return null;
  const fallback = t.fallbackFrom
    ? `; no defective images, so not ${THRESHOLD_METHOD_LABELS[t.fallbackFrom]}`
    : '';
  return `${t.goodImages} good / ${t.defectiveImages} defective test images${fallback}`;
}

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
                  {describeMethod(t)}
                  {inputsOf(t) ? <div className="muted">{inputsOf(t)}</div> : null}
                </td>
                <td>{SCORE_OUTPUT_LABELS[t.scoreOutput]}</td>
                <td>{t.setBy === AUTO_SETTER ? 'auto (policy)' : t.setBy}</td>
                <td>{t.reason ?? '—'}</td>
                <td className="muted">{formatDateTime(t.createdAt)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
