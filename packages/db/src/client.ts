/**
 * Opens the platform database: embedded PGlite persisted in a folder by default, or PostgreSQL through
 * node-postgres when a postgres:// URL is given. Both get the same drizzle schema and migrations.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { lockDirectory } from './directory-lock.ts';
import { yieldToEventLoopBetweenStatements } from './pglite-yield.ts';
import { PostgresPool } from './postgres-pool.ts';
import * as schema from './schema.ts';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  /** 'pglite' or 'postgres', for start-up logs. */
  kind: 'pglite' | 'postgres';
  /** The postgres:// URL it was opened with (postgres only), for components that need their own connections. */
  url?: string;
  /** The embedded client (pglite only), for components that share its single connection (the job queue). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; without one, PGlite stores its files in `pgliteDir`. */
  url?: string | undefined;
  pgliteDir: string;
  /**
   * Told about a PostgreSQL connection that broke outside a query (a terminated backend, a restart). The pool
   * drops that connection and opens a new one for the next query; the server must not crash over it.
   */
  onConnectionError?: (error: Error) => void;
}

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** Opens the database and applies every pending migration before handing it out. */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (opts.url) {
    const pool = new PostgresPool({ connectionString: opts.url, max: 10, connectionTimeoutMillis: 10_000 });
    const onError = (error: Error) => opts.onConnectionError?.(error);
    // An idle connection's error is emitted by the pool; a checked-out one's (between the queries of a
    // transaction) by its client. Without a listener either one is an uncaught 'error' event: a crash.
    pool.on('error', onError);
    pool.on('connect', (client) => client.on('error', onError));
    const db = drizzleNodePg(pool, { schema, casing: 'snake_case' });
    try {
      await migrateNodePg(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db: db as unknown as Database, kind: 'postgres', url: opts.url, close: once(() => pool.end()) };
  }
  await mkdir(opts.pgliteDir, { recursive: true });
  // PGlite does not guard its files against a second process: the lock does, before PGlite touches them.
  const lock = await lockDirectory(opts.pgliteDir);
  let client: PGlite | undefined;
  try {
    client = await PGlite.create(opts.pgliteDir);
    yieldToEventLoopBetweenStatements(client);
    const db = drizzlePglite(client, { schema, casing: 'snake_case' });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const opened = client;
    return {
      db: db as unknown as Database,
      kind: 'pglite',
      pglite: opened,
      close: once(async () => {
        try {
          await opened.close();
        } finally {
          await lock.release();
        }
      }),
    };
  } catch (error) {
    await client?.close();
    await lock.release();
    throw error;
  }
}

/** Closing twice (a signal handler and a caller both stopping) waits for the one close. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= close();
    return closing;
  };
}
