import { RunRow, type RunSummary, type RunsTableVariant } from './run-row.tsx';

interface RunsTableProps {
  runs: readonly RunSummary[];
  /** 'compact' for a narrow column (the overview): name, status and progress only. */
  variant?: RunsTableVariant;
  /** Runs picked for a comparison; without it the table has no checkboxes. */
  selection?: { selected: ReadonlySet<string>; onToggle: (id: string) => void };
}

export function RunsTable({ runs, variant = 'full', selection }: RunsTableProps) {
  return (
    <div className="table-scroll">
      <table className="runs-table" data-testid="runs-table">
        <thead>
          <tr>
            {selection ? (
              <th>
                <span className="visually-hidden">Compare</span>
              </th>
            ) : null}
            <th>Run</th>
            <th>Status</th>
            <th>Progress</th>
            {variant === 'full' ? (
              <>
                <th className="num">Duration</th>
                <th
                  className="num"
                  title="Image AUROC of the latest evaluation, in the category's scoring output"
                >
                  Image AUROC
                </th>
                <th>Created</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <RunRow
              key={run.id}
              run={run}
              variant={variant}
              selection={
                selection
                  ? { selected: selection.selected.has(run.id), onToggle: selection.onToggle }
                  : undefined
              }
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
