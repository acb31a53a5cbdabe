/**
 * The inspections feed's query, filtered on the server: the live feed (use-live-inspections.ts), the
 * overview's recent defects and the CSV export (export-inspections.ts) send it.
 */
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from './graphql/generated/gql.ts';

export const InspectionsQuery = graphql(`
  query Inspections(
    $first: Int
    $after: String
    $category: String
    $verdict: Verdict
    $since: DateTime
    $partId: String
    $lotId: String
    $stationId: String
  ) {
    inspections(
      first: $first
      after: $after
      category: $category
      verdict: $verdict
      since: $since
      partId: $partId
      lotId: $lotId
      stationId: $stationId
    ) {
      edges {
        cursor
        node {
          ...InspectionSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export type InspectionsVariables = VariablesOf<typeof InspectionsQuery>;
