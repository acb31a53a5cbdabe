/**
 * Live lists: items from a query merged with items pushed by a subscription. A pushed item replaces the
 * queried one with the same id (it is newer) and new ids go first, newest on top.
 */
export function mergeById<T extends { id: string }>(pushed: readonly T[], queried: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of [...pushed, ...queried]) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    out.push(item);
  }
  return out;
}

/** Prepends an update to a pushed list, dropping an older copy and keeping at most `limit` items. */
export function pushUpdate<T extends { id: string }>(
  list: readonly T[] | undefined,
  item: T,
  limit = 200,
): T[] {
  return [item, ...(list ?? []).filter((x) => x.id !== item.id)].slice(0, limit);
}
