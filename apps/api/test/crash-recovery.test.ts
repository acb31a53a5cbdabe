/**
 * A crash, not a clean stop: the API process is killed with SIGKILL mid-run (its training worker
 * notices the lost parent and stops). The next start finds the run still marked running, marks it
 * interrupted and resumes it from its last checkpoint to success, on the same PGlite data directory.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type ApiProcess, killApiProcess, startApiProcess } from './support/api-process.ts';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import { createTestEnvironment, type TestEnvironment } from './support/test-server.ts';

const PROGRESS = `subscription($id: ID!) { trainingProgress(runId: $id) { status step lossPoint { step } } }`;

let env: TestEnvironment;

before(async () => {
  env = await createTestEnvironment('pglite');
});

after(async () => {
  await env?.cleanup();
});

test('after a SIGKILL mid-run, the next start resumes the run from its checkpoint', async () => {
  const first = await startApiProcess(env);
  const { url } = first;
  let second: ApiProcess | undefined;
  try {
    await gql(
      url,
      `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }`,
      {
        i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32 },
      },
    );
    const started = await gql(
      url,
      `mutation { startTrainingRun(input: { category: "metal",
      params: { batchSize: 2, steps: 5, stage1Steps: 2, checkpointEvery: 1 } }) { run { id } userErrors { code } } }`,
    );
    const runId = started.data?.startTrainingRun.run.id as string;
    const client = wsClient(url);
    const progress = new Subscription(client, PROGRESS, { id: runId });
    await progress.waitFor((m) => m.trainingProgress.lossPoint?.step === 2);
    await killApiProcess(first);
    progress.close();
    await client.dispose();

    const restarted = await startApiProcess(env);
    second = restarted;
    const client2 = wsClient(restarted.url);
    const resumed = new Subscription(client2, PROGRESS, { id: runId });
    // The resumed steps, the save and the export's parity gate: about a minute alone, twice that on a
    // machine running both test lanes. The test is about what is resumed, not how fast.
    await resumed.waitFor((m) => m.trainingProgress.status === 'SUCCEEDED', 300_000);
    resumed.close();
    await client2.dispose();
    const run = await gql(
      restarted.url,
      `query($id: ID!) { trainingRun(id: $id) { status step resumeCount lossCurve { nodes { step } } } }`,
      { id: runId },
    );
    const r = run.data?.trainingRun;
    assert.equal(r.status, 'SUCCEEDED');
    assert.equal(r.step, 5);
    assert.ok(r.resumeCount >= 1, `resumeCount ${r.resumeCount}`);
    assert.deepEqual(
      r.lossCurve.nodes.map((p: { step: number }) => p.step),
      [1, 2, 3, 4, 5],
    );
  } finally {
    await killApiProcess(first);
    second?.child.kill('SIGTERM');
    await second?.exited;
  }
});
