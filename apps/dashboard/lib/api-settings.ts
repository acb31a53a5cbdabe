/**
 * Where the dashboard finds the API and which key it sends. The URL comes from the dashboard server's
 * environment (one build serves any deployment); the key from that environment too, or from the
 * settings panel (kept in this browser's localStorage), which wins.
 */
export interface ApiSettings {
  /** HTTP(S) URL of the GraphQL endpoint; subscriptions use the same path over ws(s). */
  url: string;
  /**
   * API key sent as `Authorization: Bearer <key>`; in the browser only a key typed into the settings
   * panel, empty meaning the dashboard server's default key (or none: the API's localhost mode).
   */
  key: string;
}

export const DEFAULT_API_URL = 'http://localhost:4000/graphql';

/**
 * Queries and mutations go through the dashboard's own /api/graphql route, and subscriptions through a
 * WebSocket on the same path (scripts/dashboard-server.ts relays it): the browser talks to the dashboard's
 * origin only, and the API needs no CORS.
 */
export const GRAPHQL_PROXY_PATH = '/api/graphql';

/**
 * The API URL and default key from an environment (the dashboard server's). The key stays on the server:
 * the /api/graphql proxy and the subscription relay add it (lib/server/forwarding.ts).
 */
export function apiSettingsFromEnv(env: Record<string, string | undefined>): ApiSettings {
  return {
    url: env.DASHBOARD_API_URL || env.NEXT_PUBLIC_DESTSEG_API_URL || DEFAULT_API_URL,
    key: env.DASHBOARD_API_KEY || '',
  };
}

/** What browsers get of the server's settings: the API URL (shown, and the base of image URLs), no key. */
export function browserApiSettings(env: Record<string, string | undefined>): ApiSettings {
  return { url: apiSettingsFromEnv(env).url, key: '' };
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
