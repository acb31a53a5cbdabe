'use client';

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiSettings, mergeApiSettings, parseStoredSettings } from '@/lib/api-settings.ts';

const STORAGE_KEY = 'destseg.dashboard.api';

interface ApiSettingsState {
  /** Null until the browser's stored overrides have been read, so no request goes out with the wrong key. */
  settings: ApiSettings | null;
  defaults: ApiSettings;
  save: (overrides: Partial<ApiSettings>) => void;
}

const ApiSettingsContext = createContext<ApiSettingsState | null>(null);

export function ApiSettingsProvider({ defaults, children }: { defaults: ApiSettings; children: ReactNode }) {
  const [settings, setSettings] = useState<ApiSettings | null>(null);

  useEffect(() => {
    setSettings(mergeApiSettings(defaults, parseStoredSettings(window.localStorage.getItem(STORAGE_KEY))));
  }, [defaults]);

  const save = useCallback(
    (overrides: Partial<ApiSettings>) => {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(overrides));
      setSettings(mergeApiSettings(defaults, overrides));
    },
    [defaults],
  );

  const value = useMemo(() => ({ settings, defaults, save }), [settings, defaults, save]);
  return <ApiSettingsContext.Provider value={value}>{children}</ApiSettingsContext.Provider>;
}

export function useApiSettings(): ApiSettingsState {
  const state = useContext(ApiSettingsContext);
  if (!state) throw new Error('useApiSettings must be used inside ApiSettingsProvider');
  return state;
}
