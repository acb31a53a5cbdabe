/**
 * PostgreSQL connections terminated under the running server (pg_terminate_backend, as a database restart
 * or failover does): idle, during training and during a burst of inspections. The server must stay up, a
 * request in flight may fail only with the retryable DATABASE_UNAVAILABLE, and the pool reconnects by
 * itself: the run still succeeds and the next requests work.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import { serverForThisFile, TINY_PARAMS } from './support/test-server.ts';

const api = serverForThisFile('postgres');

const terminateServerConnections = () => api.env.terminateDatabaseConnections?.() ?? Promise.resolve(0);

const INSPECT = `mutation($i: InspectInput!) { inspect(input: $i) { inspection { id } userErrors { code } } }`;

test('idle, during training and during inspections: no crash, retryable errors only, reconnects', async () => {
  // Idle.
  await gql(api.server.url, '{ categories { name } }');
  assert.ok((await terminateServerConnections()) >= 1);
  assert.deepEqual((await gql(api.server.url, '{ categories { name } }')).data, { categories: [] });

  // During training.
  await gql(
    api.server.url,
    `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }`,
    {
      i: { name: 'metal', datasetPath: api.env.datasetPath, imageSize: 32 },
    },
  );
  const started = await gql(
    api.server.url,
    `mutation($i: StartTrainingRunInput!) { startTrainingRun(input: $i) { run { id } userErrors { code } } }`,
    { i: { category: 'metal', params: { ...TINY_PARAMS, steps: 8, stage1Steps: 4 } } },
  );
  assert.deepEqual(started.data?.startTrainingRun.userErrors, [], JSON.stringify(started));
  const runId = started.data?.startTrainingRun.run.id as string;
  const client = wsClient(api.server.url);
  const progress = new Subscription(
    client,
    `subscription($id: ID!) { trainingProgress(runId: $id) { status lossPoint { step } } }`,
    { id: runId },
  );
  await progress.waitFor((m) => m.trainingProgress.lossPoint?.step === 2, 600_000);
  await terminateServerConnections();
  await progress.waitFor((m) => ['SUCCEEDED', 'FAILED'].includes(m.trainingProgress.status), 600_000);
  progress.close();
  await client.dispose();
  const run = await gql(api.server.url, `query($id: ID!) { trainingRun(id: $id) { status step } }`, {
    id: runId,
  });
  assert.deepEqual(run.data?.trainingRun, { status: 'SUCCEEDED', step: 8 });

  // During a burst of inspections.
  const image = (await readFile(join(api.env.datasetPath, 'test/good/000.png'))).toString('base64');
  const burst = Array.from({ length: 12 }, (_, i) =>
    gql(api.server.url, INSPECT, { i: { category: 'metal', imageBase64: image, partId: `P-${i}` } }),
  );
  await terminateServerConnections();
  const answers = await Promise.all(burst);
  for (const answer of answers) {
    const code =
      answer.data?.inspect.userErrors[0]?.code ??
      answer.errors?.[0]?.extensions?.code ??
      (answer.data ? 'OK' : '?');
    assert.ok(['OK', 'DATABASE_UNAVAILABLE'].includes(code), `unexpected answer ${JSON.stringify(answer)}`);
  }
  // The server is still up and the pool reconnected.
  const again = await gql(api.server.url, INSPECT, {
    i: { category: 'metal', imageBase64: image, partId: 'after' },
  });
  assert.deepEqual(again.data?.inspect.userErrors, []);
});
