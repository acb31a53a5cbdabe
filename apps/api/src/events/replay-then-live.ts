/**
 * An async iterator that yields stored items first and then live ones, and ends after an item for which
 * `isLast` holds. `return()` closes the live subscription at once, even while a `next()` is waiting.
 */
export function replayThenLive<T>(
  stored: readonly T[],
  live: AsyncIterableIterator<T>,
  opts: { skipLive?: (item: T) => boolean; isLast?: (item: T) => boolean } = {},
): AsyncIterableIterator<T> {
  const queue = [...stored];
  let ended = false;
  const finish = async (): Promise<IteratorResult<T>> => {
    ended = true;
    await live.return?.();
    return { done: true, value: undefined };
  };
  const emit = (value: T): IteratorResult<T> => {
    if (opts.isLast?.(value)) {
      ended = true;
      void live.return?.();
    }
    return { done: false, value };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      if (ended) return { done: true, value: undefined };
      const replayed = queue.shift();
      if (replayed !== undefined) return emit(replayed);
      for (;;) {
        const result = await live.next();
        if (result.done || ended) return finish();
        if (!opts.skipLive?.(result.value)) return emit(result.value);
      }
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
