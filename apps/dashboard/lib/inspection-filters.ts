/**
 * Inspection feed filters. Category, verdict and time go to the API; part, lot and station are matched
 * here (the API's `inspections` query has no arguments for them) as case-insensitive substrings.
 */
import type { Verdict } from '@destseg/schema';

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

const contains = (value: string | null, wanted: string) =>
  wanted.trim() === '' || (value ?? '').toLowerCase().includes(wanted.trim().toLowerCase());

export function matchesOrigin(
  item: { partId: string | null; lotId: string | null; stationId: string | null },
  filters: Pick<InspectionFilters, 'part' | 'lot' | 'station'>,
): boolean {
  return (
    contains(item.partId, filters.part) &&
    contains(item.lotId, filters.lot) &&
    contains(item.stationId, filters.station)
  );
}
