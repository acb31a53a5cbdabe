/**
 * `pnpm --filter @destseg/api bench`: inspect latency (p50/p99) through the API at 1 and 16 concurrent
 * clients, against bare @destseg/core inference (Inspector.predict on one image) on the same backend.
 * Trains a tiny model first (DESTSEG_TEACHER must point at the teacher weights). Not a test: numbers only.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeImage, Inspector, selectBackend, synthesizeCategory } from '@destseg/core';
import { configFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { startServer } from '../src/server.ts';

// biome-ignore lint/suspicious/noExplicitAny: responses are read by path; the bench has no operation types.
type Json = Record<string, any>;

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 64);
const SIZE = Number(process.env.BENCH_IMAGE_SIZE ?? 64);

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
    'mutation { startTrainingRun(input: { category: "bench", params: { steps: 2, stage1Steps: 1, batchSize: 2 } }) { run { id } } }',
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

  const results: Record<string, { p50: number; p99: number }> = {};
  for (const clients of [1, 16]) {
    const times: number[] = [];
    const perClient = Math.ceil(REQUESTS / clients);
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let i = 0; i < perClient; i++) {
          const t0 = performance.now();
          const res = await post(server.url, inspect, { i: { category: 'bench', imageBase64 } });
          if (res.data?.inspect.userErrors.length)
            throw new Error(JSON.stringify(res.data.inspect.userErrors));
          times.push(performance.now() - t0);
        }
      }),
    );
    results[`api, ${clients} client${clients > 1 ? 's' : ''}`] = summary(times);
  }

  const model = (await server.services.models.active(1))?.checkpointPath as string;
  const inspector = await Inspector.load(model, { batchSize: 1 });
  const image = await decodeImage(bytes);
  await inspector.predict([image]);
  const bare: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await inspector.predict([image]);
    bare.push(performance.now() - t0);
  }
  inspector.dispose();
  results['bare core predict'] = summary(bare);

  const base = results['bare core predict'].p50;
  console.log(`backend ${backend.name}, ${SIZE} px model and image, ${REQUESTS} requests per row`);
  console.log('| path | p50 ms | p99 ms | p50 / bare p50 |\n|---|---|---|---|');
  for (const [name, r] of Object.entries(results)) {
    console.log(`| ${name} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${(r.p50 / base).toFixed(2)} |`);
  }
} finally {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
}
