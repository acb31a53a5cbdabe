'use client';

import { useLiveRuns } from '@/lib/hooks/use-live-runs.ts';
import { EmptyState } from '../states/empty-state.tsx';
import { ErrorState } from '../states/error-state.tsx';
import { LoadingState } from '../states/loading-state.tsx';
import { RunsTable } from './runs-table.tsx';

export function AllRuns() {
  const { runs, loaded, error } = useLiveRuns(null, 100);
  return (
    <section className="card">
      <h2>Runs</h2>
      {error ? (
        <ErrorState error={error} title="Runs unavailable" />
      ) : !loaded ? (
        <LoadingState label="Loading runs" />
      ) : runs.length === 0 ? (
        <EmptyState title="No training runs yet">Start one with the form above.</EmptyState>
      ) : (
        <RunsTable runs={runs} />
      )}
    </section>
  );
}
