/**
 * The embedded database runs on the caller's thread: a backlog of statements must leave the event loop a
 * turn every slice (the API's timers, sockets and /health), and still run them in order.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/client.ts';
import { categories } from '../src/schema.ts';

const N = 200;

test('PGlite: the event loop runs during a backlog of statements, which keep their order', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-db-'));
  const handle = await openDatabase({ pgliteDir: join(dir, 'pglite') });
  try {
    const { db } = handle;
    const done: number[] = [];
    // Two hundred statements queued at once (tens of ms of work), half of them in transactions (several
    // statements each), as twenty inspections arriving together queue theirs.
    const backlog = Array.from({ length: N }, (_, i) =>
      (i % 2 === 0
        ? db.execute(sql`select ${i}::int as i`)
        : db.transaction(async (tx) => {
            await tx
              .insert(categories)
              .values({ name: `c${i}`, datasetPath: '/d', imageSize: 64, augmentationGroup: 'none' });
            await tx.select().from(categories);
          })
      ).then(() => done.push(i)),
    );
    // A timer due now, asked for after the whole backlog was queued, and the loop's turns meanwhile.
    const timerSaw = new Promise<number>((resolve) => setTimeout(() => resolve(done.length), 0));
    let turns = 0;
    let finished = false;
    const countTurns = () => {
      if (finished) return;
      turns += 1;
      setImmediate(countTurns);
    };
    setImmediate(countTurns);
    const t0 = performance.now();
    await Promise.all(backlog);
    finished = true;
    const ms = performance.now() - t0;
    assert.ok((await timerSaw) < N, 'the timer waited for the whole backlog');
    // A turn at least every slice (10 ms) and a statement: a loop held for the whole backlog has none.
    assert.ok(turns >= Math.floor(ms / 40), `${turns} turns of the loop in ${ms.toFixed(0)} ms`);
    assert.deepEqual(
      done,
      Array.from({ length: N }, (_, i) => i),
    );
    assert.equal((await db.select().from(categories)).length, N / 2);
  } finally {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  }
});
