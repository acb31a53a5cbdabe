'use client';

import { useMemo, useState } from 'react';
import { type CombinedError, useClient, useQuery, useSubscription } from 'urql';
import type { InspectionSummary } from '../../components/inspections/inspection-feed-item.tsx';
import { graphql } from '../graphql/generated/gql.ts';
import { matchesServerFilters } from '../inspection-filters.ts';
import { InspectionsQuery, type InspectionsVariables } from '../inspections-query.ts';
import { mergeById, pushUpdate } from '../merge-by-id.ts';
import { useRefetchOnSocketConnected } from './use-refetch-on-socket-connected.ts';

const InspectionCreatedSubscription = graphql(`
  subscription InspectionCreated($category: String) {
    inspectionCreated(category: $category) {
      ...InspectionSummary
    }
  }
`);

/** Pages loaded after the first, for the filters they were loaded with. */
interface OlderPages {
  filters: InspectionsVariables;
  items: InspectionSummary[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Inspections matching server-side filters, with new ones pushed by inspectionCreated and older pages loaded
 * on demand (cursor paging). The subscription filters by category only, so pushed items are checked against
 * the other filters here. `totalCount` is the API's count of the filtered set plus the ones pushed since.
 */
export function useLiveInspections(filters: InspectionsVariables) {
  const client = useClient();
  const [result, refetch] = useQuery({ query: InspectionsQuery, variables: filters });
  useRefetchOnSocketConnected(() => refetch({ requestPolicy: 'network-only' }));
  const [pushed] = useSubscription(
    { query: InspectionCreatedSubscription, variables: { category: filters.category ?? null } },
    (previous: InspectionSummary[] | undefined, data) => pushUpdate(previous, data.inspectionCreated),
  );
  const [older, setOlder] = useState<OlderPages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<CombinedError | undefined>(undefined);
  const first = result.data?.inspections;
  // Pages loaded for other filters do not belong to this list.
  const pages = older?.filters === filters ? older : null;

  const { inspections, pushedCount } = useMemo(() => {
    const live = (pushed.data ?? []).filter((item) => matchesServerFilters(item, filters));
    const queried = [...(first?.edges.map((edge) => edge.node) ?? []), ...(pages?.items ?? [])];
    const merged = mergeById(live, queried);
    return { inspections: merged, pushedCount: merged.length - mergeById([], queried).length };
  }, [pushed.data, first, pages, filters]);

  const endCursor = pages ? pages.endCursor : (first?.pageInfo.endCursor ?? null);
  const hasMore = pages ? pages.hasNextPage : (first?.pageInfo.hasNextPage ?? false);

  async function loadMore(): Promise<void> {
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    const next = await client
      .query(InspectionsQuery, { ...filters, after: endCursor }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoadingMore(false);
    setLoadMoreError(next.error);
    const page = next.data?.inspections;
    if (!page) return;
    setOlder({
      filters,
      items: [...(pages?.items ?? []), ...page.edges.map((edge) => edge.node)],
      endCursor: page.pageInfo.endCursor,
      hasNextPage: page.pageInfo.hasNextPage,
    });
  }

  return {
    inspections,
    totalCount: first ? first.totalCount + pushedCount : null,
    hasMore,
    loadMore,
    loadingMore,
    loaded: result.data !== undefined,
    fetching: result.fetching,
    error: result.error ?? loadMoreError,
  };
}
