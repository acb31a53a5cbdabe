/** The runs list's filters: sent to the API as trainingRuns arguments, and applied to runs pushed live. */
import type { RunStatus } from './graphql/generated/graphql.ts';

export interface RunFilters {
  /** Part of the run's name, any case; '' for any. */
  search: string;
  /** One tag, exact; '' for any. */
  tag: string;
  status: RunStatus | '';
}

export const NO_RUN_FILTERS: RunFilters = { search: '', tag: '', status: '' };

export function runFilterVariables(filters: RunFilters) {
  return {
    search: filters.search.trim() || null,
    tag: filters.tag || null,
    status: filters.status || null,
  };
}

/** The API's rules for a run that trainingRunUpdated pushed: it joins the list only if it matches them. */
export function matchesRunFilters(
  run: { name: string; named: boolean; tags: readonly string[]; status: RunStatus },
  filters: RunFilters,
): boolean {
  const search = filters.search.trim().toLowerCase();
  if (search && !(run.named && run.name.toLowerCase().includes(search))) return false;
  if (filters.tag && !run.tags.includes(filters.tag)) return false;
  if (filters.status && run.status !== filters.status) return false;
  return true;
}
