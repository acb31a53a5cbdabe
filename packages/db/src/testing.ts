/**
 * `@destseg/db/testing`, for tests and benches only: a throw-away PostgreSQL database (created through an
 * admin connection, dropped afterwards, with a random name so parallel test runs on one server never share
 * tables), a one-off client, and the rows a model needs.
 */
import { randomBytes } from 'node:crypto';
import { getTableName } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Database } from './client.ts';
import { categories, datasetVersions, type ManifestFile, models, trainingRuns } from './schema.ts';

/** The local PostgreSQL the tests use (trust authentication): DESTSEG_TEST_POSTGRES_URL overrides it. */
export const TEST_POSTGRES_URL =
  process.env.DESTSEG_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TempPostgres {
  url: string;
  /** Terminates every other connection to this database (what a restart or failover does); returns how many. */
  terminateConnections(): Promise<number>;
  drop(): Promise<void>;
}

export async function createTempPostgres(adminUrl: string, prefix = 'destseg_test'): Promise<TempPostgres> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withPgClient(adminUrl, async (c) => {
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    terminateConnections: () =>
      withPgClient(adminUrl, async (c) => {
        const result = await c.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [name],
        );
        return result.rowCount ?? 0;
      }),
    drop: () =>
      withPgClient(adminUrl, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}

/** Runs `work` on a fresh client of `url`, ended afterwards whatever happens. */
export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface ModelRowsOptions {
  /** The category's (metal, 32 px) dataset folder. */
  datasetPath: string;
  /** The model's checkpoint; '/m' by default. */
  checkpointPath?: string;
  /** The dataset version's files, all counted as training images; none by default. */
  files?: ManifestFile[];
}

/** Inserts one row into `table`; the row as stored. */
async function insertRow<T extends PgTable>(db: Database, table: T, values: PgInsertValue<T>) {
  const [row] = (await db.insert(table).values(values).returning()) as T['$inferSelect'][];
  if (!row) throw new Error(`no row came back from ${getTableName(table)}`);
  return row;
}

/**
 * The rows a model needs, inserted directly for tests of what reads them: a category "metal", its dataset
 * version, a queued training run of it and the model (step 1) that run made.
 */
export async function insertModelRows(db: Database, options: ModelRowsOptions) {
  const { datasetPath, checkpointPath = '/m', files = [] } = options;
  const category = await insertRow(db, categories, {
    name: 'metal',
    datasetPath,
    imageSize: 32,
    augmentationGroup: 'none',
  });
  const counts = { trainCount: files.length, testGoodCount: 0, testDefectCount: 0 };
  const version = await insertRow(db, datasetVersions, {
    categoryId: category.id,
    files,
    ...counts,
    contentHash: 'h',
  });
  const run = await insertRow(db, trainingRuns, {
    categoryId: category.id,
    datasetVersionId: version.id,
    params: {},
    totalSteps: 1,
    runDir: '/r',
  });
  const model = await insertRow(db, models, {
    runId: run.id,
    categoryId: category.id,
    checkpointPath,
    step: 1,
    imageSize: 32,
  });
  return { category, version, run, model };
}
