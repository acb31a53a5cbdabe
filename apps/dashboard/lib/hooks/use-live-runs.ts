'use client';

import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { RunSummary } from '../../components/runs/run-row.tsx';
import { graphql } from '../graphql/generated/gql.ts';
import { mergeById, pushUpdate } from '../merge-by-id.ts';
import { matchesRunFilters, NO_RUN_FILTERS, type RunFilters, runFilterVariables } from '../run-filters.ts';
import { useRefetchOnSocketConnected } from './use-refetch-on-socket-connected.ts';

const TrainingRunsQuery = graphql(`
  query TrainingRuns(
    $first: Int
    $after: String
    $category: String
    $status: RunStatus
    $tag: String
    $search: String
  ) {
    trainingRuns(
      first: $first
      after: $after
      category: $category
      status: $status
      tag: $tag
      search: $search
    ) {
      edges {
        cursor
        node {
          ...RunSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const TrainingRunUpdatedSubscription = graphql(`
  subscription TrainingRunUpdated($category: String) {
    trainingRunUpdated(category: $category) {
      ...RunSummary
    }
  }
`);

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
  useRefetchOnSocketConnected(() => refetch({ requestPolicy: 'network-only' }));
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
