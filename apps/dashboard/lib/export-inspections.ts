/** Every inspection matching the filters, fetched page by page (the API's largest page), for an export. */
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { Client } from 'urql';
import type { InspectionSummary } from '../components/inspections/inspection-feed-item.tsx';
import { InspectionsQuery, type InspectionsVariables } from './inspections-query.ts';

/** The API's largest page (apps/api connection.ts MAX_PAGE). */
const PAGE = 100;

export async function fetchAllInspections(
  client: Client,
  filters: InspectionsVariables,
): Promise<InspectionSummary[]> {
  const all: InspectionSummary[] = [];
  let after: string | null = null;
  do {
    const variables: InspectionsVariables = { ...filters, first: PAGE, after };
    const result = await client
      .query(InspectionsQuery, variables, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw result.error;
    const page: ResultOf<typeof InspectionsQuery>['inspections'] | undefined = result.data?.inspections;
    if (!page) break;
    all.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
}
