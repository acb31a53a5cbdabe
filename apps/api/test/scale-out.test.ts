/**
 * Scale-out on one PostgreSQL database: two API instances that work no jobs and `destseg worker`
 * processes. A run started on A trains on the worker and its loss points stream to a subscriber on B; an
 * inspection on B reaches defectDetected on A. A worker killed with SIGKILL mid-run loses its job's claim
 * when its heartbeat lapses; another worker takes the job over and resumes from the last checkpoint, and
 * the final model is byte-identical to an uninterrupted run's. MES outputs: an MQTT subscriber on the local
 * Mosquitto gets one message per inspection (the last one retained per station); a webhook receiver that
 * is down while the API that acknowledged the inspections is killed with SIGKILL still gets every one of
 * them once it is back, signed, and deduplicable by key. (The tests share the first test's model.)
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { eq, models, openDatabase } from '@destseg/db';
import mqtt from 'mqtt';
import { parseGlobalId } from '../src/graphql/global-id.ts';
import type { RunningServer } from '../src/server.ts';
import { signBody } from '../src/sinks/webhook-sink.ts';
import { type ApiProcess, killApiProcess, startApiProcess } from './support/api-process.ts';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import {
  createTestEnvironment,
  startTestServer,
  type TestEnvironment,
  TINY_PARAMS,
  testConfig,
} from './support/test-server.ts';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process.ts';

/** Training waits: generous, because this machine is shared with long trainings (never a timing assert). */
const TRAINING_WAIT_MS = 600_000;
const PROGRESS = `subscription($id: ID!) { trainingProgress(runId: $id) { status step lossPoint { step } } }`;
const START = `mutation($p: TrainingParamsInput) { startTrainingRun(input: { category: "metal", params: $p }) {
  run { id } userErrors { code } } }`;
const RUN = `query($id: ID!) { trainingRun(id: $id) { status step resumeCount lossCurve { nodes { step } } } }`;

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
  await progress.waitFor((m) => m.trainingProgress.lossPoint !== null, TRAINING_WAIT_MS);
  assert.deepEqual([a.queue.runningIds(), b.queue.runningIds()], [[], []], 'no API instance trains');
  await progress.waitFor((m) => m.trainingProgress.status === 'SUCCEEDED', TRAINING_WAIT_MS);
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
  await progress.waitFor((m) => m.trainingProgress.lossPoint?.step === 2, TRAINING_WAIT_MS);
  await workers[0]?.kill();
  const second = await startWorkerProcess(env);
  workers.push(second);

  const end = await progress.waitFor(
    (m) => ['SUCCEEDED', 'FAILED'].includes(m.trainingProgress.status),
    TRAINING_WAIT_MS,
  );
  assert.equal(end.trainingProgress.status, 'SUCCEEDED', second.output());
  progress.close();
  await clientB.dispose();
  const run = (await gql(b.url, RUN, { id: runId })).data?.trainingRun;
  assert.equal(run.step, 4);
  assert.ok(run.resumeCount >= 1, `resumeCount ${run.resumeCount}`);
  assert.deepEqual(
    run.lossCurve.nodes.map((p: { step: number }) => p.step),
    [1, 2, 3, 4],
  );
  assert.match(second.output(), /resumes from its last checkpoint/);
  const [straight, resumed] = await Promise.all([modelBytes(straightRunId), modelBytes(runId)]);
  assert.ok(straight.equals(resumed), 'the taken-over run ends with the uninterrupted run’s exact weights');
});

const INSPECT = `mutation($i: InspectInput!) { inspect(input: $i) { inspection { id } userErrors { code } } }`;
const SINKS = `query { outputSinks(category: "metal") { kind url backlog lastSuccessAt lastError hasSecret } }`;
const SET_SINK = `mutation($i: SetOutputSinkInput!) { setOutputSink(input: $i) { sink { kind backlog }
  userErrors { code message } } }`;

async function inspectOn(url: string, stationId: string): Promise<number> {
  const image = await readFile(`${env.datasetPath}/test/scratch/000.png`);
  const result = await gql(url, INSPECT, {
    i: { category: 'metal', imageBase64: image.toString('base64'), stationId },
  });
  assert.deepEqual(result.data?.inspect.userErrors, []);
  return parseGlobalId(result.data?.inspect.inspection.id)?.id ?? 0;
}

