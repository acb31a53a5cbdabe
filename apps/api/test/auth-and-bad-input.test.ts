/**
 * API keys and roles over HTTP and WebSocket, and every bad-input case: each is a stable code, never a stack
 * trace, never a row. Runs against PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { encodePng } from '@destseg/core';
import { inspections } from '@destseg/db';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import { createTestEnvironment, STORAGE_KINDS, startTestServer, testConfig } from './support/test-server.ts';

const KEYS = { viewer: 'viewer-key-123', operator: 'operator-key-123', admin: 'admin-key-1234' };
const INSPECT = `mutation($i: InspectInput!) { inspect(input: $i) { inspection { id } replayed userErrors { field message code } } }`;

for (const storage of STORAGE_KINDS) {
  test(`keys, roles and bad input (${storage})`, async () => {
    const env = await createTestEnvironment(storage);
    const server = await startTestServer(
      testConfig(env, {
        apiKeys: Object.entries(KEYS).map(([role, key]) => ({ role: role as 'viewer', key })),
        limits: {
          maxImageBytes: 20_000,
          maxImagePixels: 64 * 64,
          maxBodyBytes: 200_000,
          maxQueryDepth: 6,
          maxQueryCost: 1000,
        },
      }),
    );
    try {
      // Rejected keys over HTTP.
      const missing = await gql(server.url, '{ categories { name } }');
      assert.equal(missing.status, 401);
      assert.equal(missing.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      assert.equal((await gql(server.url, '{ categories { name } }', {}, 'wrong-key-000')).status, 401);
      const viewer = await gql(server.url, '{ viewer { role authenticated } }', {}, KEYS.viewer);
      assert.deepEqual(viewer.data?.viewer, { role: 'VIEWER', authenticated: true });

      // Roles: viewer cannot inspect, operator cannot create or train, admin can.
      const create = `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { category { name } userErrors { code field } } }`;
      const input = { i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32 } };
      assert.equal(
        (await gql(server.url, create, input, KEYS.operator)).data?.createCategory.userErrors[0].code,
        'FORBIDDEN',
      );
      assert.deepEqual(
        (await gql(server.url, create, input, KEYS.admin)).data?.createCategory.userErrors,
        [],
      );
      const dup = await gql(server.url, create, input, KEYS.admin);
      assert.deepEqual(dup.data?.createCategory.userErrors, [
        { code: 'CATEGORY_EXISTS', field: ['input', 'name'] },
      ]);
      const notDataset = await gql(
        server.url,
        create,
        { i: { name: 'x', datasetPath: join(env.dataDir, 'nope') } },
        KEYS.admin,
      );
      assert.equal(notDataset.data?.createCategory.userErrors[0].code, 'DATASET_INVALID');
      const train = `mutation { startTrainingRun(input: { category: "metal" }) { run { id } userErrors { code } } }`;
      assert.equal(
        (await gql(server.url, train, {}, KEYS.operator)).data?.startTrainingRun.userErrors[0].code,
        'FORBIDDEN',
      );
      const badParams = await gql(
        server.url,
        `mutation { startTrainingRun(input: { category: "metal", params: { steps: 2, stage1Steps: 5 } }) {
        run { id } userErrors { code field } } }`,
        {},
        KEYS.admin,
      );
      assert.deepEqual(badParams.data?.startTrainingRun.userErrors, [
        { code: 'CONFIG_INVALID', field: ['input', 'params', 'stage1Steps'] },
      ]);
      const badScales = await gql(
        server.url,
        `mutation { startTrainingRun(input: { category: "metal", params: { perlinScaleRange: [5, 2] } }) {
        run { id } userErrors { code field message } } }`,
        {},
        KEYS.admin,
      );
      assert.equal(badScales.data?.startTrainingRun.run, null);
      assert.deepEqual(
        badScales.data?.startTrainingRun.userErrors.map((e: { code: string; field: string[] }) => [
          e.code,
          e.field,
        ]),
        [['CONFIG_INVALID', ['input', 'params', 'perlinScaleRange']]],
      );
      assert.match(badScales.data?.startTrainingRun.userErrors[0].message, /perlinScaleRange/);

      const good = (await readFile(join(env.datasetPath, 'test/good/000.png'))).toString('base64');
      const inspect = (i: Record<string, unknown>, key = KEYS.operator) =>
        gql(server.url, INSPECT, { i }, key);
      const codeOf = async (i: Record<string, unknown>, key?: string) =>
        (await inspect(i, key)).data?.inspect.userErrors[0]?.code;
      assert.equal(await codeOf({ category: 'metal', imageBase64: good }, KEYS.viewer), 'FORBIDDEN');
      assert.equal(await codeOf({ category: 'nope', imageBase64: good }), 'CATEGORY_NOT_FOUND');
      assert.equal(await codeOf({ category: 'metal', imageBase64: good }), 'NO_TRAINED_MODEL');
      assert.equal(await codeOf({ category: 'metal', imageBase64: '' }), 'IMAGE_EMPTY');
      assert.equal(await codeOf({ category: 'metal', imageBase64: '%%%not base64%%%' }), 'IMAGE_UNREADABLE');
      assert.equal(
        await codeOf({ category: 'metal', imageBase64: Buffer.from('GIF89a just text').toString('base64') }),
        'IMAGE_UNSUPPORTED_TYPE',
      );
      const corrupt = Buffer.from(good, 'base64').subarray(0, 60);
      assert.equal(
        await codeOf({ category: 'metal', imageBase64: corrupt.toString('base64') }),
        'IMAGE_UNREADABLE',
      );
      const tooManyBytes = Buffer.concat([Buffer.from(good, 'base64'), Buffer.alloc(30_000)]);
      assert.equal(
        await codeOf({ category: 'metal', imageBase64: tooManyBytes.toString('base64') }),
        'IMAGE_TOO_LARGE',
      );
      const wide = await encodePng({ width: 200, height: 30, data: new Uint8Array(200 * 30 * 3) });
      const pixels = await inspect({ category: 'metal', imageBase64: wide.toString('base64') });
      assert.deepEqual(pixels.data?.inspect.userErrors[0].field, ['input', 'imageBase64']);
      assert.equal(pixels.data?.inspect.userErrors[0].code, 'IMAGE_TOO_LARGE');
      assert.equal(
        await codeOf({ category: 'metal', imageBase64: good, partId: 'p'.repeat(500) }),
        'INVALID_INPUT',
      );
      for (const res of [pixels]) assert.ok(!JSON.stringify(res).includes('    at '), 'no stack trace');
      assert.equal((await server.services.db.select().from(inspections)).length, 0, 'no partial rows');

      // Metrics need a key like every other caller.
      const metricsUrl = server.url.replace(/\/graphql$/, '/metrics');
      assert.equal((await fetch(metricsUrl)).status, 401);
      const scraped = await fetch(metricsUrl, { headers: { authorization: `Bearer ${KEYS.viewer}` } });
      assert.equal(scraped.status, 200);
      assert.match(await scraped.text(), /^destseg_inspect_seconds_count 0$/m);

      // Request limits: body size, query depth and cost.
      const huge = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.operator}` },
        body: JSON.stringify({
          query: INSPECT,
          variables: { i: { category: 'metal', imageBase64: 'A'.repeat(300_000) } },
        }),
      });
      assert.equal(huge.status, 413);
      assert.equal(
        ((await huge.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
          .code,
        'BODY_TOO_LARGE',
      );
      const deep = await gql(
        server.url,
        `{ categories { activeModel { run { category { activeModel { run { category { name } } } } } } } }`,
        {},
        KEYS.viewer,
      );
      assert.match(deep.errors?.[0]?.message ?? '', /depth 8 exceeds the limit of 6/);
      const costly = await gql(
        server.url,
        `{ trainingRuns(first: 100) { nodes { lossCurve { nodes { step } }
        category { thresholds { nodes { value } } } } } inspections(first: 100) { nodes { id } } }`,
        {},
        KEYS.viewer,
      );
      assert.match(costly.errors?.[0]?.message ?? '', /cost \d+ exceeds the limit/);
      const malformed = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.viewer}` },
        body: '{"query": ',
      });
      assert.equal(malformed.status, 400);

      // WebSocket: no key or a wrong key closes the connection; a viewer key subscribes.
      for (const key of [undefined, 'wrong-key-000']) {
        const client = wsClient(server.url, key);
        const sub = new Subscription(client, 'subscription { inspectionCreated { id } }');
        await assert.rejects(
          sub.waitFor(() => true, 10_000),
          /Forbidden|4403/,
        );
        await client.dispose();
      }
      const client = wsClient(server.url, KEYS.viewer);
      const connected = new Promise((resolve) => client.on('connected', resolve));
      const sub = new Subscription(
        client,
        'subscription { trainingRunUpdated(category: "metal") { id status } }',
      );
      await connected;
      // The subscribe message follows the connection ack; give the server a moment to register it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = await gql(
        server.url,
        'mutation { startTrainingRun(input: { category: "metal", params: { steps: 1, stage1Steps: 0, batchSize: 2 } }) { run { id } } }',
        {},
        KEYS.admin,
      );
      const runId = started.data?.startTrainingRun.run.id;
      const update = await sub.waitFor(() => true, 10_000);
      assert.equal(update.trainingRunUpdated.id, runId);
      sub.close();
      await client.dispose();
      await gql(
        server.url,
        'mutation($id: ID!) { cancelTrainingRun(input: { id: $id }) { userErrors { code } } }',
        { id: runId },
        KEYS.admin,
      );
    } finally {
      await server.close();
      await env.cleanup();
    }
  });
}
