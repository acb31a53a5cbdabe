/**
 * How the dashboard server forwards the browser's GraphQL traffic to the API (HTTP through /api/graphql,
 * graphql-ws through the same path), server side only:
 * - the default key (DASHBOARD_API_KEY) is added here and never sent to browsers;
 * - a request must come from a page of the dashboard itself (its Origin is the dashboard's), and while the
 *   dashboard listens on loopback only (DASHBOARD_HOST, default 127.0.0.1) its Host must be a loopback
 *   name (no DNS rebinding);
 * - while it listens beyond loopback, forwarded requests are marked, and an API without keys (which serves
 *   this machine only) refuses them;
 * - the client's content-type and Apollo's preflight headers go through unchanged, so the API's CSRF
 *   prevention still applies.
 */
import { apiSettingsFromEnv } from '../api-settings.ts';

type Env = Record<string, string | undefined>;

/** The API reads this header (apps/api/src/http/local-only-guard.ts). */
export const FORWARDED_FROM_NETWORK_HEADER = 'x-destseg-forwarded-from';

/** Headers of the browser's request that the API needs: content type and Apollo's CSRF preflight signals. */
const PASSED_THROUGH = ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name'];

const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Interface the dashboard listens on. */
export function dashboardHost(env: Env): string {
  return env.DASHBOARD_HOST || '127.0.0.1';
}

export function listensBeyondLoopback(env: Env): boolean {
  return !LOOPBACK_HOSTNAMES.has(dashboardHost(env));
}

function hostnameOf(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

/** Why the dashboard refuses to forward a request (its Host and Origin headers), or null. */
export function forwardingRefusal(headers: { get(name: string): string | null }, env: Env): string | null {
  const host = headers.get('host') ?? '';
  const hostname = hostnameOf(host);
  if (!listensBeyondLoopback(env) && (hostname === null || !LOOPBACK_HOSTNAMES.has(hostname))) {
    return `the dashboard answers only to localhost, not to Host '${host}'`;
  }
  const origin = headers.get('origin');
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== host) return `requests from pages of origin '${origin}' are not forwarded`;
  }
  return null;
}

/** The browser's key when it sent one, else the dashboard server's default key (or none). */
export function upstreamAuthorization(clientAuthorization: string | null, env: Env): string | null {
  if (clientAuthorization) return clientAuthorization;
  const key = apiSettingsFromEnv(env).key;
  return key ? `Bearer ${key}` : null;
}

/** Headers of the forwarded HTTP request. */
export function upstreamHeaders(incoming: { get(name: string): string | null }, env: Env): Headers {
  const headers = new Headers();
  for (const name of PASSED_THROUGH) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  const authorization = upstreamAuthorization(incoming.get('authorization'), env);
  if (authorization) headers.set('authorization', authorization);
  if (listensBeyondLoopback(env)) headers.set(FORWARDED_FROM_NETWORK_HEADER, 'network');
  return headers;
}
