/** A run status or inspection verdict as a coloured pill; the CSS class is the value itself. */
export function StatusBadge({ value }: { value: string }) {
  const normalized = value.toLowerCase();
  return <span className={`badge ${normalized}`}>{normalized}</span>;
}
