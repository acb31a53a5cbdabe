/** Display formatting shared by tables, cards and charts. */

const DASH = '—';

/** A 0..1 fraction as a percentage with one decimal, like the paper's tables. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? DASH
    : `${(value * 100).toFixed(digits)}`;
}

export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  // Four significant digits without trailing zeros: 0.4723, 0.000001.
  return Math.abs(value) >= 100 ? value.toFixed(1) : String(Number(value.toPrecision(4)));
}

/** Seconds as "1h 02m", "3m 05s" or "12s". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return DASH;
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(rest).padStart(2, '0')}s`;
  return `${rest}s`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? DASH
    : date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

export function formatThroughput(imagesPerSecond: number | null | undefined): string {
  if (imagesPerSecond === null || imagesPerSecond === undefined || !Number.isFinite(imagesPerSecond))
    return DASH;
  return `${imagesPerSecond.toFixed(imagesPerSecond < 10 ? 2 : 1)} img/s`;
}
