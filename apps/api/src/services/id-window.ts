/**
 * One page of a newest-first (id descending) list: `first`/`after` from the start, `last`/`before` from the
 * end. The services read it in SQL (idWindowSql, pageOfRows); the API's sub-lists slice loaded rows (sliceRows).
 */
import { asc, desc, gt, lt, type SQL } from '@destseg/db';

export interface IdWindow {
  /** Rows wanted: `first` or `last`. */
  limit: number;
  /** True for `last`: the page is taken from the end of the window. */
  fromEnd: boolean;
  /** Rows after this one in list order (ids below it). */
  afterId?: number | undefined;
  /** Rows before this one in list order (ids above it). */
  beforeId?: number | undefined;
}

export interface RowPage<R> {
  rows: R[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** The conditions, order and limit of the window over a newest-first list (one row more, to see past it). */
export function idWindowSql(
  id: Parameters<typeof lt>[0],
  w: IdWindow,
): { where: SQL[]; orderBy: SQL; limit: number } {
  const where: SQL[] = [];
  if (w.afterId !== undefined) where.push(lt(id, w.afterId));
  if (w.beforeId !== undefined) where.push(gt(id, w.beforeId));
  return { where, orderBy: w.fromEnd ? asc(id) : desc(id), limit: w.limit + 1 };
}

/**
 * The page of rows read with idWindowSql. Beyond the cursor side it reads (the extra row), a page knows only
 * that a cursor was given: rows exist on that side then (the cursor's own row at least, unless deleted).
 */
export function pageOfRows<R>(rows: R[], w: IdWindow): RowPage<R> {
  const more = rows.length > w.limit;
  const kept = rows.slice(0, w.limit);
  if (w.fromEnd) {
    return { rows: kept.reverse(), hasPreviousPage: more, hasNextPage: w.beforeId !== undefined };
  }
  return { rows: kept, hasNextPage: more, hasPreviousPage: w.afterId !== undefined };
}

/** The window over rows already loaded, in list order (`descending`: newest first, else oldest first). */
export function sliceRows<R extends { id: number }>(
  rows: readonly R[],
  w: IdWindow,
  descending: boolean,
): RowPage<R> {
  const isAfter = (row: R, id: number) => (descending ? row.id < id : row.id > id);
  const isBefore = (row: R, id: number) => (descending ? row.id > id : row.id < id);
  let start = 0;
  let end = rows.length;
  const { afterId, beforeId } = w;
  // The cursor's own row marks the place when it is still there (a list not in id order: the loss curve by
  // step); else ids compare in list order.
  const at = (id: number) => rows.findIndex((row) => row.id === id);
  if (afterId !== undefined) {
    const i = at(afterId);
    if (i >= 0) start = i + 1;
    else while (start < end && !isAfter(rows[start] as R, afterId)) start++;
  }
  if (beforeId !== undefined) {
    const i = at(beforeId);
    if (i >= 0) end = Math.max(start, i);
    else while (end > start && !isBefore(rows[end - 1] as R, beforeId)) end--;
  }
  if (w.fromEnd) start = Math.max(start, end - w.limit);
  else end = Math.min(end, start + w.limit);
  return { rows: rows.slice(start, end), hasPreviousPage: start > 0, hasNextPage: end < rows.length };
}
