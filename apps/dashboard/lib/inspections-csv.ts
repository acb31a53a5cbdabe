/** The inspections feed as CSV: one row per inspection, the columns an engineer filters a spreadsheet by. */
import type { InspectionSummary } from '../components/inspections/inspection-feed-item.tsx';

export const CSV_COLUMNS = [
  'id',
  'createdAt',
  'category',
  'verdict',
  'score',
  'thresholdValue',
  'partId',
  'lotId',
  'stationId',
  'overlayUrl',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text starting with = + - @
 * gets a leading apostrophe, so a spreadsheet never runs a part id as a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function inspectionsCsv(rows: readonly InspectionSummary[]): string {
  const lines = rows.map((r) =>
    [
      r.id,
      r.createdAt,
      r.category.name,
      r.verdict,
      r.score,
      r.thresholdValue,
      r.partId,
      r.lotId,
      r.stationId,
      r.overlayUrl,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
