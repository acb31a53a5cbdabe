/**
 * The dashboard's production server against the real API: it listens on loopback only by default, forwards
 * only its own pages' requests (Host and Origin) with the client's content type (so the API's CSRF
 * prevention holds), relays subscriptions with the server's default key added on the server, never sends
 * that key to browsers (pages and built JavaScript), and while it listens beyond loopback an API without
 * keys refuses what it forwards.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DASHBOARD_DIR, ensureDashboardBuild } from '../../../../scripts/services.ts';
import { TestServices } from './test-services.ts';

const SECRET = 'dashboard-server-secret-key-4711';
const VIEWER = '{ viewer { role authenticated } }';

const services = new TestServices();

/** An API on a fresh data dir with `keys` (`role:key,…`; empty: keyless); its GraphQL URL. */
function api(keys: string): Promise<string> {
  // PGlite and migrations take minutes on a loaded machine.
  return services.api(services.dataDir('destseg-dashboard-forwarding-'), keys, 400_000);
}

/** A dashboard forwarding to `apiUrl` with `key`; its port. */
async function dashboard(apiUrl: string, key: string, env: Record<string, string> = {}): Promise<number> {
  return (await services.dashboard(apiUrl, key, { env, path: '/', timeoutMs: 120_000 })).port;
}

/** A POST to the dashboard's proxy with any headers (Host included), over node:http. */
function post(
  port: number,
  headers: Record<string, string>,
  body = JSON.stringify({ query: VIEWER }),
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/graphql', method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** `{ viewer }` over the dashboard's subscription relay: the answer, or the close code. */
async function viewerOverRelay(port: number, headers: Record<string, string> = {}): Promise<unknown> {
  class WithHeaders extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client = createClient({
    url: `ws://127.0.0.1:${port}/api/graphql`,
    webSocketImpl: WithHeaders,
    retryAttempts: 0,
  });
  try {
    return await new Promise((resolve) => {
      client.subscribe(
        { query: VIEWER },
        {
          next: (msg) => resolve(msg.data ?? msg.errors),
          error: (error) => resolve((error as { code?: number }).code ?? String(error)),
          complete: () => {},
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/** The HTTP status a WebSocket upgrade on the relay gets (101 = accepted). */
function upgradeStatus(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api/graphql`, 'graphql-transport-ws', { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
    });
    socket.once('error', (error) => {
      if (!String(error.message).includes('Unexpected server response')) reject(error);
    });
  });
}

function nonLoopbackAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

let keylessApi = '';
let keyedApi = '';

before(
  async () => {
    ensureDashboardBuild();
    [keylessApi, keyedApi] = await Promise.all([api(''), api(`admin:${SECRET}`)]);
  },
  { timeout: 900_000 },
);

after(async () => {
  await services.stopAll();
});

test('keyless API: the dashboard serves this machine only', { timeout: 900_000 }, async () => {
  const apiUrl = keylessApi;
  const port = await dashboard(apiUrl, '');

  // Local use works: the API's localhost mode, through the proxy and the relay.
  const local = await post(port, JSON_TYPE);
  assert.equal(local.status, 200, local.body);
  assert.deepEqual(JSON.parse(local.body).data.viewer, { role: 'ADMIN', authenticated: false });
  assert.deepEqual(await viewerOverRelay(port), { viewer: { role: 'ADMIN', authenticated: false } });

  // DNS rebinding (a foreign Host) and cross-site pages (a foreign Origin) are not forwarded.
  assert.equal((await post(port, { ...JSON_TYPE, host: `evil.example:${port}` })).status, 403);
  assert.equal((await post(port, { ...JSON_TYPE, origin: 'http://evil.example' })).status, 403);
  assert.equal((await post(port, { ...JSON_TYPE, origin: `http://127.0.0.1:${port}` })).status, 200);
  assert.equal(await upgradeStatus(port, { origin: 'http://evil.example' }), 403);
  assert.equal(await upgradeStatus(port, { host: `evil.example:${port}` }), 403);
  assert.equal(await upgradeStatus(port, { origin: `http://127.0.0.1:${port}` }), 101);

  // The client's content type goes through: a simple (form-like) request meets Apollo's CSRF prevention.
  const simple = await post(port, { 'content-type': 'text/plain' });
  assert.equal(simple.status, 400);
  assert.match(simple.body, /Cross-Site Request Forgery/);

  // Nothing listens beyond loopback.
  const address = nonLoopbackAddress();
  if (address) {
    const refused = await new Promise<string>((resolve) => {
      const socket = connect({ host: address, port }, () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    assert.equal(refused, 'ECONNREFUSED');
  }

  // Listening beyond loopback, the dashboard marks what it forwards, and the keyless API refuses it.
  const exposed = await dashboard(apiUrl, '', { DASHBOARD_HOST: '0.0.0.0' });
  const forwarded = await post(exposed, JSON_TYPE);
  assert.equal(forwarded.status, 403);
  assert.equal(JSON.parse(forwarded.body).errors[0].extensions.code, 'LOCAL_ONLY');
  assert.equal(await viewerOverRelay(exposed), 4403);
});

test('the default key stays on the dashboard server', { timeout: 900_000 }, async () => {
  const port = await dashboard(keyedApi, SECRET);

  // The server adds its key to what browsers send without one, over HTTP and the relay.
  const viaProxy = await post(port, JSON_TYPE);
  assert.deepEqual(JSON.parse(viaProxy.body).data.viewer, { role: 'ADMIN', authenticated: true });
  assert.deepEqual(await viewerOverRelay(port), { viewer: { role: 'ADMIN', authenticated: true } });

  // No page and no script a browser loads holds it, nor any built file.
  const seen = new Set<string>();
  for (const path of ['/', '/runs', '/inspect', '/inspections']) {
    const html = await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
    assert.ok(!html.includes(SECRET), `${path} holds the key`);
    for (const [, src] of html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)) seen.add(src as string);
  }
  assert.ok(seen.size > 0, 'the pages load scripts');
  for (const src of seen) {
    const js = await (await fetch(`http://127.0.0.1:${port}${src}`)).text();
    assert.ok(!js.includes(SECRET), `${src} holds the key`);
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  for (const file of walk(join(DASHBOARD_DIR, '.next', 'static'))) {
    assert.ok(!readFileSync(file).includes(SECRET), `${file} holds the key`);
  }
});
