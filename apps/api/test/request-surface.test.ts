/**
 * The request surface without a trained model, on PGlite and PostgreSQL: keyless mode answers only this
 * machine (Host and Origin over HTTP and WebSocket, requests the dashboard forwards from the network),
 * amplification limits (aliases, tokens, cost, root mutations) over HTTP and WebSocket, introspection off
 * in production, client mistakes with their own codes (NUL characters, ids beyond int4, persisted-query
 * hashes), training parameters and batch size checked at request time, and unexpected query errors masked
 * and logged.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { test } from 'node:test';
import { sql } from '@destseg/db';
import WebSocket from 'ws';
import { configFromEnv } from '../src/config.ts';
import { rootLogger } from '../src/logging/logger.ts';
import type { RunningServer } from '../src/server.ts';
import { type GraphqlResponse, gql, Subscription, wsClient } from './support/graphql-client.ts';
import { createTestEnvironment, STORAGE_KINDS, startTestServer, testConfig } from './support/test-server.ts';

const LIMITS = { maxQueryTokens: 5000, maxQueryCost: 1000, maxQueryAliases: 15, maxRootMutations: 5 };

/** A POST with headers fetch would not let a test set (Host), over node:http. */
function rawPost(
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; code: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => {
          const parsed = JSON.parse(text) as GraphqlResponse;
          resolve({ status: res.statusCode ?? 0, code: parsed.errors?.[0]?.extensions?.code });
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** Opens a graphql-ws socket with the given headers: the HTTP status the upgrade got (101 = accepted). */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers });
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

