/**
 * Where the dashboard finds the API and which key it sends. Nothing is hard-coded beyond the local
 * default: the server passes its environment's defaults down, and a user can override both in the
 * settings panel (kept in localStorage).
 */
export interface ApiSettings {
  /** HTTP(S) URL of the GraphQL endpoint; subscriptions use the same path over ws(s). */
  url: string;
  /** API key sent as `Authorization: Bearer <key>`; empty means anonymous. */
  key: string;
}

export const DEFAULT_API_URL = 'http://localhost:4000/graphql';

/** Stored overrides win field by field; blank stored values fall back to the defaults. */
export function mergeApiSettings(defaults: ApiSettings, stored: Partial<ApiSettings> | null): ApiSettings {
  const url = stored?.url?.trim();
  const key = stored?.key?.trim();
  return { url: url ? url : defaults.url, key: key ? key : defaults.key };
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

/** Parses what the settings panel stored; anything malformed is ignored rather than breaking the app. */
export function parseStoredSettings(raw: string | null): Partial<ApiSettings> | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    return {
      ...(typeof record.url === 'string' ? { url: record.url } : {}),
      ...(typeof record.key === 'string' ? { key: record.key } : {}),
    };
  } catch {
    return null;
  }
}
