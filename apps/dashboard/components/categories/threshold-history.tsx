import { DEFAULT_THRESHOLD } from '@destseg/core/recipes';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDateTime, formatScore } from '@/lib/format.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { SCORE_OUTPUT_LABELS } from '@/lib/score-outputs.ts';
import { AUTO_SETTER, describeMethod, THRESHOLD_METHOD_LABELS } from '@/lib/threshold-labels.ts';

/** One threshold version: its value, how it was set and on what. */
export const ThresholdFieldsFragment = graphql(`
  fragment ThresholdFields on Threshold {
    id
    version
    value
    method
    targetFalseAlarmRate
    quantile
    goodImages
    defectiveImages
    fallbackFrom
    scoreOutput
    setBy
    reason
    createdAt
    model {
      id
    }
  }
`);

export type ThresholdFields = ResultOf<typeof ThresholdFieldsFragment>;

/** What a derived threshold was picked on: "4 good / 3 defective test images", and a fallback if any. */
function inputsOf(t: ThresholdFields): string | null {
  if (t.goodImages === null || t.defectiveImages === null) return null;
  const fallback = t.fallbackFrom
    ? `; no defective images, so not ${THRESHOLD_METHOD_LABELS[t.fallbackFrom]}`
    : '';
  return `${t.goodImages} good / ${t.defectiveImages} defective test images${fallback}`;
}

/**
 * Every threshold version of the category, newest first. Five columns, with the output, the images a value
 * was picked on and the date under the cells they qualify, so the table fits half a desktop page and a tablet.
 */
export function ThresholdHistory({ thresholds }: { thresholds: readonly ThresholdFields[] }) {
  if (thresholds.length === 0)
    return <p className="muted">No threshold set yet: the default of {DEFAULT_THRESHOLD} applies.</p>;
  return (
    <div className="table-scroll">
      <table className="threshold-history" data-testid="threshold-history">
        <thead>
          <tr>
            <th>Version</th>
            <th className="num">Value</th>
            <th>Method</th>
            <th>Set by</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          {[...thresholds]
            .sort((a, b) => b.version - a.version)
            .map((t) => (
              <tr key={t.id}>
                <td className="wrap">
                  v{t.version}
                  <div className="muted">{formatDateTime(t.createdAt)}</div>
                </td>
                <td className="num">{formatScore(t.value)}</td>
                <td className="wrap">
                  {describeMethod(t)}
                  <div className="muted">
                    on {SCORE_OUTPUT_LABELS[t.scoreOutput]} scores
                    {inputsOf(t) ? `; ${inputsOf(t)}` : ''}
                  </div>
                </td>
                <td className="wrap">{t.setBy === AUTO_SETTER ? 'auto (policy)' : t.setBy}</td>
                <td className="wrap">{t.reason ?? '—'}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
