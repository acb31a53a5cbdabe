/** Server settings from the environment, with the embedded defaults `pnpm start` runs on. */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ortThreadsFrom, resolveTeacherSource } from '@destseg/core';
import type { ApiRole } from '@destseg/db';
import { parseApiKeys } from './auth/api-keys.ts';
import { DEFAULT_BATCH_PIXELS } from './inference/model-cache.ts';
import type { JobKind } from './jobs/job-queue.ts';
import { parseJobKinds } from './jobs/job-work.ts';

export interface ApiConfig {
  port: number;
  /** HOST: the interface to bind; undefined lets auth/listen-address.ts decide (logged at start). */
  host: string | undefined;
  dataDir: string;
  /** postgres:// URL; undefined = embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  apiKeys: ReadonlyArray<{ role: ApiRole; key: string }>;
  /** Path or URL of the ResNet18 teacher weights training starts from (core's resolveTeacherSource). */
  teacher: string;
  /** Training runs executing at once (one worker process each). */
  trainingConcurrency: number;
  // --- jobs (scale-out) ---
  /** Job kinds this process works (DESTSEG_JOBS, default train,evaluate,export; 'none' leaves them to workers). */
  workJobs: readonly JobKind[];
  /** A job's claim lapses after this long without a heartbeat (DESTSEG_JOB_HEARTBEAT_SECONDS, min 10). */
  jobHeartbeatSeconds: number;
  /** How long a dead process holds an MES output sink (DESTSEG_OUTBOX_LEASE_SECONDS). */
  outboxLeaseSeconds: number;
  /** Redis for events across processes (REDIS_URL); unset = PostgreSQL (pubsub_events + NOTIFY) on PostgreSQL. */
  redisUrl: string | undefined;
  // --- end jobs ---
  /** Seed the demo category on a first start with an empty database. */
  seedDemo: boolean;
  /**
   * Origin (scheme://host[:port]) of the image and heatmap URLs the API hands out; undefined = the server's
   * own address. Never taken from a request's Host header.
   */
  publicUrl: string | undefined;
  /**
   * Browser origins besides the API's own that may send mutations and open WebSockets in keyless mode
   * (the dashboard's); only loopback origins count there.
   */
  dashboardOrigins: readonly string[];
  /** Introspection queries over HTTP and WebSocket; off when NODE_ENV=production. */
  introspection: boolean;
  limits: ApiLimits;
  inference: InferenceSettings;
}

/** How the API runs a category's model (inference/model-cache.ts). */
export interface InferenceSettings {
  /** Predictor worker threads per model, each with its own session; their passes run side by side. */
  predictorWorkers: number;
  /** onnxruntime intra-op threads per predictor worker. */
  ortThreads: number;
}

/**
 * Sessions of at most 4 threads, as many as fill the cores: one session with every core on a 2- or
 * 4-core machine (the lowest latency for one client), 2 × 3 on 6 cores, 4 × 4 on 16 (concurrent clients
 * run side by side). A heuristic: on 2 cores, 2 × 1 and 1 × 2 give the same throughput (a pass keeps both
 * cores busy); larger machines are not measured yet. DESTSEG_PREDICTOR_WORKERS and DESTSEG_ORT_THREADS
 * override either (docs/PERFORMANCE.md).
 */
export function inferenceSettingsFrom(
  env: NodeJS.ProcessEnv,
  cores = availableParallelism(),
): InferenceSettings {
  const predictorWorkers = intFrom(env, 'DESTSEG_PREDICTOR_WORKERS', Math.max(1, Math.ceil(cores / 4)));
  const ortThreads = ortThreadsFrom(env) ?? Math.max(1, Math.floor(cores / predictorWorkers));
  return { predictorWorkers, ortThreads };
}

export interface ApiLimits {
  maxBodyBytes: number;
  maxImageBytes: number;
  maxImagePixels: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Most lexical tokens in one GraphQL document (checked while parsing). */
  maxQueryTokens: number;
  /** Most aliased fields in one operation, `__typename` included. */
  maxQueryAliases: number;
  /** Most root fields in one mutation operation (`inspect` at most once in any case). */
  maxRootMutations: number;
  /** Most images one forward pass of batched inspections takes. */
  inspectBatchSize: number;
  /** Most model-input pixels (images × size²) in one forward pass (inference/model-cache.ts). */
  inspectBatchPixels: number;
  /** Largest dataset zip createCategoryFromZip takes (the archive itself, before base64). */
  maxDatasetZipBytes: number;
  /** Most bytes a dataset zip may extract to, all entries together (zip bombs stop here). */
  maxDatasetUncompressedBytes: number;
  /** Most entries (files and folders) in a dataset zip. */
  maxDatasetEntries: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got '${raw}'`);
  return value;
}

/** An http(s) origin without a path, e.g. https://inspect.example.com or http://10.0.0.5:4000. */
function originFrom(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an http(s) URL, got '${raw}'`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname.length > 1 || url.search) {
    throw new Error(`${name} must be an http(s) origin without a path, got '${raw}'`);
  }
  return url.origin;
}

