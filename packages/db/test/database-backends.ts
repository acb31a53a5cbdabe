/** The two storage backends every storage test runs against: embedded PGlite and the local PostgreSQL. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTempPostgres, TEST_POSTGRES_URL } from '../src/testing.ts';

export const POSTGRES_ADMIN_URL = TEST_POSTGRES_URL;

export interface TestStorage {
  name: 'pglite' | 'postgres';
  /** Options for openDatabase: a URL for PostgreSQL, a fresh folder for PGlite. */
  url: string | undefined;
  pgliteDir: string;
  /** PostgreSQL only: terminates the database's connections, as a restart or failover would. */
  terminateConnections?: () => Promise<number>;
  cleanup(): Promise<void>;
}

export async function pgliteStorage(): Promise<TestStorage> {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-db-'));
  return {
    name: 'pglite',
    url: undefined,
    pgliteDir: join(dir, 'pglite'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function postgresStorage(): Promise<TestStorage> {
  const temp = await createTempPostgres(POSTGRES_ADMIN_URL);
  return {
    name: 'postgres',
    url: temp.url,
    pgliteDir: '',
    terminateConnections: temp.terminateConnections,
    cleanup: () => temp.drop(),
  };
}

export const STORAGES = [pgliteStorage, postgresStorage] as const;
