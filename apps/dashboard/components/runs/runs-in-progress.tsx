'use client';

import { useLiveRuns } from '@/lib/hooks/use-live-runs.ts';
import { EmptyState } from '../states/empty-state.tsx';
import { ErrorState } from '../states/error-state.tsx';
import { LoadingState } from '../states/loading-state.tsx';
import { RunsTable } from './runs-table.tsx';

const IN_PROGRESS = new Set(['QUEUED', 'RUNNING']);

export function RunsInProgress() {
  const { runs, loaded, error } = useLiveRuns();
  const active = runs.filter((run) => IN_PROGRESS.has(run.status));
  return (
    <section className="card">
      <h2>Runs in progress</h2>
      {error ? (
        <ErrorState error={error} title="Runs unavailable" />
      ) : !loaded ? (
        <LoadingState label="Loading runs" />
      ) : active.length === 0 ? (
        <EmptyState title="No run is training" />
      ) : (
        <RunsTable runs={active} variant="compact" />
      )}
    </section>
  );
}
