/** Starts the real API server for a test: random port, fresh data directory, PGlite or a temp PostgreSQL. */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { synthesizeCategory } from '@destseg/core';
import { TEACHER_PATH } from '@destseg/core/testing';
import type { ApiRole } from '@destseg/db';
import { createTempPostgres, TEST_POSTGRES_URL, type TempPostgres } from '@destseg/db/testing';
import { type ApiConfig, configFromEnv } from '../../src/config.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { type RunningServer, startServer } from '../../src/server.ts';

// Every test process runs TF.js on wasm: the same backend on every machine, and cheap to start.
process.env.DESTSEG_BACKEND = 'wasm';

export const TEACHER = TEACHER_PATH;
export const POSTGRES_ADMIN_URL = TEST_POSTGRES_URL;

export type StorageKind = 'pglite' | 'postgres';
/** Every storage the API runs on: what a test that must hold on both loops over. */
export const STORAGE_KINDS: readonly StorageKind[] = ['pglite', 'postgres'];

export interface TestEnvironment {
  dataDir: string;
  databaseUrl: string | undefined;
  /** A synthetic MVTec-layout category (32 px: 8 train, 4 good and 3 defective test images). */
  datasetPath: string;
  /** PostgreSQL only: terminates the server's database connections, as a restart or failover would. */
  terminateDatabaseConnections?: () => Promise<number>;
  /** Drops the database and removes the data dir; once. The data dir also goes when the test process exits. */
  cleanup(): Promise<void>;
}

/** Data dirs whose environment was not cleaned up yet: removed when the test process exits, whatever happened. */
const leftoverDataDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of leftoverDataDirs) rmSync(dir, { recursive: true, force: true });
});

export async function createTestEnvironment(storage: StorageKind): Promise<TestEnvironment> {
  const dataDir = await mkdtemp(join(tmpdir(), 'destseg-api-'));
  const datasetPath = join(dataDir, 'fixture', 'metal');
  const removeDataDir = () => rm(dataDir, { recursive: true, force: true });
  let pg: TempPostgres | undefined;
  try {
    await synthesizeCategory({ outDir: datasetPath, seed: 3, size: 32, train: 8, testGood: 4, testBad: 3 });
    pg = storage === 'postgres' ? await createTempPostgres(POSTGRES_ADMIN_URL) : undefined;
  } catch (error) {
    await removeDataDir();
    throw error;
  }
  let cleaned: Promise<void> | undefined;
  const cleanup = () =>
    (cleaned ??= (async () => {
      try {
        await pg?.drop();
      } finally {
        await removeDataDir();
        leftoverDataDirs.delete(dataDir);
      }
    })());
  // Also when the test fails before its own cleanup runs (a server that did not start). Not node:test's
  // `after`: registered inside a `before` hook, it ran as soon as the hook ended, under the running server.
  leftoverDataDirs.add(dataDir);
  return {
    dataDir,
    databaseUrl: pg?.url,
    datasetPath,
    ...(pg ? { terminateDatabaseConnections: pg.terminateConnections } : {}),
    cleanup,
  };
}

export interface TestConfigOverrides {
  apiKeys?: Array<{ role: ApiRole; key: string }>;
  limits?: Partial<ApiConfig['limits']>;
}

/** The API keys of a role → key map, as `TestConfigOverrides.apiKeys`. */
export function keysByRole(keys: Partial<Record<ApiRole, string>>): Array<{ role: ApiRole; key: string }> {
  return Object.entries(keys).map(([role, key]) => ({ role: role as ApiRole, key: key as string }));
}

export function testConfig(env: TestEnvironment, overrides: TestConfigOverrides = {}): ApiConfig {
  const base = configFromEnv({});
  return {
    ...base,
    port: 0,
    host: '127.0.0.1',
    dataDir: env.dataDir,
    databaseUrl: env.databaseUrl,
    apiKeys: overrides.apiKeys ?? [],
    teacher: TEACHER,
    seedDemo: false,
    limits: { ...base.limits, ...overrides.limits },
  };
}

export function startTestServer(config: ApiConfig): Promise<RunningServer> {
  return startServer(config, createLogger(process.env.DESTSEG_TEST_LOG_LEVEL ?? 'silent'));
}

/** The one server a test file's tests share, with its environment; read them inside tests and hooks. */
export interface FileServer {
  readonly env: TestEnvironment;
  readonly server: RunningServer;
}

/**
 * Registers the test file's `before` (a fresh environment, a server started on it with `testConfig`, then
 * `setUp`) and `after` (the server closed, the environment cleaned up). Call it at the file's top level.
 * Setup the tests need goes in `setUp`, not in a `before` of the file's own: Node 20 starts a file's
 * top-level `before` hooks without waiting for one another.
 */
export function serverForThisFile(
  storage: StorageKind,
  overrides: TestConfigOverrides = {},
  setUp: (started: FileServer) => Promise<void> = async () => {},
): FileServer {
  let env: TestEnvironment | undefined;
  let server: RunningServer | undefined;
  before(async () => {
    env = await createTestEnvironment(storage);
    server = await startTestServer(testConfig(env, overrides));
    await setUp({ env, server });
  });
  after(async () => {
    await server?.close();
    await env?.cleanup();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the file server is read before its `before` hook ran');
    return value;
  };
  return {
    get env() {
      return started(env);
    },
    get server() {
      return started(server);
    },
  };
}

/**
 * Tiny training parameters: 32 px images, a handful of steps, a checkpoint after each. Batch 4, not 2: at
 * 32 px the student's last layer is 1×1, and BatchNorm over two values blows its weights up within two
 * steps (faithfully: the official code does the same). Such a model's features overflow float32, and the
 * ONNX parity gate rightly refuses it, so the inspections would not run on onnxruntime.
 */
export const TINY_PARAMS = { batchSize: 4, steps: 4, stage1Steps: 2, checkpointEvery: 1 };
