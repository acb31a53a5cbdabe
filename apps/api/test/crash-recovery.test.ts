/**
 * A crash, not a clean stop: the API process is killed with SIGKILL mid-run (its training worker
 * notices the lost parent and stops). The next start finds the run still marked running, marks it
 * interrupted and resumes it from its last checkpoint to success, on the same PGlite data directory.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import { createTestEnvironment, TEACHER, type TestEnvironment } from './support/test-server.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const PROGRESS = `subscription($id: ID!) { trainingProgress(runId: $id) { status step lossPoint { step } } }`;

let env: TestEnvironment;

before(async () => {
  env = await createTestEnvironment('pglite');
});

after(async () => {
  await env?.cleanup();
});

/** The real entry point as a separate process on a free port; resolves with its URL once it listens. */
async function startApiProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DESTSEG_DATA_DIR: env.dataDir,
      DESTSEG_TEACHER: TEACHER,
      DESTSEG_BACKEND: 'wasm',
      DESTSEG_SEED_DEMO: '0',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const listening = /API on (http:\/\/\S+\/graphql)/.exec(log);
      if (listening?.[1]) resolve(listening[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`API exited (${code}) before listening:\n${log}`)));
  });
  return { child, url };
}

test('after a SIGKILL mid-run, the next start resumes the run from its checkpoint', async () => {
  const { child: first, url } = await startApiProcess();
  let second: ChildProcess | undefined;
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
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    progress.close();
    await client.dispose();

    const restarted = await startApiProcess();
    second = restarted.child;
    const client2 = wsClient(restarted.url);
    const resumed = new Subscription(client2, PROGRESS, { id: runId });
    await resumed.waitFor((m) => m.trainingProgress.status === 'SUCCEEDED');
    resumed.close();
    await client2.dispose();
    const run = await gql(
      restarted.url,
      `query($id: ID!) { trainingRun(id: $id) { status step resumeCount lossCurve { step } } }`,
      { id: runId },
    );
    const r = run.data?.trainingRun;
    assert.equal(r.status, 'SUCCEEDED');
    assert.equal(r.step, 5);
    assert.ok(r.resumeCount >= 1, `resumeCount ${r.resumeCount}`);
    assert.deepEqual(
      r.lossCurve.map((p: { step: number }) => p.step),
      [1, 2, 3, 4, 5],
    );
  } finally {
    first.kill('SIGKILL');
    second?.kill('SIGTERM');
    if (second && second.exitCode === null) await new Promise((resolve) => second?.once('exit', resolve));
  }
});
