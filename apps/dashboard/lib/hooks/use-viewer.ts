'use client';

import { useQuery } from 'urql';
import { graphql } from '../graphql/generated/gql.ts';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      authenticated
    }
  }
`);

/** The caller's role: admin-only controls are hidden for others (the API enforces it regardless). */
export function useViewer() {
  const [result] = useQuery({ query: ViewerQuery });
  return {
    role: result.data?.viewer.role ?? null,
    authenticated: result.data?.viewer.authenticated ?? false,
  };
}
