/**
 * `pnpm --filter @destseg/api bench`: inspections through the API as an MES client sees them, against bare
 * @destseg/core inference on the same engine (onnxruntime unless DESTSEG_INFERENCE_ENGINE=tfjs).
 *
 * The API runs as its own process (src/main.ts on the embedded PGlite database), as in production; this
 * process is its clients, and runs the bare inference in turn with the 1-client requests. A first API process trains a tiny model and is stopped; a second one starts
 * as a restart would (the active model loaded at start) and is measured:
 * - 1, 8 and 20 concurrent clients, then 4 concurrent 4096×4096 uploads: images/s, request p50/p99;
 * - during each burst, the API's event-loop delay p99 (its GET /metrics, read and reset by each scrape) and,
 *   but in the 1-client burst, the worst answer time of GET /health, polled every 50 ms;
 * - the API's mean time per inspection phase (read, decode, predict, files, store) in the 1-client burst;
 * - the API process's CPU time (all its threads, and its main thread alone) per inspection and its cores busy
 *   in each burst; for the bare passes, this process's (the pass is all it does then); and the cores this
 *   process's clients keep busy themselves (they share the machine with the API); the inspections per
 *   forward pass (concurrent ones share a pass: InspectBatcher);
 * - the API process's resident memory (VmRSS) before the bursts, right after, and after its pools idled.
 * BENCH_POSTGRES_URL (an admin URL) runs the API on a temporary PostgreSQL database instead of the
 * embedded PGlite, whose engine runs on the API's thread. DESTSEG_TEACHER must point at the teacher weights; BENCH_IMAGE_SIZE (64) sets the model and image size,
 * BENCH_REQUESTS (64) the requests per row, BENCH_TRAIN_BATCH (4) the tiny training's batch (2 at 256 px:
 * a batch of 4 needs more than the 2 GB the wasm backend can address), BENCH_CLIENTS (1,8,20) the bursts'
 * client counts (1 must be among them: the bare passes run with it), BENCH_LARGE_UPLOADS=off leaves out
 * the 4096×4096 burst. Not a test: numbers only.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { decodeImage, encodePng, loadPredictor, parseEngine, synthesizeCategory } from '@destseg/core';
import { createTempPostgres } from '@destseg/db/testing';
import { type ApiProcess, spawnApiProcess, stopApiProcess } from '../test/support/api-process.ts';
import { gqlData } from '../test/support/graphql-client.ts';
import { absoluteTeacherPath } from './teacher-path.ts';

absoluteTeacherPath();

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 64);
const SIZE = Number(process.env.BENCH_IMAGE_SIZE ?? 64);
const TRAIN_BATCH = Number(process.env.BENCH_TRAIN_BATCH ?? 4);
const CLIENTS = (process.env.BENCH_CLIENTS ?? '1,8,20').split(',').map(Number);
if (!CLIENTS.includes(1) || CLIENTS.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`BENCH_CLIENTS must be client counts that include 1, got '${process.env.BENCH_CLIENTS}'`);
const LARGE_UPLOADS = process.env.BENCH_LARGE_UPLOADS !== 'off';
const ENGINE = parseEngine();
const INSPECT =
  'mutation($i: InspectInput!) { inspect(input: $i) { inspection { score } userErrors { code message } } }';
const PHASES = ['read', 'decode', 'predict', 'files', 'store'] as const;

interface Row {
  p50: number;
  p99: number;
  imagesPerSecond: number;
  loopDelayP99Ms: number | null;
  healthMaxMs: number | null;
  /** The API process's CPU time (every thread) per inspection, and that over the burst's time: cores busy. */
  cpuMsPerImage: number | null;
  coresBusy: number | null;
  /** The API's main thread's CPU time per inspection (the event loop and, on PGlite, the database engine). */
  mainCpuMsPerImage: number | null;
  /** This process's cores busy over the burst: the clients' own work, on the same machine as the API. */
  clientCoresBusy: number | null;
  /** Inspections per forward pass in the API (its destseg_inspect_pass_images histogram over the burst). */
  imagesPerPass: number | null;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** The resident memory of a process (Linux), threads included. */
async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) * 1024;
}

/**
 * The CPU time (user and system, ms) used so far by a process (Linux: every thread) and by its main thread
 * alone (the event loop, with the embedded database's engine on it).
 */
async function cpuMsOf(pid: number): Promise<{ all: number; main: number }> {
  const [all, main] = await Promise.all([`/proc/${pid}/stat`, `/proc/${pid}/task/${pid}/stat`].map(readStat));
  return { all: all as number, main: main as number };
}

