/**
 * Scale-out on one PostgreSQL database: two API instances that work no jobs and `destseg worker`
 * processes. A run started on A trains on the worker and its loss points stream to a subscriber on B; an
 * inspection on B reaches defectDetected on A. A worker killed with SIGKILL mid-run loses its job's claim
 * when its heartbeat lapses; another worker takes the job over and resumes from the last checkpoint, and
 * the final model is byte-identical to an uninterrupted run's.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { eq, models, openDatabase } from '@destseg/db';
import { parseGlobalId } from '../src/graphql/global-id.ts';
import type { RunningServer } from '../src/server.ts';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import {
  createTestEnvironment,
  startTestServer,
  type TestEnvironment,
  TINY_PARAMS,
  testConfig,
} from './support/test-server.ts';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process.ts';

const PROGRESS = `subscription($id: ID!) { trainingProgress(runId: $id) { status step lossPoint { step } } }`;
const START = `mutation($p: TrainingParamsInput) { startTrainingRun(input: { category: "metal", params: $p }) {
  run { id } userErrors { code } } }`;
const RUN = `query($id: ID!) { trainingRun(id: $id) { status step resumeCount lossCurve { step } } }`;

let env: TestEnvironment;
let a: RunningServer;
let b: RunningServer;
const workers: WorkerProcess[] = [];

before(async () => {
  env = await createTestEnvironment('postgres');
  const config = { ...testConfig(env), workJobs: [], jobHeartbeatSeconds: 10 };
  a = await startTestServer(config);
  b = await startTestServer(config);
  workers.push(await startWorkerProcess(env));
});

after(async () => {
  for (const w of workers) await w.kill();
  await a?.close();
  await b?.close();
  await env?.cleanup();
});

async function modelBytes(runGlobalId: string): Promise<Buffer> {
  const runId = parseGlobalId(runGlobalId)?.id ?? 0;
  const database = await openDatabase({ url: env.databaseUrl, pgliteDir: '' });
  try {
    const [model] = await database.db.select().from(models).where(eq(models.runId, runId));
    assert.ok(model, `run ${runId} has a model`);
    return await readFile(model.checkpointPath);
  } finally {
    await database.close();
  }
}

let straightRunId = '';

test('a run started on A trains on the worker and streams to B; an inspection on B reaches A', async () => {
  const created = await gql(
    a.url,
    `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }`,
    { i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32 } },
  );
  assert.deepEqual(created.data?.createCategory.userErrors, []);
  const started = await gql(a.url, START, { p: TINY_PARAMS });
  assert.deepEqual(started.data?.startTrainingRun.userErrors, []);
  straightRunId = started.data?.startTrainingRun.run.id as string;

  const clientB = wsClient(b.url);
  const progress = new Subscription(clientB, PROGRESS, { id: straightRunId });
  await progress.waitFor((m) => m.trainingProgress.lossPoint !== null);
  assert.deepEqual([a.queue.runningIds(), b.queue.runningIds()], [[], []], 'no API instance trains');
  await progress.waitFor((m) => m.trainingProgress.status === 'SUCCEEDED');
  const streamed = new Set(
    progress.received.flatMap((m) =>
      m.trainingProgress.lossPoint ? [m.trainingProgress.lossPoint.step] : [],
    ),
  );
  assert.deepEqual([...streamed].sort(), [1, 2, 3, 4], 'every loss point reached B');
  progress.close();

  const clientA = wsClient(a.url);
  const setLow = await gql(
    b.url,
    `mutation { setThreshold(input: { category: "metal", method: FIXED, value: 0, reason: "flag all" }) {
    userErrors { code } } }`,
  );
  assert.deepEqual(setLow.data?.setThreshold.userErrors, []);
  const defects = new Subscription(clientA, `subscription { defectDetected(category: "metal") { id } }`);
  await new Promise((r) => setTimeout(r, 300));
  const image = await readFile(`${env.datasetPath}/test/scratch/000.png`);
  const inspected = await gql(
    b.url,
    `mutation($i: InspectInput!) { inspect(input: $i) { inspection { id verdict } userErrors { code } } }`,
    { i: { category: 'metal', imageBase64: image.toString('base64'), stationId: 'S-1' } },
  );
  assert.deepEqual(inspected.data?.inspect.userErrors, []);
  const id = inspected.data?.inspect.inspection.id;
  const detected = await defects.waitFor((m) => m.defectDetected.id === id, 30_000);
  assert.equal(detected.defectDetected.id, id);
  defects.close();
  await clientA.dispose();
  await clientB.dispose();
});

test('SIGKILL of the worker mid-run: another worker takes the job over and resumes it exactly', async () => {
  assert.ok(straightRunId, 'the uninterrupted run of the first test exists');
  const started = await gql(a.url, START, { p: TINY_PARAMS });
  const runId = started.data?.startTrainingRun.run.id as string;
  const clientB = wsClient(b.url);
  const progress = new Subscription(clientB, PROGRESS, { id: runId });
  await progress.waitFor((m) => m.trainingProgress.lossPoint?.step === 2);
  await workers[0]?.kill();
  const second = await startWorkerProcess(env);
  workers.push(second);

  const end = await progress.waitFor((m) => ['SUCCEEDED', 'FAILED'].includes(m.trainingProgress.status));
  assert.equal(end.trainingProgress.status, 'SUCCEEDED', second.output());
  progress.close();
  await clientB.dispose();
  const run = (await gql(b.url, RUN, { id: runId })).data?.trainingRun;
  assert.equal(run.step, 4);
  assert.ok(run.resumeCount >= 1, `resumeCount ${run.resumeCount}`);
  assert.deepEqual(
    run.lossCurve.map((p: { step: number }) => p.step),
    [1, 2, 3, 4],
  );
  assert.match(second.output(), /resumes from its last checkpoint/);
  const [straight, resumed] = await Promise.all([modelBytes(straightRunId), modelBytes(runId)]);
  assert.ok(straight.equals(resumed), 'the taken-over run ends with the uninterrupted run’s exact weights');
});
