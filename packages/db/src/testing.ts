/**
 * `@destseg/db/testing`, for tests and benches only: a throw-away PostgreSQL database (created through an
 * admin connection, dropped afterwards, with a random name so parallel test runs on one server never share
 * tables) and a one-off client.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

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
