import type { RunSummary } from '@/lib/graphql/types.ts';
import { RunRow } from './run-row.tsx';

export function RunsTable({ runs }: { runs: readonly RunSummary[] }) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th>Category</th>
            <th>Status</th>
            <th>Progress</th>
            <th>ETA</th>
            <th>Backend</th>
            <th>Created</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <RunRow key={run.id} run={run} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
