/**
 * MES output sink configuration over GraphQL: admin only, bad input rejected with a typed code and
 * nothing stored, a good one listed with its delivery status (the secret never returned).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gql } from './support/graphql-client.ts';
import { serverForThisFile } from './support/test-server.ts';

const ADMIN = 'admin-key-0123456789abcdef';
const VIEWER = 'viewer-key-0123456789abcdef';
const SET = `mutation($i: SetOutputSinkInput!) { setOutputSink(input: $i) {
  sink { category kind url topicTemplate hasSecret enabled backlog } userErrors { code field } } }`;
const LIST = `query { outputSinks(category: "metal") { kind url hasSecret backlog lastSuccessAt lastError } }`;

const api = serverForThisFile(
  'pglite',
  {
    apiKeys: [
      { role: 'admin', key: ADMIN },
      { role: 'viewer', key: VIEWER },
    ],
  },
  async ({ server, env }) => {
    await gql(
      server.url,
      `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }`,
      { i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32 } },
      ADMIN,
    );
  },
);

test('sinks: bad input is refused with a code, a good sink is listed without its secret, admin only', async () => {
  const refused = [
    [{ kind: 'WEBHOOK', url: 'https://mes.example/hook' }, 'secret'],
    [{ kind: 'MQTT', url: 'https://broker:1883' }, 'url'],
    [{ kind: 'WEBHOOK', url: 'not a url', secret: 'k' }, 'url'],
    [{ kind: 'MQTT', url: 'mqtt://broker:1883', topicTemplate: 'a/#' }, 'topicTemplate'],
  ] as const;
  for (const [input, field] of refused) {
    const result = await gql(api.server.url, SET, { i: { category: 'metal', ...input } }, ADMIN);
    assert.deepEqual(result.data?.setOutputSink.userErrors, [
      { code: 'INVALID_INPUT', field: ['input', field] },
    ]);
  }
  assert.deepEqual((await gql(api.server.url, LIST, {}, ADMIN)).data?.outputSinks, [], 'nothing stored');

  const viewer = await gql(
    api.server.url,
    SET,
    { i: { category: 'metal', kind: 'MQTT', url: 'mqtt://b' } },
    VIEWER,
  );
  assert.equal(viewer.data?.setOutputSink.userErrors[0].code, 'FORBIDDEN');
  const viewerList = await gql(api.server.url, LIST, {}, VIEWER);
  assert.equal(viewerList.errors?.[0]?.extensions?.code, 'FORBIDDEN');

  const mqttSink = await gql(
    api.server.url,
    SET,
    { i: { category: 'metal', kind: 'MQTT', url: 'mqtt://127.0.0.1:1883' } },
    ADMIN,
  );
  assert.deepEqual(mqttSink.data?.setOutputSink.sink, {
    category: 'metal',
    kind: 'MQTT',
    url: 'mqtt://127.0.0.1:1883',
    topicTemplate: 'destseg/<category>/<station>/inspection',
    hasSecret: false,
    enabled: true,
    backlog: 0,
  });
  await gql(
    api.server.url,
    SET,
    { i: { category: 'metal', kind: 'WEBHOOK', url: 'http://127.0.0.1:9/hook', secret: 'k' } },
    ADMIN,
  );
  const listed = await gql(api.server.url, LIST, {}, ADMIN);
  assert.deepEqual(
    listed.data?.outputSinks
      .map((s: { kind: string; hasSecret: boolean; backlog: number }) => [s.kind, s.hasSecret, s.backlog])
      .sort(),
    [
      ['MQTT', false, 0],
      ['WEBHOOK', true, 0],
    ],
  );
  assert.ok(!JSON.stringify(listed).includes('"k"'), 'the secret is never returned');
});
