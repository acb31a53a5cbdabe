'use client';

import { useQuery } from 'urql';
import { ViewerQuery } from '../graphql/documents.ts';

/** The caller's role: admin-only controls are hidden for others (the API enforces it regardless). */
export function useViewer() {
  const [result] = useQuery({ query: ViewerQuery });
  return {
    role: result.data?.viewer.role ?? null,
    authenticated: result.data?.viewer.authenticated ?? false,
  };
}
