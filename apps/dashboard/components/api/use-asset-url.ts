'use client';

import { assetUrl } from '@/lib/asset-url.ts';
import { useApiSettings } from './api-settings-context.tsx';

/** Resolves API-relative asset paths (heatmaps, overlays) against the configured API URL. */
export function useAssetUrl(): (path: string) => string {
  const { settings, defaults } = useApiSettings();
  const base = settings?.url ?? defaults.url;
  return (path: string) => assetUrl(path, base);
}