async function readStat(path: string): Promise<number> {
  const stat = await readFile(path, 'utf8');
  // The fields after the command (in parentheses, which may hold spaces): utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
const CLOCK_TICKS = 100; // USER_HZ, 100 on Linux

/** One Prometheus sample's value from an exposition text (`name{labels} value`). */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`no ${name} in /metrics`);
  return Number(line.slice(name.length + 1));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function summary(ms: number[]): { p50: number; p99: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** The run directory the training wrote (the one holding latest.json, the pointer to its model). */
async function runDirUnder(dataDir: string): Promise<string> {
  const files = await readdir(dataDir, { recursive: true });
  const pointer = files.find((f) => f.endsWith('/latest.json'));
  if (!pointer) throw new Error(`no trained run under ${dataDir}`);
  return dirname(join(dataDir, pointer));
}

const dataDir = await mkdtemp(join(tmpdir(), 'destseg-bench-'));
const datasetPath = join(dataDir, 'dataset');
await synthesizeCategory({ outDir: datasetPath, seed: 1, size: SIZE, train: 8, testGood: 4, testBad: 3 });
const postgres = process.env.BENCH_POSTGRES_URL
  ? await createTempPostgres(process.env.BENCH_POSTGRES_URL, 'destseg_bench')
  : undefined;
const apiEnv = {
  DESTSEG_DATA_DIR: dataDir,
  DATABASE_URL: postgres?.url ?? '',
  DESTSEG_SEED_DEMO: '0',
};
let api: ApiProcess | undefined;
try {
  // --- a tiny model, trained by a first API process -------------------------------------------------------
  api = await spawnApiProcess(apiEnv);
  const created = await gqlData(
    api.url,
    'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code message } } }',
    { i: { name: 'bench', datasetPath, imageSize: SIZE } },
  );
  if (created.createCategory.userErrors.length > 0) throw new Error(JSON.stringify(created.createCategory));
  await gqlData(
    api.url,
    'mutation($b: Int!) { startTrainingRun(input: { category: "bench", params: { steps: 2, stage1Steps: 1, batchSize: $b } }) { run { id } } }',
    { b: TRAIN_BATCH },
  );
  // The run's model is evaluated by a job after training: wait for it too, so that nothing but the
  // bench's requests runs while the second process is measured.
  for (;;) {
    const data = await gqlData(
      api.url,
      '{ trainingRuns(first: 1) { edges { node { status errorMessage model { latestEvaluation { id } } } } } }',
    );
    const node = data.trainingRuns.edges[0].node;
    if (node.status === 'SUCCEEDED' && node.model?.latestEvaluation) break;
    if (node.status === 'FAILED') throw new Error(node.errorMessage);
    await new Promise((r) => setTimeout(r, 1000));
  }
  await stopApiProcess(api);

  // --- the measured API process: started as after a restart ------------------------------------------------
  api = await spawnApiProcess(apiEnv);
  const { url } = api;
  const pid = api.child.pid as number;
  const healthUrl = url.replace(/\/graphql$/, '/health');
  const metricsUrl = url.replace(/\/graphql$/, '/metrics');
  const scrape = () => fetch(metricsUrl).then((r) => r.text());
  const bytes = await readFile(join(datasetPath, 'test', 'scratch', '000.png'));
  const imageBase64 = bytes.toString('base64');
  const inspect = async (body: string) => {
    const data = await gqlData(url, INSPECT, { i: { category: 'bench', imageBase64: body } });
    if (!data.inspect.inspection) throw new Error(JSON.stringify(data.inspect.userErrors));
  };
  for (let i = 0; i < 4; i++) await inspect(imageBase64); // warm: pool threads, first runs

  // Bare inference on the same model in this process, run in turn with the 1-client requests, so that
  // both see the same machine load (a loaded 2-core box slows a 2-thread forward pass a lot).
  const predictor = await loadPredictor(await runDirUnder(dataDir), {
    engine: ENGINE,
    batchSize: 1,
    log: () => {},
  });
  const image = await decodeImage(bytes);
  for (let i = 0; i < 4; i++) await predictor.predict([image]);
  const bare: number[] = [];
  let bareCpuMs = 0;
  const barePredict = async () => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await predictor.predict([image]);
    bare.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    bareCpuMs += (cpu.user + cpu.system) / 1000;
  };

  const rssBefore = await rssOf(pid);
  const results: Record<string, Row> = {};
  let phaseMs: Record<string, number> = {};
  const burst = async (
    name: string,
    clients: number,
    perClient: number,
    body: string,
    beforeEach?: () => Promise<void>,
  ) => {
    const times: number[] = [];
    let asideMs = 0;
    const before = await scrape(); // resets the event-loop histogram
    let healthMax = 0;
    let done = false;
    // Not while bare passes run in turn with the requests (the 1-client burst): a pass blocks this
    // process's event loop (onnxruntime's run is synchronous), so the probe would load the API during its
    // requests and not during the bare passes, and the two would not be compared under the same load.
    const probe = beforeEach
      ? undefined
      : (async () => {
          while (!done) {
            const t0 = performance.now();
            await fetch(healthUrl).then((r) => r.arrayBuffer());
            healthMax = Math.max(healthMax, performance.now() - t0);
            await new Promise((r) => setTimeout(r, 50));
          }
        })();
    const cpuBefore = await cpuMsOf(pid);
    const clientCpu0 = process.cpuUsage();
    const bareCpuBefore = bareCpuMs;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let i = 0; i < perClient; i++) {
          if (beforeEach) {
            const t0 = performance.now();
            await beforeEach();
            asideMs += performance.now() - t0;
          }
          const t0 = performance.now();
          await inspect(body);
          times.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - t0 - asideMs) / 1000;
    const cpuAfter = await cpuMsOf(pid);
    const cpuMs = cpuAfter.all - cpuBefore.all;
    const clientCpu = process.cpuUsage(clientCpu0);
    // The bare passes run in this process between the 1-client requests: they are not the clients' work.
    const clientCpuMs = (clientCpu.user + clientCpu.system) / 1000 - (bareCpuMs - bareCpuBefore);
    done = true;
    await probe;
    const after = await scrape();
    results[name] = {
      ...summary(times),
      imagesPerSecond: times.length / seconds,
      loopDelayP99Ms: sample(after, 'nodejs_eventloop_lag_p99_seconds') * 1000,
      healthMaxMs: probe ? healthMax : null,
      cpuMsPerImage: cpuMs / times.length,
      coresBusy: cpuMs / 1000 / seconds,
      mainCpuMsPerImage: (cpuAfter.main - cpuBefore.main) / times.length,
      clientCoresBusy: clientCpuMs / 1000 / seconds,
      imagesPerPass:
        (sample(after, 'destseg_inspect_pass_images_sum') -
          sample(before, 'destseg_inspect_pass_images_sum')) /
        (sample(after, 'destseg_inspect_pass_images_count') -
          sample(before, 'destseg_inspect_pass_images_count')),
    };
    if (clients === 1) {
      const mean = (phase: string) => {
        const key = `destseg_inspect_phase_seconds_%s{phase="${phase}"}`;
        const sum = sample(after, key.replace('%s', 'sum')) - sample(before, key.replace('%s', 'sum'));
        const count = sample(after, key.replace('%s', 'count')) - sample(before, key.replace('%s', 'count'));
        return (sum / count) * 1000;
      };
      phaseMs = Object.fromEntries(PHASES.map((phase) => [phase, mean(phase)]));
    }
  };
  for (const clients of CLIENTS) {
    await burst(
      `api, ${clients} client${clients > 1 ? 's' : ''}`,
      clients,
      Math.ceil(REQUESTS / clients),
      imageBase64,
      clients === 1 ? barePredict : undefined,
    );
  }
  if (LARGE_UPLOADS) {
    // A 4096×4096 upload (inside the 16 Mpx limit) compresses to a few tens of KB: four of them at once.
    const large = await encodePng({
      width: 4096,
      height: 4096,
      data: new Uint8Array(4096 * 4096 * 3).fill(124),
    });
    await burst('api, 4 concurrent 4096² uploads', 4, 1, large.toString('base64'));
  }
  const rssAfter = await rssOf(pid);
  // The pixel pool's workers exit after 10 s idle and give their memory back.
  await new Promise((r) => setTimeout(r, 15_000));
  const rssIdle = await rssOf(pid);
  await stopApiProcess(api);
  api = undefined;

  const bareName = `bare core predict (${predictor.engine})`;
  results[bareName] = {
    ...summary(bare),
    imagesPerSecond: bare.length / (bare.reduce((a, b) => a + b, 0) / 1000),
    loopDelayP99Ms: null,
    healthMaxMs: null,
    cpuMsPerImage: bareCpuMs / bare.length,
    coresBusy: bareCpuMs / bare.reduce((a, b) => a + b, 0),
    mainCpuMsPerImage: null,
    clientCoresBusy: null,
    imagesPerPass: 1,
  };
  await predictor.dispose();

  const base = results[bareName]?.p50 as number;
  const cell = (v: number | null) => (v === null ? '–' : v.toFixed(1));
  const cores = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  console.log(
    `engine ${ENGINE}, ${SIZE} px model and image, ${REQUESTS} requests per row, database ${postgres ? 'PostgreSQL' : 'PGlite (embedded)'}; API process RSS ` +
      `${mb(rssBefore)} MB before the bursts, ${mb(rssAfter)} MB right after, ${mb(rssIdle)} MB 15 s later ` +
      `(${rssIdle - rssBefore >= 0 ? '+' : ''}${mb(rssIdle - rssBefore)} MB)`,
  );
  console.log(
    '| path | images/s | p50 ms | p99 ms | p50 / bare p50 | event-loop delay p99 ms | /health max ms | API CPU ms / image | API main thread CPU ms / image | API cores busy | bench clients cores busy | images per pass |\n|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `| ${name} | ${r.imagesPerSecond.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${(r.p50 / base).toFixed(2)} | ${cell(r.loopDelayP99Ms)} | ${cell(r.healthMaxMs)} | ${cell(r.cpuMsPerImage)} | ${cell(r.mainCpuMsPerImage)} | ${cores(r.coresBusy)} | ${cores(r.clientCoresBusy)} | ${cores(r.imagesPerPass)} |`,
    );
  }
  console.log(
    `\nAPI time per inspection phase, 1-client burst (mean ms): ${PHASES.map((p) => `${p} ${phaseMs[p]?.toFixed(1)}`).join(', ')}`,
  );
} finally {
  if (api) await stopApiProcess(api);
  await rm(dataDir, { recursive: true, force: true });
  await postgres?.drop();
}
