/** The compare page's address: /runs/compare?ids=<id>,<id>… (global ids never hold a comma). */
export const MIN_COMPARED_RUNS = 2;
export const MAX_COMPARED_RUNS = 6;

export function compareRunsHref(ids: readonly string[]): string {
  return `/runs/compare?ids=${ids.map(encodeURIComponent).join(',')}`;
}

export function parseComparedIds(param: string | null): string[] {
  if (!param) return [];
  return [...new Set(param.split(',').map((id) => decodeURIComponent(id.trim())))]
    .filter((id) => id !== '')
    .slice(0, MAX_COMPARED_RUNS);
}
