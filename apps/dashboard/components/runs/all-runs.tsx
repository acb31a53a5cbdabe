'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useDebouncedValue } from '@/lib/hooks/use-debounced-value.ts';
import { useLiveRuns } from '@/lib/hooks/use-live-runs.ts';
import { compareRunsHref, MAX_COMPARED_RUNS, MIN_COMPARED_RUNS } from '@/lib/run-compare-url.ts';
import { NO_RUN_FILTERS, type RunFilters } from '@/lib/run-filters.ts';
import { EmptyState } from '../states/empty-state.tsx';
import { ErrorState } from '../states/error-state.tsx';
import { LoadingState } from '../states/loading-state.tsx';
import { RunFilterBar } from './run-filter-bar.tsx';
import { RunsTable } from './runs-table.tsx';

const sameFilters = (a: RunFilters, b: RunFilters) =>
  a.search === b.search && a.tag === b.tag && a.status === b.status;

/** Every run, filtered by name, tag and status; runs ticked in the table open side by side. */
export function AllRuns() {
  const [filters, setFilters] = useState<RunFilters>(NO_RUN_FILTERS);
  const settled = useDebouncedValue(filters, 250, sameFilters);
  const { runs, loaded, error } = useLiveRuns(null, 100, settled);
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) =>
    setSelected((ids) =>
      ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].slice(-MAX_COMPARED_RUNS),
    );
  const canCompare = selected.length >= MIN_COMPARED_RUNS;

  return (
    <section className="card" data-testid="all-runs">
      <div className="page-header">
        <h2>Runs</h2>
        <div className="row">
          <span className="muted" data-testid="compare-count">
            {selected.length === 0
              ? `Tick ${MIN_COMPARED_RUNS} to ${MAX_COMPARED_RUNS} runs to compare them`
              : `${selected.length} selected`}
          </span>
          {canCompare ? (
            <Link className="button" href={compareRunsHref(selected)}>
              Compare {selected.length} runs
            </Link>
          ) : (
            <button type="button" className="button" disabled>
              Compare
            </button>
          )}
        </div>
      </div>
      <RunFilterBar filters={filters} onChange={setFilters} />
      {error ? (
        <ErrorState error={error} title="Runs unavailable" />
      ) : !loaded ? (
        <LoadingState label="Loading runs" />
      ) : runs.length === 0 ? (
        sameFilters(settled, NO_RUN_FILTERS) ? (
          <EmptyState title="No training runs yet">Start one with the form above.</EmptyState>
        ) : (
          <EmptyState title="No run matches these filters" />
        )
      ) : (
        <RunsTable runs={runs} selection={{ selected: new Set(selected), onToggle: toggle }} />
      )}
    </section>
  );
}
