'use client';

import { useMemo, useState } from 'react';
import { InspectionFeedItem } from '@/components/inspections/inspection-feed-item.tsx';
import { InspectionFilterBar } from '@/components/inspections/inspection-filter-bar.tsx';
import { InspectionsCsvButton } from '@/components/inspections/inspections-csv-button.tsx';
import { EmptyState } from '@/components/states/empty-state.tsx';
import { ErrorState } from '@/components/states/error-state.tsx';
import { LoadingState } from '@/components/states/loading-state.tsx';
import { useDebouncedValue } from '@/lib/hooks/use-debounced-value.ts';
import { useLiveInspections } from '@/lib/hooks/use-live-inspections.ts';
import { NO_FILTERS, originVariables, sinceFor } from '@/lib/inspection-filters.ts';

const TYPING_PAUSE_MS = 300;

const sameOrigin = (a: ReturnType<typeof originVariables>, b: ReturnType<typeof originVariables>) =>
  a.partId === b.partId && a.lotId === b.lotId && a.stationId === b.stationId;

export default function InspectionsPage() {
  const [filters, setFilters] = useState(NO_FILTERS);
  // Typed filters reach the API once typing pauses, not on every keystroke.
  const typed = useDebouncedValue(
    useMemo(() => originVariables(filters), [filters]),
    TYPING_PAUSE_MS,
    sameOrigin,
  );
  const variables = useMemo(
    () => ({
      first: 100,
      category: filters.category || null,
      verdict: filters.verdict || null,
      since: sinceFor(filters.windowHours, Date.now()),
      ...typed,
    }),
    [filters.category, filters.verdict, filters.windowHours, typed],
  );
  const {
    inspections: shown,
    totalCount,
    hasMore,
    loadMore,
    loadingMore,
    loaded,
    error,
  } = useLiveInspections(variables);
  // The export takes every page of the same filters (the API's page size, not the feed's).
  const { first: _pageSize, ...exportFilters } = variables;

  return (
    <>
      <div className="page-header">
        <h1>Inspections</h1>
        <span className="muted">
          live · newest first
          {totalCount !== null ? (
            <>
              {' · '}
              <span data-testid="inspection-count">
                {shown.length} of {totalCount} shown
              </span>
            </>
          ) : null}
        </span>
        <InspectionsCsvButton filters={exportFilters} />
      </div>
      <InspectionFilterBar filters={filters} onChange={setFilters} />
      {error ? (
        <ErrorState error={error} title="Inspections unavailable" />
      ) : !loaded ? (
        <LoadingState label="Loading inspections" />
      ) : shown.length === 0 ? (
        <EmptyState title="No inspections match">New inspections appear here as they happen.</EmptyState>
      ) : (
        <>
          <ul className="feed" data-testid="inspection-feed">
            {shown.map((inspection) => (
              <InspectionFeedItem key={inspection.id} inspection={inspection} />
            ))}
          </ul>
          {hasMore ? (
            <button
              type="button"
              className="button"
              style={{ marginTop: '1rem' }}
              onClick={() => void loadMore()}
              disabled={loadingMore}
            >
              {loadingMore ? 'Loading…' : 'Load more'}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
