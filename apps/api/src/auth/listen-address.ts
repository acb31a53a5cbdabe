/**
 * The one decision of where the API listens, made explicit and logged at start. Without any active key
 * every caller is admin, so the server listens on localhost only (a HOST that is not local is refused
 * rather than silently narrowed). With keys, HOST decides; without HOST, keys declared in DESTSEG_API_KEYS
 * (the operator asked for a networked server) listen on every interface, while keys that only exist because
 * someone called createApiKey keep the server on localhost: creating a key never widens the server.
 */
import type { KeySync } from './api-keys.ts';

export const LOCALHOST = '127.0.0.1';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export class ListenAddressError extends Error {
  readonly code = 'KEYLESS_NOT_LOCAL';
}

export interface ListenDecision {
  host: string;
  /** One sentence for the start-up log: why this address and mode. */
  reason: string;
}

export function decideListenAddress(configuredHost: string | undefined, keys: KeySync): ListenDecision {
  if (!keys.authEnabled) {
    if (configuredHost !== undefined && !LOOPBACK.has(configuredHost)) {
      throw new ListenAddressError(
        `HOST=${configuredHost} but no API key exists: without keys every caller is admin, so the server only listens on localhost. Set DESTSEG_API_KEYS (role:key,…) or drop HOST`,
      );
    }
    return {
      host: configuredHost ?? LOCALHOST,
      reason: 'keyless mode: no active API key, every local caller is admin; listening on localhost only',
    };
  }
  const counts = `${keys.envKeys} key(s) from DESTSEG_API_KEYS, ${keys.createdKeys} created with createApiKey`;
  if (configuredHost !== undefined) {
    return { host: configuredHost, reason: `API keys required (${counts}); HOST=${configuredHost}` };
  }
  if (keys.envKeys > 0) {
    return { host: '0.0.0.0', reason: `API keys required (${counts}); all interfaces (HOST unset)` };
  }
  return {
    host: LOCALHOST,
    reason: `API keys required (${counts}); localhost only, because no key comes from DESTSEG_API_KEYS (set HOST to listen on the network)`,
  };
}