// biome-ignore lint/suspicious/noExplicitAny: sink rows are read by field name.
async function sinkStatus(kind: string): Promise<any> {
  const result = await gql(a.url, SINKS);
  return result.data?.outputSinks.find((s: { kind: string }) => s.kind === kind);
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('an MQTT subscriber gets one message per inspection; the station keeps its last verdict retained', async () => {
  const set = await gql(a.url, SET_SINK, {
    i: { category: 'metal', kind: 'MQTT', url: 'mqtt://127.0.0.1:1883' },
  });
  assert.deepEqual(set.data?.setOutputSink.userErrors, []);
  const station = `S-${randomUUID().slice(0, 8)}`;
  const topic = `destseg/metal/${station}/inspection`;
  const subscriber = await mqtt.connectAsync('mqtt://127.0.0.1:1883');
  const received: Array<Record<string, unknown>> = [];
  subscriber.on('message', (_t, payload) => {
    // The empty retained message that clears the topic at the end is no inspection.
    if (payload.length > 0) received.push(JSON.parse(payload.toString()));
  });
  await subscriber.subscribeAsync(topic, { qos: 1 });
  try {
    const ids = [
      await inspectOn(b.url, station),
      await inspectOn(a.url, station),
      await inspectOn(b.url, station),
    ];
    await until(() => received.length >= 3, 'three MQTT messages');
    await until(async () => (await sinkStatus('MQTT'))?.backlog === 0, 'an empty MQTT backlog');
    assert.equal(received.length, 3, 'one message per inspection');
    assert.deepEqual(
      received.map((m) => m.idempotencyKey),
      ids.map((id) => `inspection-${id}`),
      'in inspection order',
    );
    for (const m of received) {
      assert.equal(m.category, 'metal');
      assert.equal(m.stationId, station);
      // The second test's run made a newer active model, which has no threshold of 0: either verdict.
      assert.ok(m.verdict === 'ok' || m.verdict === 'defect');
      assert.equal(typeof m.threshold, 'number');
      assert.equal(typeof m.score, 'number');
    }
    // A subscriber arriving later gets the station's last verdict at once, retained.
    const late = await mqtt.connectAsync('mqtt://127.0.0.1:1883');
    const retained = new Promise<{ key: unknown; retain: boolean }>((resolve) =>
      late.on('message', (_t, payload, packet) =>
        resolve({ key: JSON.parse(payload.toString()).idempotencyKey, retain: packet.retain }),
      ),
    );
    await late.subscribeAsync(topic, { qos: 1 });
    assert.deepEqual(await retained, { key: `inspection-${ids[2]}`, retain: true });
    await late.endAsync();
    const status = await sinkStatus('MQTT');
    assert.ok(status.lastSuccessAt, 'the sink reports its last success');

    // A disabled sink is not sent the inspections made while it is off, even once enabled again: the
    // next message it sends is the first inspection after that.
    const setEnabled = async (enabled: boolean) =>
      assert.deepEqual(
        (
          await gql(a.url, SET_SINK, {
            i: { category: 'metal', kind: 'MQTT', url: 'mqtt://127.0.0.1:1883', enabled },
          })
        ).data?.setOutputSink.userErrors,
        [],
      );
    await setEnabled(false);
    const whileOff = await inspectOn(b.url, station);
    await setEnabled(true);
    const afterOn = await inspectOn(a.url, station);
    await until(() => received.length >= 4, 'the message of the inspection after the sink was enabled again');
    await until(async () => (await sinkStatus('MQTT'))?.backlog === 0, 'an empty MQTT backlog');
    assert.deepEqual(
      received.slice(3).map((m) => m.idempotencyKey),
      [`inspection-${afterOn}`],
      `inspection-${whileOff} was made while the sink was off`,
    );
  } finally {
    // Leave nothing retained on the shared broker.
    await subscriber.unsubscribeAsync(topic);
    await subscriber.publishAsync(topic, '', { qos: 1, retain: true });
    await subscriber.endAsync();
  }
});

/** The API as a separate process that works no jobs and retakes an unfinished delivery after 3 s. */
const startApiOnly = () => startApiProcess(env, { DESTSEG_JOBS: 'none', DESTSEG_OUTBOX_LEASE_SECONDS: '3' });

test('webhook down, API killed with SIGKILL, webhook back: every acknowledged inspection arrives, signed, by key', async () => {
  // A port nothing listens on yet: the receiver is down.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  const secret = 's3cret';
  const set = await gql(a.url, SET_SINK, {
    i: { category: 'metal', kind: 'WEBHOOK', url: `http://127.0.0.1:${port}/hook`, secret },
  });
  assert.deepEqual(set.data?.setOutputSink.userErrors, []);

  const api = await startApiOnly();
  let receiver: Server | undefined;
  let restarted: ApiProcess | undefined;
  try {
    const station = `W-${randomUUID().slice(0, 8)}`;
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push(await inspectOn(api.url, station));
    await until(async () => (await sinkStatus('WEBHOOK'))?.lastError != null, 'a failed delivery attempt');
    await killApiProcess(api);
    restarted = await startApiOnly();

    const deliveries: Array<{ key: string; signed: boolean; body: Record<string, unknown> }> = [];
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        deliveries.push({
          key: String(req.headers['idempotency-key']),
          signed: req.headers['x-destseg-signature'] === signBody(body, secret),
          body: JSON.parse(body),
        });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver?.listen(port, '127.0.0.1', resolve));
    const expected = ids.map((id) => `inspection-${id}`);
    await until(
      () => expected.every((k) => deliveries.some((d) => d.key === k)),
      'every inspection at the webhook',
    );
    await until(async () => (await sinkStatus('WEBHOOK'))?.backlog === 0, 'an empty webhook backlog');
    const mine = deliveries.filter((d) => d.body.stationId === station);
    assert.deepEqual([...new Set(mine.map((d) => d.key))].sort(), [...expected].sort(), 'each one, by key');
    for (const d of mine) {
      assert.ok(d.signed, 'the HMAC-SHA256 signature checks out');
      assert.equal(d.body.idempotencyKey, d.key, 'a duplicate carries the same key');
    }
    const status = await sinkStatus('WEBHOOK');
    assert.equal(status.hasSecret, true);
    assert.ok(status.lastSuccessAt);
  } finally {
    await killApiProcess(api);
    await killApiProcess(restarted);
    if (receiver) await new Promise((resolve) => receiver?.close(resolve));
  }
});