const codes = (res: GraphqlResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
const globalId = (text: string) => Buffer.from(text).toString('base64url');

/** The first error of a WebSocket operation: its code, or 'ok' when it answered data. */
async function wsCode(server: RunningServer, query: string): Promise<unknown> {
  const client = wsClient(server.url);
  try {
    return await new Promise((resolve) => {
      client.subscribe(
        { query },
        {
          next: (msg) => resolve(msg.errors ? msg.errors[0]?.extensions?.code : 'ok'),
          error: (error) =>
            resolve((error as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code ?? error),
          complete: () => resolve('complete'),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

for (const storage of STORAGE_KINDS) {
  test(`request surface of a keyless server (${storage})`, async (t) => {
    const env = await createTestEnvironment(storage);
    const server = await startTestServer(testConfig(env, { limits: LIMITS }));
    try {
      const port = server.port;
      const url = server.url;
      const q = '{ categories { name } }';

      await t.test('keyless mode: Host must be a loopback name with the port', async () => {
        assert.equal(server.authEnabled, false);
        for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
          assert.equal((await rawPost(url, { host }, { query: q })).status, 200, host);
        }
        for (const host of [
          `evil.example:${port}`,
          `localhost:${port + 1}`,
          'localhost',
          `10.1.2.3:${port}`,
        ]) {
          assert.deepEqual(await rawPost(url, { host }, { query: q }), {
            status: 403,
            code: 'HOST_NOT_ALLOWED',
          });
        }
        const heatmap = await fetch(url.replace('/graphql', '/health'), { headers: {} });
        assert.equal(heatmap.status, 200);
        assert.equal(await upgradeStatus(url, { host: `evil.example:${port}` }), 403);
      });

      await t.test('keyless mode: Origin must be the API or the dashboard on loopback', async () => {
        const create = {
          query:
            'mutation { setScoreOutput(input: { category: "x", scoreOutput: SEG }) { userErrors { code } } }',
        };
        for (const origin of [`http://localhost:${port}`, 'http://localhost:3000', 'http://127.0.0.1:3000']) {
          assert.equal((await rawPost(url, { origin }, create)).status, 200, origin);
        }
        for (const origin of [
          'http://evil.example',
          'null',
          `http://localhost.evil.example:${port}`,
          `https://localhost:${port + 1}`,
        ]) {
          assert.deepEqual(
            await rawPost(url, { origin }, create),
            { status: 403, code: 'ORIGIN_NOT_ALLOWED' },
            origin,
          );
        }
        assert.deepEqual(await rawPost(url, { 'x-destseg-forwarded-from': 'network' }, create), {
          status: 403,
          code: 'LOCAL_ONLY',
        });
        assert.equal(await upgradeStatus(url, { origin: 'http://evil.example' }), 403);
        assert.equal(await upgradeStatus(url, { origin: 'http://localhost:3000' }), 101);
        assert.equal(await upgradeStatus(url, {}), 101);
      });

      await t.test('aliases (__typename included), tokens and cost are limited', async () => {
        const aliases = (n: number) =>
          `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
        assert.deepEqual(codes(await gql(url, aliases(15))), []);
        assert.deepEqual(codes(await gql(url, aliases(16))), ['QUERY_TOO_MANY_ALIASES']);
        const huge = await gql(url, aliases(300_000));
        assert.equal(huge.status, 400);
        assert.deepEqual(codes(huge), ['QUERY_TOO_MANY_TOKENS']);
        const typenames = `{ ${'__typename '.repeat(1200)}}`;
        // (Apollo stops validating after it, with a second "Validation aborted." error.)
        assert.equal(codes(await gql(url, typenames))[0], 'QUERY_TOO_COSTLY');
        // The same rules over WebSocket.
        assert.equal(await wsCode(server, aliases(16)), 'QUERY_TOO_MANY_ALIASES');
        assert.equal(await wsCode(server, aliases(3000)), 'QUERY_TOO_MANY_TOKENS');
        assert.equal(await wsCode(server, typenames), 'QUERY_TOO_COSTLY');
        assert.equal(await wsCode(server, '{ __typename }'), 'ok');
      });

      await t.test('root mutations: at most 5, inspect at most once', async () => {
        const inspect = (alias: string) =>
          `${alias}: inspect(input: { category: "metal", imageBase64: "" }) { userErrors { code } }`;
        const hundred = await gql(
          url,
          `mutation { ${Array.from({ length: 100 }, (_, i) => inspect(`i${i}`)).join(' ')} }`,
        );
        assert.equal(hundred.data, undefined);
        assert.ok(codes(hundred).includes('QUERY_TOO_MANY_MUTATIONS'), JSON.stringify(codes(hundred)));
        assert.deepEqual(codes(await gql(url, `mutation { ${inspect('a')} ${inspect('b')} }`)), [
          'QUERY_TOO_MANY_MUTATIONS',
        ]);
        assert.deepEqual(
          codes(
            await gql(url, `mutation { ...M ${inspect('b')} } fragment M on Mutation { ${inspect('a')} }`),
          ),
          ['QUERY_TOO_MANY_MUTATIONS'],
        );
        const output = (alias: string) =>
          `${alias}: setScoreOutput(input: { category: "x", scoreOutput: SEG }) { userErrors { code } }`;
        assert.deepEqual(
          codes(await gql(url, `mutation { ${['a', 'b', 'c', 'd', 'e'].map(output).join(' ')} }`)),
          [],
        );
        assert.deepEqual(
          codes(await gql(url, `mutation { ${['a', 'b', 'c', 'd', 'e', 'f'].map(output).join(' ')} }`)),
          ['QUERY_TOO_MANY_MUTATIONS'],
        );
        assert.equal(
          await wsCode(server, `mutation { ${inspect('a')} ${inspect('b')} }`),
          'QUERY_TOO_MANY_MUTATIONS',
        );
      });

      await t.test('NUL characters are INVALID_INPUT, in variables and in literals', async () => {
        const inspect = 'mutation($i: InspectInput!) { inspect(input: $i) { userErrors { code } } }';
        for (const field of ['partId', 'clientToken', 'lotId', 'stationId', 'category']) {
          const res = await gql(url, inspect, {
            i: { category: 'metal', imageBase64: 'AAAA', [field]: 'a\u0000b' },
          });
          assert.equal(res.status, 400);
          assert.deepEqual(codes(res), ['INVALID_INPUT'], field);
        }
        assert.deepEqual(codes(await gql(url, '{ inspections(partId: "a\\u0000b") { edges { cursor } } }')), [
          'INVALID_INPUT',
        ]);
        assert.deepEqual(
          codes(
            await gql(url, 'query($c: String) { inspections(category: $c) { edges { cursor } } }', {
              c: '\u0000',
            }),
          ),
          ['INVALID_INPUT'],
        );
        assert.equal(await wsCode(server, '{ category(name: "\\u0000") { name } }'), 'INVALID_INPUT');
      });

      await t.test(
        'a malformed global id is INVALID_ID everywhere: queries, cursors, mutations, subscriptions',
        async () => {
          for (const type of ['Inspection', 'TrainingRun', 'Category']) {
            for (const id of ['2147483648', '4294967296', '9007199254740991']) {
              const res = await gql(url, 'query($id: ID!) { node(id: $id) { id } }', {
                id: globalId(`${type}:${id}`),
              });
              assert.deepEqual(codes(res), ['INVALID_ID'], `${type}:${id}`);
            }
          }
          assert.deepEqual(codes(await gql(url, '{ node(id: "not-an-id") { id } }')), ['INVALID_ID']);
          const big = globalId('TrainingRun:4294967296');
          assert.deepEqual(
            codes(await gql(url, 'query($id: ID!) { trainingRun(id: $id) { id } }', { id: big })),
            ['INVALID_ID'],
          );
          // An id of another type is as wrong as a malformed one.
          assert.deepEqual(
            codes(
              await gql(url, 'query($id: ID!) { trainingRun(id: $id) { id } }', {
                id: globalId('Inspection:1'),
              }),
            ),
            ['INVALID_ID'],
          );
          assert.deepEqual(
            codes(
              await gql(url, 'query($id: ID!) { inspection(id: $id) { id } }', {
                id: globalId('Inspection:4294967296'),
              }),
            ),
            ['INVALID_ID'],
          );
          // A well-formed id that names no row is null.
          assert.deepEqual(
            (
              await gql(url, 'query($id: ID!) { inspection(id: $id) { id } }', {
                id: globalId('Inspection:999'),
              })
            ).data,
            { inspection: null },
          );
          assert.deepEqual(
            codes(
              await gql(url, 'query($c: String) { inspections(after: $c) { edges { cursor } } }', {
                c: globalId('Inspection:4294967296'),
              }),
            ),
            ['INVALID_ID'],
          );
          assert.deepEqual(
            codes(
              await gql(url, 'query($c: String) { trainingRuns(after: $c) { edges { cursor } } }', {
                c: globalId('TrainingRun:4294967296'),
              }),
            ),
            ['INVALID_ID'],
          );
          const cancel = await gql(
            url,
            'mutation($id: ID!) { cancelTrainingRun(input: { id: $id }) { userErrors { code field } } }',
            { id: big },
          );
          assert.deepEqual(cancel.data?.cancelTrainingRun.userErrors, [
            { code: 'INVALID_ID', field: ['input', 'id'] },
          ]);
          assert.equal(
            await wsCode(server, `subscription { trainingProgress(runId: "${big}") { status } }`),
            'INVALID_ID',
          );
        },
      );

      await t.test('persisted queries: a wrong hash or a malformed extension has its own code', async () => {
        const sha256Hash = createHash('sha256').update(q).digest('hex');
        const post = (body: unknown) => rawPost(url, {}, body);
        assert.deepEqual(
          await post({ query: q, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
          {
            status: 200,
            code: undefined,
          },
        );
        assert.deepEqual(
          await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash } } }),
          { status: 400, code: 'PERSISTED_QUERY_HASH_MISMATCH' },
        );
        for (const persistedQuery of [{ version: 2, sha256Hash }, { version: 1, sha256Hash: 'abc' }, 'x']) {
          assert.deepEqual(await post({ query: q, extensions: { persistedQuery } }), {
            status: 400,
            code: 'PERSISTED_QUERY_INVALID',
          });
        }
        // Registered by the first request: the hash alone now runs it.
        assert.deepEqual(await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } }), {
          status: 200,
          code: undefined,
        });
      });

      await t.test('training parameters and the batch size are checked at request time', async () => {
        const created = await gql(
          url,
          'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }',
          { i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32 } },
        );
        assert.deepEqual(created.data?.createCategory.userErrors, []);
        const start = async (params: Record<string, unknown>) =>
          (
            await gql(
              url,
              `mutation($p: TrainingParamsInput) { startTrainingRun(input: { category: "metal", params: $p }) {
              run { id params { all } } userErrors { code field message } } }`,
              { p: params },
            )
          ).data?.startTrainingRun;
        const refused = async (params: Record<string, unknown>, param: string) => {
          const payload = await start(params);
          assert.equal(payload.run, null, JSON.stringify(params));
          assert.deepEqual(
            payload.userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field]),
            [['CONFIG_INVALID', ['input', 'params', param]]],
            JSON.stringify(params),
          );
        };
        // The fixture has 8 training images.
        await refused({ batchSize: 9, steps: 1 }, 'batchSize');
        await refused({ steps: 2147483647 }, 'steps');
        await refused({ lrStudent: 1e308 }, 'lrStudent');
        await refused({ lrSegHead: -1 }, 'lrSegHead');
        await refused({ checkpointEvery: 2147483647 }, 'checkpointEvery');
        await refused({ steps: 2, stage1Steps: 5 }, 'stage1Steps');
        // Without a batch size the recipe's 32 is clamped to the training set.
        const clamped = await start({ steps: 1, stage1Steps: 0 });
        assert.deepEqual(clamped.userErrors, []);
        assert.equal(clamped.run.params.all.batchSize, 8);
        await gql(
          url,
          'mutation($id: ID!) { cancelTrainingRun(input: { id: $id }) { userErrors { code } } }',
          {
            id: clamped.run.id,
          },
        );
      });

      await t.test('an unexpected query error is masked and logged', async (tt) => {
        const logged = tt.mock.method(rootLogger(), 'error', () => {});
        await server.services.db.execute(sql`ALTER TABLE inspections RENAME TO inspections_hidden`);
        try {
          const res = await gql(url, '{ inspections { edges { cursor } } }');
          assert.deepEqual(
            res.errors?.map((e) => [e.message, e.extensions?.code]),
            [['internal error', 'INTERNAL_SERVER_ERROR']],
          );
          assert.ok(!JSON.stringify(res).includes('inspections_hidden'));
          assert.equal(logged.mock.callCount(), 1);
          const line = logged.mock.calls[0]?.arguments[0] as unknown as {
            code: string;
            path: string;
            err: Error;
          };
          assert.equal(line.code, 'INTERNAL_SERVER_ERROR');
          assert.equal(line.path, 'inspections');
          assert.match(String(line.err?.message), /inspections/);
          // Over WebSocket the same error is masked too (graphql-ws would send its message as it is).
          assert.equal(await wsCode(server, '{ inspections { edges { cursor } } }'), 'INTERNAL_SERVER_ERROR');
          assert.equal(logged.mock.callCount(), 2);
        } finally {
          await server.services.db.execute(sql`ALTER TABLE inspections_hidden RENAME TO inspections`);
        }
      });
    } finally {
      await server.close();
      await env.cleanup();
    }
  });
}

test('introspection is off in production, over HTTP and WebSocket', async () => {
  assert.equal(configFromEnv({ NODE_ENV: 'production' }).introspection, false);
  assert.equal(configFromEnv({}).introspection, true);
  const env = await createTestEnvironment('pglite');
  const server = await startTestServer({ ...testConfig(env), introspection: false });
  try {
    const query = '{ __schema { queryType { name } } }';
    const http = await gql(server.url, query);
    assert.equal(http.data, undefined);
    assert.match(http.errors?.[0]?.message ?? '', /introspection/i);
    const client = wsClient(server.url);
    const sub = new Subscription(client, query);
    await assert.rejects(
      sub.waitFor(() => true, 10_000),
      /introspection/i,
    );
    await client.dispose();
    // A server that allows it answers.
  } finally {
    await server.close();
    await env.cleanup();
  }
});
