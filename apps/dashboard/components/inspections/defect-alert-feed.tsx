'use client';

import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { useRefetchOnSocketConnected } from '@/lib/hooks/use-refetch-on-socket-connected.ts';
import { InspectionsQuery } from '@/lib/inspections-query.ts';
import { mergeById, pushUpdate } from '@/lib/merge-by-id.ts';
import { EmptyState } from '../states/empty-state.tsx';
import { ErrorState } from '../states/error-state.tsx';
import { LoadingState } from '../states/loading-state.tsx';
import { InspectionFeedItem, type InspectionSummary } from './inspection-feed-item.tsx';

const DefectDetectedSubscription = graphql(`
  subscription DefectDetected($category: String, $minScore: Float) {
    defectDetected(category: $category, minScore: $minScore) {
      ...InspectionSummary
    }
  }
`);

const RECENT = { first: 10, verdict: 'DEFECT' as const };

/**
 * The latest defect verdicts, with new ones arriving live from defectDetected; the list is fetched again
 * whenever the subscription socket (re)connects, so an alert raised while it was not subscribed still shows.
 */
export function DefectAlertFeed() {
  const [recent, refetch] = useQuery({ query: InspectionsQuery, variables: RECENT });
  useRefetchOnSocketConnected(() => refetch({ requestPolicy: 'network-only' }));
  const [live] = useSubscription(
    { query: DefectDetectedSubscription, variables: {} },
    (previous: InspectionSummary[] | undefined, data) => pushUpdate(previous, data.defectDetected, 50),
  );
  const alerts = useMemo(
    () => mergeById(live.data ?? [], recent.data?.inspections.edges.map((e) => e.node) ?? []).slice(0, 20),
    [live.data, recent.data],
  );
  return (
    <section className="card" data-testid="defect-alerts">
      <h2>
        Defect alerts <span className="muted">live</span>
      </h2>
      {recent.error ? (
        <ErrorState error={recent.error} title="Alerts unavailable" />
      ) : !recent.data ? (
        <LoadingState label="Loading alerts" />
      ) : alerts.length === 0 ? (
        <EmptyState title="No defects detected">New defect verdicts appear here as they happen.</EmptyState>
      ) : (
        <ul className="feed">
          {alerts.map((inspection) => (
            <InspectionFeedItem key={inspection.id} inspection={inspection} />
          ))}
        </ul>
      )}
    </section>
  );
}
