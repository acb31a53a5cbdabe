/**
 * Where the dashboard finds the API and which key it sends. The URL comes from the dashboard server's
 * environment (one build serves any deployment); the key from that environment too, or from the
 * settings panel (kept in this browser's localStorage), which wins.
 */
export interface ApiSettings {
  /** HTTP(S) URL of the GraphQL endpoint; subscriptions use the same path over ws(s). */
  url: string;
  /** API key sent as `Authorization: Bearer <key>`; empty means anonymous (the API's localhost mode). */
  key: string;
}

export const DEFAULT_API_URL = 'http://localhost:4000/graphql';

/**
 * Queries and mutations go through the dashboard's own /api/graphql route, which forwards them to the
 * API: the browser then needs no CORS from the API. Subscriptions connect to the API directly (WebSockets
 * are not subject to CORS).
 */
export const GRAPHQL_PROXY_PATH = '/api/graphql';

/** The API URL and default key from an environment (the dashboard server's). */
export function apiSettingsFromEnv(env: Record<string, string | undefined>): ApiSettings {
  return {
    url: env.DASHBOARD_API_URL || env.NEXT_PUBLIC_DESTSEG_API_URL || DEFAULT_API_URL,
    key: env.DASHBOARD_API_KEY || env.NEXT_PUBLIC_DESTSEG_API_KEY || '',
  };
}

/** A key stored in the browser wins; a blank one falls back to the default. */
export function withStoredKey(defaults: ApiSettings, storedKey: string | null): ApiSettings {
  const key = storedKey?.trim();
  return { url: defaults.url, key: key ? key : defaults.key };
}

/** The graphql-ws URL for an HTTP GraphQL URL (same host and path). */
export function websocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export function authorizationValue(key: string): string | null {
  return key ? `Bearer ${key}` : null;
}
