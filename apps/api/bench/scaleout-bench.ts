/**
 * `pnpm bench:scaleout`: the scale-out numbers of issue #13 on one PostgreSQL database.
 *
 * 1. Throughput: inspections/s through 1, 2 and 4 API processes (each process is one inference process;
 *    DESTSEG_JOBS=none), with BENCH_CLIENTS_PER_PROCESS concurrent clients per process, round-robin.
 * 2. Delivery delay, from the inspection row's commit (its created_at) to: a GraphQL subscriber
 *    (inspectionCreated) on another API instance, an MQTT subscriber (local Mosquitto) and a webhook
 *    receiver; p50 and p99 over the 4-process burst.
 *
 * A tiny model is trained first by an in-process API (DESTSEG_TEACHER must point at the teacher weights).
 * Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres) and an MQTT
 * broker (BENCH_MQTT_URL, default mqtt://127.0.0.1:1883). Everything it creates (temp database, data dir,
 * processes) is removed at the end. Not a test: numbers only.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeCategory } from '@destseg/core';
import { createTempPostgres } from '@destseg/db/testing';
import { createClient } from 'graphql-ws';
import mqtt from 'mqtt';
import WebSocket from 'ws';
import { configFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { startServer } from '../src/server.ts';
import { type ApiProcess, spawnApiProcess, stopApiProcess } from '../test/support/api-process.ts';
import { gqlData } from '../test/support/graphql-client.ts';
import { absoluteTeacherPath } from './teacher-path.ts';

absoluteTeacherPath();

// biome-ignore lint/suspicious/noExplicitAny: responses are read by path; the bench has no operation types.
type Json = Record<string, any>;

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 48);
const CLIENTS_PER_PROCESS = Number(process.env.BENCH_CLIENTS_PER_PROCESS ?? 2);
const SIZE = Number(process.env.BENCH_IMAGE_SIZE ?? 32);
const PROCESS_COUNTS = [1, 2, 4];
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MQTT_URL = process.env.BENCH_MQTT_URL ?? 'mqtt://127.0.0.1:1883';
const INSPECT = `mutation($i: InspectInput!) { inspect(input: $i) { inspection { id } userErrors { code } } }`;

function percentiles(values: number[]): { p50: number; p99: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { p50: at(50), p99: at(99), n: sorted.length };
}

/** One API process on the bench database that works no jobs: an inference process. */
function spawnApi(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  return spawnApiProcess({ ...env, DESTSEG_JOBS: 'none', DESTSEG_SEED_DEMO: '0' });
}

