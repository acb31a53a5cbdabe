/**
 * Key revocation and the listen decision, on PGlite and PostgreSQL, over real HTTP and restarts on the same
 * data: `apiKeys` (admin), `revokeApiKey` (a revoked key is refused at once), DESTSEG_API_KEYS authoritative
 * for its keys across restarts, and a key created in keyless mode turning auth on without widening the
 * server beyond localhost.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KeySync } from '../src/auth/api-keys.ts';
import { decideListenAddress, ListenAddressError } from '../src/auth/listen-address.ts';
import type { RunningServer } from '../src/server.ts';
import { gql } from './support/graphql-client.ts';
import { createTestEnvironment, STORAGE_KINDS, startTestServer, testConfig } from './support/test-server.ts';

const ADMIN = 'admin-key-0001';
const VIEWER = 'viewer-key-0001';
const KEYS = `{ apiKeys { id role label source revokedAt } }`;
const CREATE = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id source } userErrors { code } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } userErrors { code field } } }`;

const works = async (server: RunningServer, key?: string) =>
  (await gql(server.url, '{ viewer { role } }', {}, key)).status === 200;

for (const storage of STORAGE_KINDS) {
  test(`apiKeys, revokeApiKey and DESTSEG_API_KEYS authoritative across restarts (${storage})`, async () => {
    const env = await createTestEnvironment(storage);
    let server: RunningServer | undefined;
    try {
      const both = [
        { role: 'admin' as const, key: ADMIN },
        { role: 'viewer' as const, key: VIEWER },
      ];
      server = await startTestServer(testConfig(env, { apiKeys: both }));
      const created = await gql(server.url, CREATE, { i: { role: 'OPERATOR', label: 'line 3' } }, ADMIN);
      const operatorKey = created.data?.createApiKey.key as string;
      const operatorId = created.data?.createApiKey.apiKey.id as string;
      assert.equal(created.data?.createApiKey.apiKey.source, 'CREATED');
      assert.ok(await works(server, operatorKey));

      const listed = await gql(server.url, KEYS, {}, ADMIN);
      assert.deepEqual(
        listed.data?.apiKeys.map((k: { role: string; source: string; revokedAt: unknown }) => [
          k.role,
          k.source,
          k.revokedAt,
        ]),
        [
          ['ADMIN', 'ENV', null],
          ['VIEWER', 'ENV', null],
          ['OPERATOR', 'CREATED', null],
        ],
      );
      assert.equal((await gql(server.url, KEYS, {}, VIEWER)).errors?.[0]?.extensions?.code, 'FORBIDDEN');
      // A viewer cannot read a key through node(id:) either.
      const asNode = await gql(
        server.url,
        `query($id: ID!) { node(id: $id) { id } }`,
        { id: operatorId },
        VIEWER,
      );
      assert.equal(asNode.data?.node, null);

      const revoked = await gql(server.url, REVOKE, { id: operatorId }, ADMIN);
      assert.deepEqual(revoked.data?.revokeApiKey.userErrors, []);
      assert.ok(revoked.data?.revokeApiKey.apiKey.revokedAt);
      assert.equal(await works(server, operatorKey), false, 'a revoked key is refused at once');
      const envId = listed.data?.apiKeys[1].id as string;
      const fromEnv = await gql(server.url, REVOKE, { id: envId }, ADMIN);
      assert.deepEqual(fromEnv.data?.revokeApiKey.userErrors, [
        { code: 'API_KEY_FROM_ENV', field: ['input', 'id'] },
      ]);
      assert.equal(
        (await gql(server.url, REVOKE, { id: 'QXBpS2V5Ojk5OTk' }, ADMIN)).data?.revokeApiKey.userErrors[0]
          .code,
        'API_KEY_NOT_FOUND',
      );

      // The viewer key leaves DESTSEG_API_KEYS: after a restart it no longer works.
      await server.close();
      server = await startTestServer(testConfig(env, { apiKeys: [both[0] as (typeof both)[0]] }));
      assert.equal(await works(server, VIEWER), false);
      assert.ok(await works(server, ADMIN));
      assert.equal(await works(server, operatorKey), false, 'a revoked created key stays revoked');
      const after = await gql(server.url, KEYS, {}, ADMIN);
      assert.ok(after.data?.apiKeys[1].revokedAt, 'the removed env key reads as revoked');
      // Declared again, it works again: the list is authoritative both ways.
      await server.close();
      server = await startTestServer(testConfig(env, { apiKeys: both }));
      assert.ok(await works(server, VIEWER));
    } finally {
      await server?.close();
      await env.cleanup();
    }
  });
}

test('a key created in keyless mode turns auth on at the next start but keeps the server on localhost', async () => {
  const env = await createTestEnvironment('pglite');
  let server: RunningServer | undefined;
  try {
    server = await startTestServer({ ...testConfig(env), host: undefined });
    assert.equal(server.authEnabled, false);
    assert.equal(server.host, '127.0.0.1');
    const created = await gql(server.url, CREATE, { i: { role: 'ADMIN' } });
    const key = created.data?.createApiKey.key as string;
    await server.close();
    server = await startTestServer({ ...testConfig(env), host: undefined });
    assert.equal(server.authEnabled, true);
    assert.equal(server.host, '127.0.0.1', 'creating a key must not widen the server to every interface');
    assert.equal(await works(server), false);
    assert.ok(await works(server, key));
  } finally {
    await server?.close();
    await env.cleanup();
  }
});

test('decideListenAddress: keyless refuses a network HOST; env keys without HOST listen everywhere', () => {
  const keyless: KeySync = { authEnabled: false, envKeys: 0, createdKeys: 0, revokedFromEnv: 0 };
  assert.throws(() => decideListenAddress('0.0.0.0', keyless), ListenAddressError);
  assert.equal(decideListenAddress(undefined, keyless).host, '127.0.0.1');
  assert.equal(decideListenAddress('localhost', keyless).host, 'localhost');
  const env: KeySync = { authEnabled: true, envKeys: 1, createdKeys: 0, revokedFromEnv: 0 };
  assert.equal(decideListenAddress(undefined, env).host, '0.0.0.0');
  const created: KeySync = { authEnabled: true, envKeys: 0, createdKeys: 1, revokedFromEnv: 0 };
  assert.equal(decideListenAddress(undefined, created).host, '127.0.0.1');
  assert.equal(decideListenAddress('10.0.0.5', created).host, '10.0.0.5');
});
