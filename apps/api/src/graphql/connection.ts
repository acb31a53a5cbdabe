/**
 * Relay cursor connections (`edges`, `nodes`, a full `pageInfo`) over id-ordered lists: `first`/`after` read
 * from the start, `last`/`before` from the end. A cursor is the row's global id (`Type:rowId`, base64url) or,
 * for rows that are not nodes (loss points, image scores), the same form with their row kind.
 */
import { GraphQLError } from 'graphql';
import type { IdWindow, RowPage } from '../services/id-window.ts';
import { decodeTypedId, encodeTypedId, type NodeType } from './global-id.ts';

/** The page size when neither `first` nor `last` is given, and the largest one allowed. */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;
/** lossCurve and imageScores: by default the whole list (the dashboard's charts), up to this many rows. */
export const MAX_WHOLE_LIST = 10_000;

export type CursorKind = NodeType | 'LossPoint' | 'EvaluationImageScore';

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

export function toCursor(kind: CursorKind, id: number): string {
  return encodeTypedId(kind, id);
}

/** The row id a cursor names; INVALID_ID (as for any malformed id) when it is not a `kind` cursor. */
export function cursorId(
  cursor: string | null | undefined,
  kind: CursorKind,
  argument: string,
): number | undefined {
  if (cursor == null) return undefined;
  const decoded = decodeTypedId(cursor);
  if (decoded?.kind !== kind) {
    throw new GraphQLError(`${argument} is not a ${kind} cursor: '${cursor}'`, {
      extensions: { code: 'INVALID_ID', argument },
    });
  }
  return decoded.id;
}

function size(value: number, argument: string, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new GraphQLError(`${argument} must be between 0 and ${max}`, {
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  }
  return value;
}

/** The window the arguments ask for; `first` and `last` together are BAD_USER_INPUT. */
export function pageWindow(
  args: PageArgs,
  kind: CursorKind,
  sizes: { defaultSize: number; maxSize: number } = { defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE },
): IdWindow {
  if (args.first != null && args.last != null) {
    throw new GraphQLError('give first or last, not both', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const fromEnd = args.last != null;
  const limit = fromEnd
    ? size(args.last as number, 'last', sizes.maxSize)
    : size(args.first ?? sizes.defaultSize, 'first', sizes.maxSize);
  return {
    limit,
    fromEnd,
    afterId: cursorId(args.after, kind, 'after'),
    beforeId: cursorId(args.before, kind, 'before'),
  };
}

/** A whole-list connection's window (lossCurve, imageScores): every row up to MAX_WHOLE_LIST by default. */
export function wholeListWindow(args: PageArgs, kind: CursorKind): IdWindow {
  return pageWindow(args, kind, { defaultSize: MAX_WHOLE_LIST, maxSize: MAX_WHOLE_LIST });
}

export function connection<R extends { id: number }>(kind: CursorKind, page: RowPage<R>) {
  const edges = page.rows.map((node) => ({ cursor: toCursor(kind, node.id), node }));
  return {
    edges,
    nodes: page.rows,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
