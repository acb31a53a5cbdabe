'use client';

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiSettings, withStoredKey } from '@/lib/api-settings.ts';

const STORAGE_KEY = 'destseg.dashboard.apiKey';

interface ApiSettingsState {
  /** Null until the browser's stored key has been read, so no request goes out with the wrong key. */
  settings: ApiSettings | null;
  defaults: ApiSettings;
  saveKey: (key: string) => void;
}

const ApiSettingsContext = createContext<ApiSettingsState | null>(null);

export function ApiSettingsProvider({ defaults, children }: { defaults: ApiSettings; children: ReactNode }) {
  const [settings, setSettings] = useState<ApiSettings | null>(null);

  useEffect(() => {
    setSettings(withStoredKey(defaults, window.localStorage.getItem(STORAGE_KEY)));
  }, [defaults]);

  const saveKey = useCallback(
    (key: string) => {
      window.localStorage.setItem(STORAGE_KEY, key);
      setSettings(withStoredKey(defaults, key));
    },
    [defaults],
  );

  const value = useMemo(() => ({ settings, defaults, saveKey }), [settings, defaults, saveKey]);
  return <ApiSettingsContext.Provider value={value}>{children}</ApiSettingsContext.Provider>;
}

export function useApiSettings(): ApiSettingsState {
  const state = useContext(ApiSettingsContext);
  if (!state) throw new Error('useApiSettings must be used inside ApiSettingsProvider');
  return state;
}
