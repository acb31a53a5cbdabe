import { createClient as createWsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { type ApiSettings, authorizationValue, GRAPHQL_PROXY_PATH, websocketUrl } from '../api-settings.ts';

export interface ApiClient {
  urql: Client;
  /**
   * Calls `listener` each time the subscription socket is connected (at first and after every reconnect);
   * returns the unsubscribe. What a live view missed while it had no socket is fetched again then.
   */
  onSocketConnected: (listener: () => void) => () => void;
  /** Closes the subscription socket; called when the settings change or the app unmounts. */
  dispose: () => void;
}

/**
 * One urql client per API URL and key: queries and mutations over HTTP through the dashboard's proxy
 * route, subscriptions over graphql-ws through the dashboard's relay on the same path (browser only).
 */
export function createApiClient(settings: ApiSettings): ApiClient {
  const authorization = authorizationValue(settings.key);
  const ws = createWsClient({
    // The dashboard's own origin: its server relays the socket to the API.
    url: websocketUrl(new URL(GRAPHQL_PROXY_PATH, window.location.href).toString()),
    connectionParams: authorization ? { authorization } : {},
    // Live views should recover by themselves when the API restarts.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    lazy: true,
  });
  const urql = new Client({
    url: GRAPHQL_PROXY_PATH,
    // The proxy route forwards POST bodies only.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
    fetchOptions: () => (authorization ? { headers: { authorization } } : {}),
    requestPolicy: 'cache-and-network',
  });
  return {
    urql,
    onSocketConnected: (listener) => ws.on('connected', () => listener()),
    dispose: () => void ws.dispose(),
  };
}
