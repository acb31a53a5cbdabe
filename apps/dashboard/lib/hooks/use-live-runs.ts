'use client';

import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import { TrainingRunsQuery, TrainingRunUpdatedSubscription } from '../graphql/documents.ts';
import type { RunSummary } from '../graphql/types.ts';
import { mergeById, pushUpdate } from '../merge-by-id.ts';
import { matchesRunFilters, NO_RUN_FILTERS, type RunFilters, runFilterVariables } from '../run-filters.ts';

/**
 * Training runs from a query, kept current by trainingRunUpdated (status, step, ETA, name and tag changes).
 * A pushed run shows only while it matches the filters, as the query would have it.
 */
export function useLiveRuns(
  category: string | null = null,
  first = 50,
  filters: RunFilters = NO_RUN_FILTERS,
) {
  const variables = useMemo(
    () => ({ first, category, ...runFilterVariables(filters) }),
    [first, category, filters],
  );
  const [result, refetch] = useQuery({ query: TrainingRunsQuery, variables });
  const [updates] = useSubscription(
    { query: TrainingRunUpdatedSubscription, variables: { category } },
    (previous: RunSummary[] | undefined, data) => pushUpdate(previous, data.trainingRunUpdated),
  );
  const runs = useMemo(
    () =>
      mergeById(updates.data ?? [], result.data?.trainingRuns.edges.map((edge) => edge.node) ?? []).filter(
        (run) => matchesRunFilters(run, filters),
      ),
    [updates.data, result.data, filters],
  );
  return {
    runs,
    loaded: result.data !== undefined,
    fetching: result.fetching,
    error: result.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}
