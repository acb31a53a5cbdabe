/**
 * Keyless mode (no API key exists, every caller is admin) must be reachable from this machine's own
 * processes only. Binding loopback keeps other machines out; these checks keep out what they can still make
 * a local browser or the dashboard send:
 * - a Host header that is not a loopback name with the server's port (DNS rebinding);
 * - an Origin that is neither the API's own loopback origin nor the dashboard's (a cross-site page's
 *   requests and WebSockets);
 * - a request the dashboard forwards while it listens beyond loopback (FORWARDED_FROM_NETWORK).
 * The same decision serves Express requests and WebSocket upgrades.
 */
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/** Set by the dashboard's /api/graphql proxy when it listens on a non-loopback interface. */
export const FORWARDED_FROM_NETWORK_HEADER = 'x-destseg-forwarded-from';

const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface LocalOnlyRefusal {
  code: 'HOST_NOT_ALLOWED' | 'ORIGIN_NOT_ALLOWED' | 'LOCAL_ONLY';
  message: string;
}

function loopbackUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return LOOPBACK_HOSTNAMES.has(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

function portOf(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' || url.protocol === 'wss:' ? 443 : 80;
}

export class LocalOnlyGuard {
  private readonly dashboardOrigins: ReadonlySet<string>;

  constructor(
    /** The port the server listens on (known once it listens). */
    private readonly port: () => number,
    dashboardOrigins: readonly string[],
  ) {
    // Only loopback origins may act as the dashboard in keyless mode.
    this.dashboardOrigins = new Set(
      dashboardOrigins.map((o) => loopbackUrl(o)?.origin).filter((o): o is string => o !== undefined),
    );
  }

  /** Why a request (or WebSocket upgrade) is refused, or null when it comes from this machine. */
  refusal(headers: IncomingMessage['headers']): LocalOnlyRefusal | null {
    const host = headers.host;
    const hostUrl = host ? loopbackUrl(`http://${host}`) : null;
    if (!hostUrl || portOf(hostUrl) !== this.port()) {
      return {
        code: 'HOST_NOT_ALLOWED',
        message: `without API keys the API answers only to localhost:${this.port()}, not to Host '${host ?? ''}'`,
      };
    }
    const origin = headers.origin;
    if (origin !== undefined && !this.allowsOrigin(origin)) {
      return {
        code: 'ORIGIN_NOT_ALLOWED',
        message: `without API keys the API refuses requests from pages of origin '${origin}'`,
      };
    }
    if (headers[FORWARDED_FROM_NETWORK_HEADER] !== undefined) {
      return {
        code: 'LOCAL_ONLY',
        message: 'without API keys the API refuses requests the dashboard forwards from the network',
      };
    }
    return null;
  }

  private allowsOrigin(origin: string): boolean {
    const url = loopbackUrl(origin);
    if (!url) return false;
    return (url.protocol === 'http:' && portOf(url) === this.port()) || this.dashboardOrigins.has(url.origin);
  }

  /** Express middleware: 403 with the refusal's code. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const refusal = this.refusal(req.headers);
      if (!refusal) {
        next();
        return;
      }
      res.status(403).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
    };
  }
}
