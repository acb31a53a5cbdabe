'use client';

import { type ReactNode, useEffect, useState } from 'react';
import { Provider } from 'urql';
import { type ApiClient, createApiClient } from '@/lib/graphql/client.ts';
import { SocketConnectedContext } from '@/lib/hooks/use-refetch-on-socket-connected.ts';
import { LoadingState } from '../states/loading-state.tsx';
import { useApiSettings } from './api-settings-context.tsx';

/** Provides an urql client for the current settings, replacing it (and its socket) when they change. */
export function ApiClientProvider({ children }: { children: ReactNode }) {
  const { settings } = useApiSettings();
  const [client, setClient] = useState<ApiClient | null>(null);

  useEffect(() => {
    if (!settings) return;
    const next = createApiClient(settings);
    setClient(next);
    return () => next.dispose();
  }, [settings]);

  if (!client) return <LoadingState label="Connecting to the API" />;
  return (
    <Provider value={client.urql}>
      <SocketConnectedContext.Provider value={client.onSocketConnected}>
        {children}
      </SocketConnectedContext.Provider>
    </Provider>
  );
}
