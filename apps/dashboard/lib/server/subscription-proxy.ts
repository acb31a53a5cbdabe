/**
 * graphql-ws through the dashboard: browsers open ws(s)://<dashboard>/api/graphql and this server relays
 * every message to the API's WebSocket, under the rules of forwarding.ts. The default key goes into the
 * connection_init payload here (when the browser sent no key), so it never reaches a browser.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { apiSettingsFromEnv, GRAPHQL_PROXY_PATH, websocketUrl } from '../api-settings.ts';
import {
  FORWARDED_FROM_NETWORK_HEADER,
  forwardingRefusal,
  listensBeyondLoopback,
  upstreamAuthorization,
} from './forwarding.ts';

type Env = Record<string, string | undefined>;

const PROTOCOL = 'graphql-transport-ws';

/** Close codes a peer may send (1000, 3000–4999); anything else (1005 no status, 1006 abnormal) ends as 1000/1011. */
function relayableCode(code: number): number {
  if (code === 1000 || (code >= 3000 && code <= 4999)) return code;
  return code === 1005 ? 1000 : 1011;
}

/** The browser's connection_init with the server's key added when it carries none. */
function withAuthorization(text: string, env: Env): string {
  let message: { type?: unknown; payload?: Record<string, unknown> | null };
  try {
    message = JSON.parse(text) as typeof message;
  } catch {
    return text;
  }
  if (message.type !== 'connection_init') return text;
  const given = message.payload?.authorization;
  const authorization = upstreamAuthorization(typeof given === 'string' ? given : null, env);
  if (!authorization) return text;
  return JSON.stringify({ ...message, payload: { ...message.payload, authorization } });
}

function relay(client: WebSocket, env: Env): void {
  const headers: Record<string, string> = {};
  if (listensBeyondLoopback(env)) headers[FORWARDED_FROM_NETWORK_HEADER] = 'network';
  const upstream = new WebSocket(websocketUrl(apiSettingsFromEnv(env).url), PROTOCOL, { headers });
  const pending: string[] = [];
  let initialised = false;
  client.on('message', (data: RawData) => {
    let text = data.toString();
    if (!initialised) {
      initialised = true;
      text = withAuthorization(text, env);
    }
    if (upstream.readyState === WebSocket.OPEN) upstream.send(text);
    else pending.push(text);
  });
  upstream.on('open', () => {
    for (const text of pending.splice(0)) upstream.send(text);
  });
  upstream.on('message', (data: RawData, isBinary: boolean) => client.send(data, { binary: isBinary }));
  upstream.on('close', (code, reason) => client.close(relayableCode(code), reason));
  upstream.on('unexpected-response', (_req, res) => {
    client.close(4403, `the API refused the connection (HTTP ${res.statusCode})`);
    upstream.terminate();
  });
  upstream.on('error', () => client.close(1011, 'the API is unreachable'));
  client.on('close', () => upstream.terminate());
  client.on('error', () => upstream.terminate());
}

/**
 * Handles WebSocket upgrades of `server` on the proxy path; any other upgrade goes to `otherwise` (Next's
 * own upgrade handling, which would end the relay's sockets if it saw them).
 */
export function attachSubscriptionProxy(
  server: Server,
  env: Env,
  otherwise: (req: IncomingMessage, socket: Duplex, head: Buffer) => void,
): void {
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false),
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://dashboard').pathname;
    const refusal = forwardingRefusal(
      { get: (name) => (req.headers[name] as string | undefined) ?? null },
      env,
    );
    if (path !== GRAPHQL_PROXY_PATH) {
      otherwise(req, socket, head);
      return;
    }
    if (refusal) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (client) => relay(client, env));
  });
}
