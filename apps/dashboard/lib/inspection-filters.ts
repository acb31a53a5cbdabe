/**
 * Inspection feed filters, all applied by the API's `inspections` query: category, verdict, time window,
 * and part, lot and station as exact matches.
 */
import type { InspectionSummary } from '../components/inspections/inspection-feed-item.tsx';
import type { Verdict } from './graphql/generated/graphql.ts';
import type { InspectionsVariables } from './inspections-query.ts';

export interface InspectionFilters {
  category: string;
  verdict: Verdict | '';
  /** Window length in hours; 0 = all time. */
  windowHours: number;
  part: string;
  lot: string;
  station: string;
}

export const NO_FILTERS: InspectionFilters = {
  category: '',
  verdict: '',
  windowHours: 0,
  part: '',
  lot: '',
  station: '',
};

export const TIME_WINDOWS = [
  { hours: 0, label: 'all time' },
  { hours: 1, label: 'last hour' },
  { hours: 24, label: 'last 24 hours' },
  { hours: 24 * 7, label: 'last 7 days' },
] as const;

/** The ISO start of the window, rounded down to the minute so the query variables stay stable. */
export function sinceFor(windowHours: number, now: number): string | null {
  if (windowHours <= 0) return null;
  const start = now - windowHours * 3_600_000;
  return new Date(start - (start % 60_000)).toISOString();
}

/** The part, lot and station fields as query variables: blank means any, anything else an exact match. */
export function originVariables(filters: Pick<InspectionFilters, 'part' | 'lot' | 'station'>) {
  const exact = (value: string) => value.trim() || null;
  return { partId: exact(filters.part), lotId: exact(filters.lot), stationId: exact(filters.station) };
}

/**
 * Whether a pushed inspection matches the filters the query applied on the server: the inspectionCreated
 * subscription filters by category only.
 */
export function matchesServerFilters(
  item: Pick<InspectionSummary, 'verdict' | 'createdAt' | 'partId' | 'lotId' | 'stationId'>,
  filters: Pick<InspectionsVariables, 'verdict' | 'since' | 'partId' | 'lotId' | 'stationId'>,
): boolean {
  const exact = (value: string | null, wanted: string | null | undefined) => !wanted || value === wanted;
  return (
    (!filters.verdict || item.verdict === filters.verdict) &&
    (!filters.since || Date.parse(item.createdAt) >= Date.parse(filters.since)) &&
    exact(item.partId, filters.partId) &&
    exact(item.lotId, filters.lotId) &&
    exact(item.stationId, filters.stationId)
  );
}
