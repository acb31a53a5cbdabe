import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../src/client.ts';
import { isConnectionLost } from '../src/connection-errors.ts';
import { DirectoryInUseError } from '../src/directory-lock.ts';
import { PostgresPool } from '../src/postgres-pool.ts';
import { categories } from '../src/schema.ts';
import { postgresStorage } from './database-backends.ts';

test('PostgreSQL: terminated connections (idle and mid-transaction) neither crash nor stick', async () => {
  const storage = await postgresStorage();
  const seen: Error[] = [];
  const handle = await openDatabase({
    url: storage.url,
    pgliteDir: '',
    onConnectionError: (error) => seen.push(error),
  });
  try {
    const { db } = handle;
    await db.select().from(categories); // one idle pooled connection
    assert.ok((await (storage.terminateConnections?.() ?? 0)) >= 1);
    // A transaction holding its connection between two queries when the backend goes away.
    const inTransaction = db.transaction(async (tx) => {
      await tx.select().from(categories);
      await (storage.terminateConnections?.() ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.select().from(categories);
    });
    await assert.rejects(inTransaction, (error) => isConnectionLost(error));
    // The pool reconnects by itself for the next query.
    await db
      .insert(categories)
      .values({ name: 'm', datasetPath: '/d', imageSize: 64, augmentationGroup: 'none' });
    assert.equal((await db.select().from(categories)).length, 1);
    assert.ok(seen.length >= 1, 'the connection errors reach onConnectionError');
    assert.ok(seen.every(isConnectionLost));
  } finally {
    await handle.close();
    await handle.close(); // idempotent
    await storage.cleanup();
  }
});

test('PostgreSQL: a borrowed connection that ends is returned to the pool, so the pool still closes', async () => {
  // drizzle's transaction() never releases its client when BEGIN fails on a just-terminated connection; a
  // borrower that never releases is that case made deterministic.
  const storage = await postgresStorage();
  const pool = new PostgresPool({ connectionString: storage.url, max: 2 });
  pool.on('error', () => {});
  try {
    const abandoned = await pool.connect();
    abandoned.on('error', () => {});
    const ended = new Promise((resolve) => abandoned.once('end', resolve));
    assert.equal(await storage.terminateConnections?.(), 1);
    await ended;
    assert.equal(pool.totalCount, 0, 'the ended client no longer holds a pool slot');
    abandoned.release(); // a late release by its borrower is harmless
    const healthy = await pool.connect();
    assert.equal((await healthy.query('SELECT 1 AS one')).rows[0].one, 1);
    healthy.release();
    assert.throws(() => healthy.release(), /already been released/, 'a real double release still throws');
    const closed = await Promise.race([
      pool.end().then(() => 'closed'),
      new Promise((resolve) => setTimeout(resolve, 5000, 'stuck')),
    ]);
    assert.equal(closed, 'closed');
  } finally {
    await storage.cleanup();
  }
});

test('PGlite: a second opener of a directory in use is refused; a stale lock is taken over', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-db-'));
  const pgliteDir = join(dir, 'pglite');
  try {
    const first = await openDatabase({ pgliteDir });
    const lock = JSON.parse(await readFile(`${pgliteDir}.lock`, 'utf8')) as { pid: number };
    assert.equal(lock.pid, process.pid);
    await assert.rejects(openDatabase({ pgliteDir }), DirectoryInUseError);
    // Another live process holding the lock is refused too.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    await first.close();
    await first.close(); // idempotent
    await writeFile(
      `${pgliteDir}.lock`,
      JSON.stringify({ pid: other.pid, host: (await import('node:os')).hostname() }),
    );
    await assert.rejects(
      openDatabase({ pgliteDir }),
      (e) => e instanceof DirectoryInUseError && e.code === 'DATA_DIR_IN_USE',
    );
    other.kill('SIGKILL');
    await new Promise((resolve) => other.once('exit', resolve));
    // Its owner is dead now: the lock is stale and the directory opens, with its data intact.
    const second = await openDatabase({ pgliteDir });
    assert.deepEqual(await second.db.select().from(categories), []);
    await second.close();
    await assert.rejects(readFile(`${pgliteDir}.lock`), { code: 'ENOENT' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('isConnectionLost: SQLSTATE 57P01 and socket errors through a cause chain, not constraint errors', () => {
  assert.ok(isConnectionLost(Object.assign(new Error('x'), { cause: { code: '57P01' } })));
  assert.ok(isConnectionLost({ code: 'ECONNREFUSED' }));
  assert.ok(isConnectionLost(new Error('Connection terminated unexpectedly')));
  assert.ok(!isConnectionLost(Object.assign(new Error('dup'), { code: '23505' })));
  assert.ok(!isConnectionLost(undefined));
});
