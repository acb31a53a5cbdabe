/** Relay cursor connections over id-ordered (newest first) pages: the cursor is the row's global id. */
import { GraphQLError } from 'graphql';
import { type NodeType, requireArgumentId, toGlobalId } from './global-id.ts';

export const MAX_PAGE = 100;

export function pageSize(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return n;
}

/** The row id a cursor names; INVALID_ID (as for any malformed id) when it is not a `type` cursor. */
export function cursorId(after: string | null | undefined, type: NodeType): number | undefined {
  return after == null ? undefined : requireArgumentId(after, type, 'after');
}

export function connection<R extends { id: number }>(
  type: NodeType,
  page: { rows: R[]; hasNextPage: boolean },
) {
  const edges = page.rows.map((node) => ({ cursor: toGlobalId(type, node.id), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
