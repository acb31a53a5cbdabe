/** Heatmap and overlay URLs from the API may be relative to it; images load from the API's origin. */
export function assetUrl(path: string, apiUrl: string): string {
  try {
    return new URL(path, apiUrl).toString();
  } catch {
    return path;
  }
}
