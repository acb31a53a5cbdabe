'use client';

import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import {
  InspectionCreatedSubscription,
  InspectionsQuery,
  type InspectionsVariables,
} from '../graphql/documents.ts';
import type { InspectionSummary } from '../graphql/types.ts';
import { matchesServerFilters } from '../inspection-filters.ts';
import { mergeById, pushUpdate } from '../merge-by-id.ts';

/**
 * Inspections matching server-side filters, with new ones pushed by inspectionCreated. The subscription
 * filters by category only, so pushed items are checked against the other filters here.
 */
export function useLiveInspections(filters: InspectionsVariables) {
  const [result] = useQuery({ query: InspectionsQuery, variables: filters });
  const [pushed] = useSubscription(
    { query: InspectionCreatedSubscription, variables: { category: filters.category ?? null } },
    (previous: InspectionSummary[] | undefined, data) => pushUpdate(previous, data.inspectionCreated),
  );
  const inspections = useMemo(() => {
    const live = (pushed.data ?? []).filter((item) => matchesServerFilters(item, filters));
    return mergeById(live, result.data?.inspections.edges.map((edge) => edge.node) ?? []);
  }, [pushed.data, result.data, filters]);
  return { inspections, loaded: result.data !== undefined, fetching: result.fetching, error: result.error };
}
