/** Server settings from the environment, with the embedded defaults `pnpm start` runs on. */
import { resolve } from 'node:path';
import { PUBLIC_TEACHER_URL } from '@destseg/core';
import type { ApiRole } from '@destseg/db';
import { parseApiKeys } from './auth/api-keys.ts';
import type { JobKind } from './jobs/job-queue.ts';
import { parseJobKinds } from './jobs/job-work.ts';

export interface ApiConfig {
  port: number;
  /** Interface to bind; forced to localhost when no API key exists. */
  host: string;
  dataDir: string;
  /** postgres:// URL; undefined = embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  apiKeys: ReadonlyArray<{ role: ApiRole; key: string }>;
  /** Path or URL of the ResNet18 teacher weights training starts from. */
  teacher: string;
  /** Training runs executing at once (one worker process each). */
  trainingConcurrency: number;
  // --- jobs (scale-out) ---
  /** Job kinds this process works (DESTSEG_JOBS, default train,evaluate; 'none' leaves them to workers). */
  workJobs: readonly JobKind[];
  /** A job's claim lapses after this long without a heartbeat (DESTSEG_JOB_HEARTBEAT_SECONDS, min 10). */
  jobHeartbeatSeconds: number;
  /** How long a dead process holds an MES output sink (DESTSEG_OUTBOX_LEASE_SECONDS). */
  outboxLeaseSeconds: number;
  /** Redis for events across processes (REDIS_URL); unset = PostgreSQL NOTIFY on PostgreSQL. */
  redisUrl: string | undefined;
  // --- end jobs ---
  /** Seed the demo category on a first start with an empty database. */
  seedDemo: boolean;
  limits: ApiLimits;
}

export interface ApiLimits {
  maxBodyBytes: number;
  maxImageBytes: number;
  maxImagePixels: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Most images one forward pass of batched inspections takes. */
  inspectBatchSize: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got '${raw}'`);
  return value;
}

/** A relative teacher path is made absolute here, because training workers may run in another directory. */
function teacherFrom(value: string | undefined): string {
  if (!value) return PUBLIC_TEACHER_URL;
  return /^https?:\/\//.test(value) ? value : resolve(value);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const dataDir = resolve(env.DESTSEG_DATA_DIR ?? './data');
  return {
    port: env.PORT === undefined ? 4000 : Number(env.PORT),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    apiKeys: parseApiKeys(env.DESTSEG_API_KEYS ?? ''),
    teacher: teacherFrom(env.DESTSEG_TEACHER),
    trainingConcurrency: intFrom(env, 'DESTSEG_TRAINING_CONCURRENCY', 1),
    workJobs: parseJobKinds(env.DESTSEG_JOBS ?? 'train,evaluate'),
    jobHeartbeatSeconds: Math.max(10, intFrom(env, 'DESTSEG_JOB_HEARTBEAT_SECONDS', 30)),
    outboxLeaseSeconds: intFrom(env, 'DESTSEG_OUTBOX_LEASE_SECONDS', 30),
    redisUrl: env.REDIS_URL || undefined,
    seedDemo: env.DESTSEG_SEED_DEMO !== '0',
    limits: {
      maxBodyBytes: intFrom(env, 'DESTSEG_MAX_BODY_BYTES', 16 * 1024 * 1024),
      maxImageBytes: intFrom(env, 'DESTSEG_MAX_IMAGE_BYTES', 10 * 1024 * 1024),
      maxImagePixels: intFrom(env, 'DESTSEG_MAX_IMAGE_PIXELS', 16 * 1024 * 1024),
      maxQueryDepth: intFrom(env, 'DESTSEG_MAX_QUERY_DEPTH', 10),
      maxQueryCost: intFrom(env, 'DESTSEG_MAX_QUERY_COST', 5000),
      inspectBatchSize: intFrom(env, 'DESTSEG_INSPECT_BATCH', 16),
    },
  };
}
