/**
 * A throw-away PostgreSQL database for tests: created through an admin connection, dropped afterwards, with
 * a random name so parallel test runs on one server never share tables.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TempPostgres {
  url: string;
  drop(): Promise<void>;
}

export async function createTempPostgres(adminUrl: string, prefix = 'destseg_test'): Promise<TempPostgres> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, async (c) => {
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withClient(adminUrl, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
