/**
 * The real server process and signals: SIGTERM/SIGINT during training stop cleanly (exit 0, not the stop
 * deadline's exit 1) with the run checkpointed and interrupted and the database closed, even when Apollo's
 * own signal handling is on (NODE_ENV=production); a second server refuses a PGlite directory in use; the
 * training worker exits as soon as the API is killed.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ApiExitedError,
  type ApiProcess,
  childPids,
  isAlive,
  killApiProcess,
  startApiProcess,
} from './support/api-process.ts';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import { createTestEnvironment, STORAGE_KINDS, type TestEnvironment } from './support/test-server.ts';

const PROGRESS = `subscription($id: ID!) { trainingProgress(runId: $id) { status step lossPoint { step } } }`;
/** Apollo registers its own SIGINT/SIGTERM handlers outside NODE_ENV=test: the case that hung. */
const PRODUCTION = { NODE_ENV: 'production' };

async function startRun(url: string, env: TestEnvironment, params: Record<string, number>): Promise<string> {
  await gql(url, `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }`, {
    i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32 },
  });
  const started = await gql(
    url,
    `mutation($i: StartTrainingRunInput!) { startTrainingRun(input: $i) { run { id } userErrors { code } } }`,
    { i: { category: 'metal', params } },
  );
  assert.deepEqual(started.data?.startTrainingRun.userErrors, []);
  return started.data?.startTrainingRun.run.id as string;
}

async function waitForStep(url: string, runId: string, step: number): Promise<void> {
  const client = wsClient(url);
  const progress = new Subscription(client, PROGRESS, { id: runId });
  await progress.waitFor((m) => (m.trainingProgress.lossPoint?.step ?? 0) >= step);
  progress.close();
  await client.dispose();
}

for (const storage of STORAGE_KINDS) {
  test(`SIGTERM then SIGINT during training: a clean stop, run interrupted, database closed (${storage})`, async () => {
    const env = await createTestEnvironment(storage);
    let first: ApiProcess | undefined;
    let second: ApiProcess | undefined;
    try {
      first = await startApiProcess(env, PRODUCTION);
      const runId = await startRun(first.url, env, {
        batchSize: 2,
        steps: 400,
        stage1Steps: 200,
        checkpointEvery: 1,
      });
      await waitForStep(first.url, runId, 2);
      first.child.kill('SIGTERM');
      first.child.kill('SIGINT'); // a second signal (Ctrl-C twice, or a supervisor) waits for the same stop
      assert.equal(await first.exited, 0, `stop did not finish cleanly:\n${first.output().slice(-3000)}`);
      const events = first.output();
      assert.match(events, /"event":"server.stopping"/);
      assert.match(events, /"event":"server.stopped"/);
      if (storage === 'pglite') {
        await assert.rejects(readFile(join(env.dataDir, 'pglite.lock')), { code: 'ENOENT' });
      }
      // The same data directory opens again; the run was checkpointed and left interrupted for a resume.
      second = await startApiProcess(env, { DESTSEG_TRAINING_CONCURRENCY: '1', ...PRODUCTION });
      const url = second.url;
      const readRun = async () =>
        (await gql(url, `query($id: ID!) { trainingRun(id: $id) { step resumeCount } }`, { id: runId })).data
          ?.trainingRun;
      let run = await readRun();
      assert.ok(run.step >= 2, `checkpointed at step ${run.step}`);
      while (run.resumeCount < 1) run = await readRun(); // the queue resumes it
      second.child.kill('SIGINT');
      assert.equal(await second.exited, 0);
    } finally {
      await killApiProcess(first);
      await killApiProcess(second);
      await env.cleanup();
    }
  });
}

test('a second server refuses a PGlite data directory in use, and the first keeps working', async () => {
  const env = await createTestEnvironment('pglite');
  let first: ApiProcess | undefined;
  try {
    first = await startApiProcess(env);
    const refused = await startApiProcess(env).then(
      () => assert.fail('the second server started'),
      (error: unknown) => error,
    );
    assert.ok(refused instanceof ApiExitedError);
    assert.equal(refused.exitCode, 1);
    assert.match(refused.output, /DATA_DIR_IN_USE/);
    assert.match(refused.output, new RegExp(`in use by process ${first.child.pid}`));
    const still = await gql(first.url, '{ categories { name } }');
    assert.deepEqual(still.data, { categories: [] });
  } finally {
    await killApiProcess(first);
    await env.cleanup();
  }
});

test('the training worker exits when the API process is killed, without training on', async () => {
  const env = await createTestEnvironment('pglite');
  let api: ApiProcess | undefined;
  try {
    api = await startApiProcess(env);
    const runId = await startRun(api.url, env, {
      batchSize: 8,
      steps: 400,
      stage1Steps: 200,
      checkpointEvery: 1,
    });
    await waitForStep(api.url, runId, 1);
    const workers = await childPids(api.child.pid ?? 0);
    assert.equal(workers.length, 1, 'one training worker');
    const worker = workers[0] ?? 0;
    const runDir = join(env.dataDir, 'runs');
    const logLines = async () => {
      const { readdir } = await import('node:fs/promises');
      const [dir] = await readdir(runDir);
      const text = await readFile(join(runDir, dir ?? '', 'train-log.jsonl'), 'utf8').catch(() => '');
      return text.split('\n').filter((l) => l !== '').length;
    };
    const before = await logLines();
    await killApiProcess(api);
    while (isAlive(worker)) await new Promise((resolve) => setTimeout(resolve, 50));
    // Before the fix the worker finished its step (one more log line) and checkpointed after its parent died.
    assert.ok((await logLines()) <= before + 0, 'the worker trained on after its parent died');
  } finally {
    await killApiProcess(api);
    await env.cleanup();
  }
});
