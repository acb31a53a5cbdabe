/**
 * Job durability on PostgreSQL: a server stopped mid-run leaves the run interrupted, the next server
 * resumes it from its last checkpoint to success; a cancelled run stops within one step.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, openDatabase, trainingRuns } from '@destseg/db';
import { parseGlobalId } from '../src/graphql/global-id.ts';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import {
  createTestEnvironment,
  startTestServer,
  type TestEnvironment,
  testConfig,
} from './support/test-server.ts';

let env: TestEnvironment;

before(async () => {
  env = await createTestEnvironment('postgres');
});

after(async () => {
  await env?.cleanup();
});

const PROGRESS = `subscription($id: ID!) { trainingProgress(runId: $id) { status step lossPoint { step } } }`;

test('a run interrupted by a restart resumes from its checkpoint; cancel stops within one step', async () => {
  const config = testConfig(env);
  const first = await startTestServer(config);
  await gql(
    first.url,
    `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }`,
    {
      i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32 },
    },
  );
  const started = await gql(
    first.url,
    `mutation { startTrainingRun(input: { category: "metal",
    params: { batchSize: 2, steps: 5, stage1Steps: 2, checkpointEvery: 1, perlinScaleRange: [2, 5] } }) {
    run { id params { all } } userErrors { code } } }`,
  );
  const runId = started.data?.startTrainingRun.run.id as string;
  assert.deepEqual(started.data?.startTrainingRun.run.params.all.perlinScaleRange, [2, 5]);
  const client1 = wsClient(first.url);
  const progress1 = new Subscription(client1, PROGRESS, { id: runId });
  await progress1.waitFor((m) => m.trainingProgress.lossPoint?.step === 2);
  progress1.close();
  await client1.dispose();
  await first.close();

  const rowId = parseGlobalId(runId)?.id ?? 0;
  const db = await openDatabase({ url: env.databaseUrl, pgliteDir: '' });
  const [stopped] = await db.db.select().from(trainingRuns).where(eq(trainingRuns.id, rowId));
  await db.close();
  assert.equal(stopped?.status, 'interrupted');
  assert.ok((stopped?.step ?? 0) >= 2 && (stopped?.step ?? 0) < 5, `stopped at step ${stopped?.step}`);

  const second = await startTestServer(config);
  try {
    const client2 = wsClient(second.url);
    const progress2 = new Subscription(client2, PROGRESS, { id: runId });
    await progress2.waitFor(
      (m) => m.trainingProgress.status === 'SUCCEEDED' && m.trainingProgress.lossPoint === null,
    );
    progress2.close();
    const run = await gql(
      second.url,
      `query($id: ID!) { trainingRun(id: $id) { status resumeCount step
      lossCurve { nodes { step } } model { step } } }`,
      { id: runId },
    );
    assert.equal(run.data?.trainingRun.status, 'SUCCEEDED');
    assert.equal(run.data?.trainingRun.resumeCount, 1);
    assert.deepEqual(
      run.data?.trainingRun.lossCurve.nodes.map((p: { step: number }) => p.step),
      [1, 2, 3, 4, 5],
    );
    assert.equal(run.data?.trainingRun.model.step, 5);

    const long = await gql(
      second.url,
      `mutation { startTrainingRun(input: { category: "metal",
      params: { batchSize: 2, steps: 40, stage1Steps: 20, checkpointEvery: 10 } }) { run { id } } }`,
    );
    const longId = long.data?.startTrainingRun.run.id as string;
    const progress3 = new Subscription(client2, PROGRESS, { id: longId });
    const firstStep = await progress3.waitFor((m) => m.trainingProgress.lossPoint !== null);
    const cancelled = await gql(
      second.url,
      `mutation($id: ID!) { cancelTrainingRun(input: { id: $id }) {
      run { id cancelRequested } userErrors { code } } }`,
      { id: longId },
    );
    assert.deepEqual(cancelled.data?.cancelTrainingRun.userErrors, []);
    assert.equal(
      cancelled.data?.cancelTrainingRun.run.cancelRequested,
      true,
      'the payload shows the request',
    );
    const end = await progress3.waitFor((m) => m.trainingProgress.status === 'CANCELLED');
    assert.ok(
      end.trainingProgress.step <= firstStep.trainingProgress.step + 2,
      `stopped at ${end.trainingProgress.step}`,
    );
    progress3.close();
    const again = await gql(
      second.url,
      `mutation($id: ID!) { cancelTrainingRun(input: { id: $id }) {
      userErrors { code } } }`,
      { id: longId },
    );
    assert.equal(again.data?.cancelTrainingRun.userErrors[0].code, 'RUN_FINISHED');
    await client2.dispose();
  } finally {
    await second.close();
  }
});
