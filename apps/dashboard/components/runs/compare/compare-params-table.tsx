'use client';

import { useState } from 'react';
import type { RunDetail } from '@/lib/hooks/training-run-query.ts';
import { compareParams } from '@/lib/param-diff.ts';
import { RunColumnHeads } from './run-column-heads.tsx';

function paramsOf(run: RunDetail): Record<string, unknown> {
  const all = run.params.all;
  return typeof all === 'object' && all !== null ? (all as Record<string, unknown>) : {};
}

/** Every parameter of the runs side by side; a parameter they do not all share is highlighted. */
export function CompareParamsTable({
  runs,
  colors,
}: {
  runs: readonly RunDetail[];
  colors: readonly string[];
}) {
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const rows = compareParams(runs.map(paramsOf));
  const differing = rows.filter((row) => row.differs).length;
  const shown = onlyDiffering ? rows.filter((row) => row.differs) : rows;
  return (
    <div>
      <div className="row" style={{ marginBottom: '0.5rem' }}>
        <span className="muted" data-testid="differing-count">
          {differing === 0
            ? 'All parameters are the same.'
            : `${differing} of ${rows.length} parameters differ.`}
        </span>
        <label className="inline-label">
          <input
            type="checkbox"
            checked={onlyDiffering}
            onChange={(e) => setOnlyDiffering(e.target.checked)}
          />
          Only those that differ
        </label>
      </div>
      <div className="table-scroll">
        <table className="compare-table" data-testid="compare-params">
          <RunColumnHeads runs={runs} colors={colors} />
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.key}
                className={row.differs ? 'differs' : undefined}
                data-param={row.key}
                data-differs={row.differs}
              >
                <th scope="row">
                  {row.label}
                  {row.differs ? <span className="visually-hidden"> (differs)</span> : null}
                </th>
                {row.values.map((value, i) => (
                  <td key={runs[i]?.id} className="num">
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