const database = await createTempPostgres(POSTGRES_URL, 'destseg_bench');
const dataDir = await mkdtemp(join(tmpdir(), 'destseg-bench-scaleout-'));
const apis: ApiProcess[] = [];
const closers: Array<() => Promise<void> | void> = [];
try {
  const datasetPath = join(dataDir, 'datasets', 'bench');
  await synthesizeCategory({ outDir: datasetPath, seed: 1, size: SIZE, train: 8, testGood: 4, testBad: 3 });
  const processEnv = {
    DATABASE_URL: database.url,
    DESTSEG_DATA_DIR: dataDir,
  };

  // --- setup: category, a tiny model, every inspection a defect, both sinks -------------------------------
  const webhookArrivals: Array<{ key: string; at: number; createdAt: string }> = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const message = JSON.parse(body) as { createdAt: string };
      webhookArrivals.push({
        key: String(req.headers['idempotency-key']),
        at: Date.now(),
        createdAt: message.createdAt,
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
  const topicRoot = `destseg-bench/${randomUUID()}`;
  const mqttArrivals: Array<{ at: number; createdAt: string }> = [];
  const subscriber = await mqtt.connectAsync(MQTT_URL);
  closers.push(() => subscriber.endAsync());
  await subscriber.subscribeAsync(`${topicRoot}/#`, { qos: 1 });
  subscriber.on('message', (_topic, payload, packet) => {
    if (packet.retain || payload.length === 0) return;
    mqttArrivals.push({
      at: Date.now(),
      createdAt: (JSON.parse(payload.toString()) as { createdAt: string }).createdAt,
    });
  });

  const setup = await startServer(
    {
      ...configFromEnv(),
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: database.url,
      apiKeys: [],
      seedDemo: false,
      workJobs: ['train'],
    },
    createLogger('warn'),
  );
  try {
    await gqlData(
      setup.url,
      'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }',
      {
        i: { name: 'bench', datasetPath, imageSize: SIZE },
      },
    );
    await gqlData(
      setup.url,
      'mutation { startTrainingRun(input: { category: "bench", params: { steps: 2, stage1Steps: 1, batchSize: 4 } }) { run { id } } }',
    );
    for (;;) {
      const data = await gqlData(
        setup.url,
        '{ trainingRuns(first: 1) { edges { node { status errorMessage } } } }',
      );
      const node = data.trainingRuns.edges[0].node;
      if (node.status === 'SUCCEEDED') break;
      if (node.status === 'FAILED') throw new Error(node.errorMessage);
      await new Promise((r) => setTimeout(r, 1000));
    }
    await gqlData(
      setup.url,
      'mutation { setThreshold(input: { category: "bench", method: FIXED, value: 0, reason: "bench" }) { userErrors { code } } }',
    );
    const sink = `mutation($i: SetOutputSinkInput!) { setOutputSink(input: $i) { userErrors { code field } } }`;
    const port = (receiver.address() as AddressInfo).port;
    await gqlData(setup.url, sink, {
      i: {
        category: 'bench',
        kind: 'MQTT',
        url: MQTT_URL,
        topicTemplate: `${topicRoot}/<category>/<station>`,
      },
    });
    await gqlData(setup.url, sink, {
      i: { category: 'bench', kind: 'WEBHOOK', url: `http://127.0.0.1:${port}/hook`, secret: 'bench' },
    });
  } finally {
    await setup.close();
  }

  // --- inference processes -----------------------------------------------------------------------------
  const max = Math.max(...PROCESS_COUNTS);
  // One more instance only subscribes: the "other instance" of the delay measurement.
  for (let i = 0; i <= max; i++) apis.push(await spawnApi(processEnv));
  const listener = apis[max] as ApiProcess;
  const imageBase64 = (await readFile(join(datasetPath, 'test', 'scratch', '000.png'))).toString('base64');
  // Loads the model in every inference process before any timing.
  for (const api of apis.slice(0, max))
    await gqlData(api.url, INSPECT, { i: { category: 'bench', imageBase64 } });

  const subscriberArrivals = new Map<string, { at: number; createdAt: string }>();
  const ws = createClient({
    url: listener.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  closers.push(() => ws.dispose());
  await new Promise<void>((resolve, reject) => {
    ws.subscribe<Json>(
      { query: 'subscription { inspectionCreated(category: "bench") { id createdAt } }' },
      {
        next: (msg) => {
          const row = msg.data?.inspectionCreated;
          if (row) subscriberArrivals.set(row.id, { at: Date.now(), createdAt: row.createdAt });
        },
        error: reject,
        complete: () => {},
      },
    );
    ws.on('connected', () => setTimeout(resolve, 500));
  });

  const throughput: Array<{
    processes: number;
    clients: number;
    perSecond: number;
    p50: number;
    p99: number;
  }> = [];
  let lastBurstIds: string[] = [];
  for (const processes of PROCESS_COUNTS) {
    const targets = apis.slice(0, processes);
    const clients = processes * CLIENTS_PER_PROCESS;
    const perClient = Math.ceil(REQUESTS / clients);
    const times: number[] = [];
    const ids: string[] = [];
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        const target = targets[c % processes] as ApiProcess;
        for (let i = 0; i < perClient; i++) {
          const t = performance.now();
          const data = await gqlData(target.url, INSPECT, {
            i: { category: 'bench', imageBase64, stationId: `S-${c}` },
          });
          if (data.inspect.userErrors.length) throw new Error(JSON.stringify(data.inspect.userErrors));
          ids.push(data.inspect.inspection.id);
          times.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    throughput.push({ processes, clients, perSecond: times.length / seconds, ...percentiles(times) });
    lastBurstIds = ids;
  }

  // Let the last deliveries arrive (the outbox polls every 500 ms when idle).
  const expected = throughput.reduce((sum, row) => sum + Math.ceil(REQUESTS / row.clients) * row.clients, 0);
  const deadline = Date.now() + 60_000;
  while (
    Date.now() < deadline &&
    (new Set(webhookArrivals.map((a) => a.key)).size < expected + max || mqttArrivals.length < expected + max)
  ) {
    await new Promise((r) => setTimeout(r, 250));
  }

  // Delays of the 4-process burst only (the others ran with fewer processes).
  const lastSet = new Set(lastBurstIds);
  const delay = (arrival: { at: number; createdAt: string }) => arrival.at - Date.parse(arrival.createdAt);
  const subscriberDelays = [...subscriberArrivals].filter(([id]) => lastSet.has(id)).map(([, a]) => delay(a));
  const lastCreated = new Set(
    [...subscriberArrivals].filter(([id]) => lastSet.has(id)).map(([, a]) => a.createdAt),
  );
  const mqttDelays = mqttArrivals.filter((a) => lastCreated.has(a.createdAt)).map(delay);
  const webhookDelays = webhookArrivals.filter((a) => lastCreated.has(a.createdAt)).map(delay);

  const f = (v: number) => v.toFixed(1);
  console.log(
    `${SIZE} px model and images, ${REQUESTS} inspections per row, ${CLIENTS_PER_PROCESS} clients per process, ` +
      `${cpus().length} CPU cores on this machine, engine ${process.env.DESTSEG_INFERENCE_ENGINE ?? 'ort'}`,
  );
  console.log('\n| inference processes | clients | inspections/s | request p50 ms | request p99 ms |');
  console.log('|---|---|---|---|---|');
  for (const row of throughput) {
    console.log(
      `| ${row.processes} | ${row.clients} | ${f(row.perSecond)} | ${f(row.p50)} | ${f(row.p99)} |`,
    );
  }
  console.log(`\ncommit → receiver delay over the ${max}-process burst (created_at of the row to arrival):`);
  console.log('| receiver | messages | p50 ms | p99 ms |');
  console.log('|---|---|---|---|');
  for (const [name, values] of [
    ['GraphQL subscriber on another API instance', subscriberDelays],
    ['MQTT subscriber (QoS 1)', mqttDelays],
    ['webhook receiver', webhookDelays],
  ] as const) {
    const p = percentiles(values);
    console.log(`| ${name} | ${p.n} | ${f(p.p50)} | ${f(p.p99)} |`);
  }
} finally {
  for (const api of apis) await stopApiProcess(api).catch(() => {});
  for (const close of closers.reverse()) await Promise.resolve(close()).catch(() => {});
  await database.drop().catch(() => {});
  await rm(dataDir, { recursive: true, force: true });
}
