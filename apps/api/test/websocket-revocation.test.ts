/**
 * An open WebSocket (graphql-ws) connection stops working once its API key is revoked, on PGlite and
 * PostgreSQL: `revokeApiKey` closes the key's connections at once (4403, running subscriptions end), and a
 * key revoked elsewhere (another instance on the same database) is refused at the connection's next subscribe.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiKeys, eq } from '@destseg/db';
import type { Client } from 'graphql-ws';
import type { RunningServer } from '../src/server.ts';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import { createTestEnvironment, STORAGE_KINDS, startTestServer, testConfig } from './support/test-server.ts';

const ADMIN = 'admin-key-0001';
const CREATE = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } userErrors { code } } }`;
const INSPECTIONS = 'subscription { inspectionCreated { id } }';

async function createKey(server: RunningServer): Promise<{ key: string; id: string }> {
  const created = await gql(server.url, CREATE, { i: { role: 'VIEWER', label: 'ws' } }, ADMIN);
  return {
    key: created.data?.createApiKey.key as string,
    id: created.data?.createApiKey.apiKey.id as string,
  };
}

interface Connection {
  client: Client;
  connected: Promise<void>;
  /** The close code. */
  closed: Promise<number>;
}

/** Resolves with the close code; rejects when the connection is still open after `ms`. */
function closedWithin(client: Client, ms: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms);
    client.on('closed', (event) => {
      clearTimeout(timer);
      resolve((event as { code: number }).code);
    });
  });
}

function connect(server: RunningServer, key: string): Connection {
  const client = wsClient(server.url, key);
  const closed = closedWithin(client, 60_000);
  closed.catch(() => {});
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  return { client, connected, closed };
}

for (const storage of STORAGE_KINDS) {
  test(`a revoked key's open WebSocket stops working (${storage})`, async () => {
    const env = await createTestEnvironment(storage);
    let server: RunningServer | undefined;
    const clients: Client[] = [];
    try {
      server = await startTestServer(testConfig(env, { apiKeys: [{ role: 'admin', key: ADMIN }] }));

      // 1. revokeApiKey on this server: the connection is closed at once and its subscription ends.
      const first = await createKey(server);
      const a = connect(server, first.key);
      clients.push(a.client);
      const running = new Subscription(a.client, INSPECTIONS);
      await a.connected;
      const revoked = await gql(server.url, REVOKE, { id: first.id }, ADMIN);
      assert.deepEqual(revoked.data?.revokeApiKey.userErrors, []);
      assert.equal(await a.closed, 4403);
      await assert.rejects(
        running.waitFor(() => true, 10_000),
        /subscription failed|completed/,
      );

      // 2. Revoked behind this server's back: the next subscribe on the open connection is refused.
      const second = await createKey(server);
      const b = connect(server, second.key);
      clients.push(b.client);
      const before = new Subscription(b.client, INSPECTIONS);
      await b.connected;
      await server.services.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.label, 'ws'));
      const after = new Subscription(b.client, INSPECTIONS);
      assert.equal(await b.closed, 4403);
      await assert.rejects(
        after.waitFor(() => true, 10_000),
        /subscription failed|completed/,
      );
      before.close();

      // A live key keeps working over WebSocket: the refusals above are about revocation only.
      const live = connect(server, ADMIN);
      clients.push(live.client);
      const ok = new Subscription(live.client, INSPECTIONS);
      await live.connected;
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(ok.error, null);
      ok.close();
    } finally {
      for (const client of clients) await client.dispose();
      await server?.close();
      await env.cleanup();
    }
  });
}
