'use client';

import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import { TrainingRunsQuery, TrainingRunUpdatedSubscription } from '../graphql/documents.ts';
import type { RunSummary } from '../graphql/types.ts';
import { mergeById, pushUpdate } from '../merge-by-id.ts';

/** Training runs from a query, kept current by trainingRunUpdated (status, step and ETA changes). */
export function useLiveRuns(category: string | null = null, first = 50) {
  const variables = useMemo(() => ({ first, category }), [first, category]);
  const [result, refetch] = useQuery({ query: TrainingRunsQuery, variables });
  const [updates] = useSubscription(
    { query: TrainingRunUpdatedSubscription, variables: { category } },
    (previous: RunSummary[] | undefined, data) => pushUpdate(previous, data.trainingRunUpdated),
  );
  const runs = useMemo(
    () => mergeById(updates.data ?? [], result.data?.trainingRuns.edges.map((edge) => edge.node) ?? []),
    [updates.data, result.data],
  );
  return {
    runs,
    loaded: result.data !== undefined,
    fetching: result.fetching,
    error: result.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}
