/**
 * `pnpm --filter @destseg/api bench`: inspections through the API at 1, 8 and 20 concurrent clients, then
 * 4 concurrent 4096×4096 uploads (images/s, p50/p99, the event loop's delay p99 and /health's worst answer
 * during each burst; RSS before, right after, and after the pools went idle), against bare @destseg/core
 * inference on the same engine (onnxruntime unless DESTSEG_INFERENCE_ENGINE=tfjs). Trains a tiny model
 * first (DESTSEG_TEACHER must point at the teacher weights); BENCH_IMAGE_SIZE (64) sets the model and image
 * size. Not a test: numbers only.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  decodeImage,
  encodePng,
  loadPredictor,
  parseEngine,
  selectBackend,
  synthesizeCategory,
} from '@destseg/core';
import { configFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { startServer } from '../src/server.ts';

// biome-ignore lint/suspicious/noExplicitAny: responses are read by path; the bench has no operation types.
type Json = Record<string, any>;

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 64);
const SIZE = Number(process.env.BENCH_IMAGE_SIZE ?? 64);
const ENGINE = parseEngine();

interface Row {
  p50: number;
  p99: number;
  imagesPerSecond: number;
  loopDelayP99Ms: number | null;
  healthMaxMs: number | null;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Runs `burst` while sampling the event loop's delay and /health's answer time every 50 ms. */
async function observed<T>(healthUrl: string, burst: () => Promise<T>) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let healthMax = 0;
  let done = false;
  const probe = (async () => {
    while (!done) {
      const t0 = performance.now();
      await fetch(healthUrl).then((r) => r.arrayBuffer());
      healthMax = Math.max(healthMax, performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const result = await burst();
  done = true;
  await probe;
  loop.disable();
  return { result, loopDelayP99Ms: loop.percentile(99) / 1e6, healthMaxMs: healthMax };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function summary(ms: number[]): { p50: number; p99: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

async function post(url: string, query: string, variables: object): Promise<Json> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Json;
}

const backend = await selectBackend();
const dataDir = await mkdtemp(join(tmpdir(), 'destseg-bench-'));
const datasetPath = join(dataDir, 'dataset');
await synthesizeCategory({ outDir: datasetPath, seed: 1, size: SIZE, train: 8, testGood: 4, testBad: 3 });
const server = await startServer(
  { ...configFromEnv(), port: 0, dataDir, databaseUrl: undefined, apiKeys: [], seedDemo: false },
  createLogger('silent'),
);
try {
  await post(
    server.url,
    'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }',
    {
      i: { name: 'bench', datasetPath, imageSize: SIZE },
    },
  );
  await post(
    server.url,
    'mutation { startTrainingRun(input: { category: "bench", params: { steps: 2, stage1Steps: 1, batchSize: 4 } }) { run { id } } }',
    {},
  );
  for (;;) {
    const res = await post(
      server.url,
      '{ trainingRuns(first: 1) { edges { node { status errorMessage } } } }',
      {},
    );
    const status = res.data.trainingRuns.edges[0].node.status;
    if (status === 'SUCCEEDED') break;
    if (status === 'FAILED') throw new Error(res.data.trainingRuns.edges[0].node.errorMessage);
    await new Promise((r) => setTimeout(r, 1000));
  }
  const bytes = await readFile(join(datasetPath, 'test', 'scratch', '000.png'));
  const imageBase64 = bytes.toString('base64');
  const inspect =
    'mutation($i: InspectInput!) { inspect(input: $i) { inspection { score } userErrors { code } } }';
  await post(server.url, inspect, { i: { category: 'bench', imageBase64 } }); // loads the model

  const healthUrl = server.url.replace(/\/graphql$/, '/health');
  const rssBefore = process.memoryUsage().rss;
  const results: Record<string, Row> = {};
  const burst = async (name: string, clients: number, perClient: number, body: string) => {
    const times: number[] = [];
    const t0 = performance.now();
    const { loopDelayP99Ms, healthMaxMs } = await observed(healthUrl, () =>
      Promise.all(
        Array.from({ length: clients }, async () => {
          for (let i = 0; i < perClient; i++) {
            const t0 = performance.now();
            const res = await post(server.url, inspect, { i: { category: 'bench', imageBase64: body } });
            if (!res.data?.inspect.inspection) throw new Error(JSON.stringify(res));
            times.push(performance.now() - t0);
          }
        }),
      ),
    );
    const seconds = (performance.now() - t0) / 1000;
    results[name] = {
      ...summary(times),
      imagesPerSecond: times.length / seconds,
      loopDelayP99Ms,
      healthMaxMs,
    };
  };
  for (const clients of [1, 8, 20]) {
    await burst(
      `api, ${clients} client${clients > 1 ? 's' : ''}`,
      clients,
      Math.ceil(REQUESTS / clients),
      imageBase64,
    );
  }
  // A 4096×4096 upload (inside the 16 Mpx limit) compresses to a few tens of KB: four of them at once.
  const large = await encodePng({
    width: 4096,
    height: 4096,
    data: new Uint8Array(4096 * 4096 * 3).fill(124),
  });
  await burst('api, 4 concurrent 4096² uploads', 4, 1, large.toString('base64'));
  const rssAfter = process.memoryUsage().rss;
  // The render pool's workers exit after 10 s idle; give the allocator a moment and a GC to hand pages back.
  await new Promise((r) => setTimeout(r, 15_000));
  (globalThis as { gc?: () => void }).gc?.();
  const rssIdle = process.memoryUsage().rss;

  const model = (await server.services.models.active(1))?.checkpointPath as string;
  const predictor = await loadPredictor(model, { engine: ENGINE, batchSize: 1, log: () => {} });
  const image = await decodeImage(bytes);
  await predictor.predict([image]);
  const bare: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await predictor.predict([image]);
    bare.push(performance.now() - t0);
  }
  const bareSeconds = (performance.now() - t0) / 1000;
  await predictor.dispose();
  results[`bare core predict (${predictor.engine})`] = {
    ...summary(bare),
    imagesPerSecond: REQUESTS / bareSeconds,
    loopDelayP99Ms: null,
    healthMaxMs: null,
  };

  const base = results[`bare core predict (${predictor.engine})`]?.p50 as number;
  const cell = (v: number | null) => (v === null ? '–' : v.toFixed(1));
  console.log(
    `engine ${ENGINE} (TF.js backend ${backend.name}), ${SIZE} px model and image, ${REQUESTS} requests per row; ` +
      `RSS ${mb(rssBefore)} MB before the bursts, ${mb(rssAfter)} MB right after, ${mb(rssIdle)} MB 15 s later`,
  );
  console.log(
    '| path | images/s | p50 ms | p99 ms | p50 / bare p50 | event-loop delay p99 ms | /health max ms |\n|---|---|---|---|---|---|---|',
  );
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `| ${name} | ${r.imagesPerSecond.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${(r.p50 / base).toFixed(2)} | ${cell(r.loopDelayP99Ms)} | ${cell(r.healthMaxMs)} |`,
    );
  }
} finally {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
}
