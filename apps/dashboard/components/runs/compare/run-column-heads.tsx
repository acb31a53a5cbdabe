import Link from 'next/link';
import type { RunDetail } from '@/lib/hooks/training-run-query.ts';

/** The head row of a comparison table: an empty corner, then each run's name in its chart colour. */
export function RunColumnHeads({ runs, colors }: { runs: readonly RunDetail[]; colors: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th />
        {runs.map((run, i) => (
          <th key={run.id} className="wrap run-column">
            <span className="swatch" style={{ background: colors[i] }} aria-hidden="true" />
            <Link href={`/runs/${encodeURIComponent(run.id)}`}>{run.name}</Link>
          </th>
        ))}
      </tr>
    </thead>
  );
}