/** The dashboard's default origins: the loopback names on DASHBOARD_PORT (3000). */
function dashboardOriginsFrom(env: NodeJS.ProcessEnv): string[] {
  const raw = env.DESTSEG_DASHBOARD_ORIGINS;
  if (raw !== undefined && raw.trim() !== '') {
    return raw
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => originFrom('DESTSEG_DASHBOARD_ORIGINS', part));
  }
  const port = intFrom(env, 'DASHBOARD_PORT', 3000);
  return ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`);
}

/** Room in a request body for the GraphQL document and the other variables beside a base64 upload. */
const BODY_OVERHEAD_BYTES = 64 * 1024;

/**
 * The dataset zip limit: a zip travels base64-encoded inside a GraphQL request (4 bytes per 3), so it is
 * bounded by the body limit; by default it is the largest zip that fits, and a larger one must come with a
 * larger body limit.
 */
function datasetZipLimitFrom(env: NodeJS.ProcessEnv, maxBodyBytes: number): number {
  const fits = Math.max(0, Math.floor(((maxBodyBytes - BODY_OVERHEAD_BYTES) * 3) / 4));
  if (!env.DESTSEG_MAX_DATASET_ZIP_BYTES) return fits;
  const value = intFrom(env, 'DESTSEG_MAX_DATASET_ZIP_BYTES', fits);
  if (value > fits) {
    throw new Error(
      `DESTSEG_MAX_DATASET_ZIP_BYTES (${value}) does not fit in a request of DESTSEG_MAX_BODY_BYTES ` +
        `(${maxBodyBytes}) once base64-encoded: raise DESTSEG_MAX_BODY_BYTES to at least ` +
        `${Math.ceil((value * 4) / 3) + BODY_OVERHEAD_BYTES}`,
    );
  }
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const dataDir = resolve(env.DESTSEG_DATA_DIR ?? './data');
  const maxBodyBytes = intFrom(env, 'DESTSEG_MAX_BODY_BYTES', 16 * 1024 * 1024);
  return {
    port: env.PORT === undefined ? 4000 : Number(env.PORT),
    host: env.HOST || undefined,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    apiKeys: parseApiKeys(env.DESTSEG_API_KEYS ?? ''),
    teacher: resolveTeacherSource(undefined, env),
    trainingConcurrency: intFrom(env, 'DESTSEG_TRAINING_CONCURRENCY', 1),
    workJobs: parseJobKinds(env.DESTSEG_JOBS ?? 'train,evaluate,export'),
    jobHeartbeatSeconds: Math.max(10, intFrom(env, 'DESTSEG_JOB_HEARTBEAT_SECONDS', 30)),
    outboxLeaseSeconds: intFrom(env, 'DESTSEG_OUTBOX_LEASE_SECONDS', 30),
    redisUrl: env.REDIS_URL || undefined,
    seedDemo: env.DESTSEG_SEED_DEMO !== '0',
    publicUrl: env.DESTSEG_PUBLIC_URL ? originFrom('DESTSEG_PUBLIC_URL', env.DESTSEG_PUBLIC_URL) : undefined,
    dashboardOrigins: dashboardOriginsFrom(env),
    introspection: env.NODE_ENV !== 'production',
    inference: inferenceSettingsFrom(env),
    limits: {
      maxBodyBytes,
      maxImageBytes: intFrom(env, 'DESTSEG_MAX_IMAGE_BYTES', 10 * 1024 * 1024),
      maxImagePixels: intFrom(env, 'DESTSEG_MAX_IMAGE_PIXELS', 16 * 1024 * 1024),
      maxQueryDepth: intFrom(env, 'DESTSEG_MAX_QUERY_DEPTH', 10),
      maxQueryCost: intFrom(env, 'DESTSEG_MAX_QUERY_COST', 5000),
      maxQueryTokens: intFrom(env, 'DESTSEG_MAX_QUERY_TOKENS', 2000),
      maxQueryAliases: intFrom(env, 'DESTSEG_MAX_QUERY_ALIASES', 15),
      maxRootMutations: intFrom(env, 'DESTSEG_MAX_ROOT_MUTATIONS', 5),
      inspectBatchSize: intFrom(env, 'DESTSEG_INSPECT_BATCH', 16),
      inspectBatchPixels: intFrom(env, 'DESTSEG_INSPECT_BATCH_PIXELS', DEFAULT_BATCH_PIXELS),
      maxDatasetZipBytes: datasetZipLimitFrom(env, maxBodyBytes),
      maxDatasetUncompressedBytes: intFrom(env, 'DESTSEG_MAX_DATASET_UNCOMPRESSED_BYTES', 512 * 1024 * 1024),
      maxDatasetEntries: intFrom(env, 'DESTSEG_MAX_DATASET_ENTRIES', 10_000),
    },
  };
}
