/** How long a run trained: start to finish, or start to `now` while it still runs; null before it started. */
export function runDurationSeconds(
  run: { startedAt: string | null; finishedAt: string | null },
  now: number = Date.now(),
): number | null {
  if (!run.startedAt) return null;
  const start = Date.parse(run.startedAt);
  const end = run.finishedAt ? Date.parse(run.finishedAt) : now;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  return Math.max(0, (end - start) / 1000);
}
