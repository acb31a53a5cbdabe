/**
 * The cross-process PubSub transports against the real PostgreSQL and Redis: what one process publishes
 * reaches a subscriber of another, in order, with its Date fields still Dates, large messages included; and
 * a subscriber whose process lost its listening connection (a terminated backend, a killed Redis client)
 * still gets every message published meanwhile, exactly once and in order.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { type InspectionRow, openDatabase } from '@destseg/db';
import { createTempPostgres, withPgClient } from '@destseg/db/testing';
import { Redis } from 'ioredis';
import { openPubSub } from '../src/events/open-pubsub.ts';
import type { PubSub } from '../src/events/pubsub.ts';
import { POSTGRES_ADMIN_URL } from './support/test-server.ts';

const REDIS_URL = process.env.DESTSEG_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function inspection(id: number, lotId: string): InspectionRow {
  return {
    id,
    categoryId: 1,
    modelId: 1,
    thresholdId: null,
    thresholdValue: 0.5,
    score: id / 100,
    destScore: 0,
    scoreOutput: 'seg',
    verdict: 'defect',
    heatmapKey: randomUUID(),
    width: 32,
    height: 32,
    partId: null,
    lotId,
    stationId: 'S-1',
    clientToken: null,
    requestHash: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id)),
  };
}

/** A subscription read from start to end into an array, so the test can wait for counts without losing any. */
class Inbox<T> {
  private readonly items: T[] = [];
  private taken = 0;
  private readonly reading: Promise<void>;

  constructor(private readonly live: AsyncIterableIterator<T>) {
    this.reading = (async () => {
      for await (const item of live) this.items.push(item);
    })();
  }

  /** The next `count` messages (failing when they take over `ms`); then checks that no further one comes. */
  async take(count: number, ms = 20_000): Promise<T[]> {
    const deadline = Date.now() + ms;
    while (this.items.length < this.taken + count) {
      const got = this.items.slice(this.taken).map((item) => (item as { id?: number }).id);
      assert.ok(Date.now() < deadline, `only ${got.length} of ${count} messages arrived: ${got.join(',')}`);
      await sleep(20);
    }
    const taken = this.items.slice(this.taken, this.taken + count);
    this.taken += count;
    await sleep(500);
    assert.equal(this.items.length, this.taken, 'no message arrives twice');
    return taken;
  }

  async close(): Promise<void> {
    await this.live.return?.();
    await this.reading;
  }
}

async function checkTransport(a: PubSub, b: PubSub): Promise<void> {
  // A lot id of its own, so other tests on the shared Redis never match.
  const lot = randomUUID();
  const live = new Inbox(b.subscribe('inspectionCreated', (row) => row.lotId === lot));
  const sent = Array.from({ length: 50 }, (_, i) => inspection(i + 1, lot));
  // PostgreSQL refuses NOTIFY payloads of 8000 bytes or more: this one is 20 kB.
  sent[25] = { ...inspection(26, lot), stationId: randomBytes(10_000).toString('hex') };
  for (const row of sent) a.publish('inspectionCreated', row);
  const received = await live.take(sent.length);
  await live.close();
  assert.deepEqual(received, sent, 'every message, in order, with Dates as Dates');
  assert.ok(received[0]?.createdAt instanceof Date);
}

/**
 * B subscribes and gets a first message; then `cut` breaks B's listening connection and keeps it from
 * coming back until `restore`; A publishes while it is down and right after it is back. B's subscriber
 * gets every message exactly once, in A's order.
 */
async function checkCut(
  a: PubSub,
  b: PubSub,
  cut: () => Promise<void>,
  restore: () => Promise<void>,
): Promise<void> {
  const lot = randomUUID();
  const live = new Inbox(b.subscribe('inspectionCreated', (row) => row.lotId === lot));
  const sent = Array.from({ length: 60 }, (_, i) => inspection(i + 1, lot));
  const publish = (from: number, to: number) => {
    for (const row of sent.slice(from, to)) a.publish('inspectionCreated', row);
  };
  publish(0, 10);
  assert.deepEqual(await live.take(10), sent.slice(0, 10), 'before the cut');
  await cut();
  publish(10, 40);
  await flushed(a);
  await restore();
  publish(40, 60);
  assert.deepEqual(await live.take(50), sent.slice(10), 'while down and right after, each once, in order');
  await live.close();
}

async function flushed(pubsub: PubSub): Promise<void> {
  await (pubsub as PubSub & { flushed?: () => Promise<void> }).flushed?.();
}

/** Two processes' PubSubs (A and B) on one temp database: over PostgreSQL, or over Redis at `redisUrl`. */
async function withPubSubPair(
  redisUrl: string | undefined,
  work: (a: PubSub, b: PubSub) => Promise<void>,
): Promise<void> {
  const pg = await createTempPostgres(POSTGRES_ADMIN_URL);
  const db = await openDatabase({ url: pg.url, pgliteDir: '' });
  const [a, b] = [await openPubSub(db, () => {}, redisUrl), await openPubSub(db, () => {}, redisUrl)];
  try {
    await work(a, b);
  } finally {
    await a.close();
    await b.close();
    await db.close();
    await pg.drop();
  }
}

test('PostgreSQL carries events between processes, large ones included', async () => {
  await withPubSubPair(undefined, checkTransport);
});

interface PostgresPair {
  a: PubSub;
  b: PubSub;
  /** B's log lines. */
  logs: string[];
  /** The temp database's URL (superuser). */
  url: string;
  /** Terminates B's listening backend and keeps B from logging in again; resolves to how many it ended. */
  cutB(): Promise<number>;
  restoreB(): Promise<void>;
}

/**
 * A and B on a temp database. B connects as a role of its own, so the test can find its backend and keep
 * it from logging in again while A publishes (as a database that is restarting or failing over would).
 */
async function withPostgresPair(work: (pair: PostgresPair) => Promise<void>): Promise<void> {
  const pg = await createTempPostgres(POSTGRES_ADMIN_URL);
  const db = await openDatabase({ url: pg.url, pgliteDir: '' });
  const role = `destseg_pubsub_${randomBytes(4).toString('hex')}`;
  const roleUrl = new URL(pg.url);
  roleUrl.username = role;
  roleUrl.password = 'pubsub';
  const logs: string[] = [];
  let a: PubSub | undefined;
  let b: PubSub | undefined;
  try {
    await withPgClient(pg.url, async (c) => {
      await c.query(`CREATE ROLE ${role} LOGIN PASSWORD 'pubsub'`);
      await c.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}`);
      await c.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    });
    a = await openPubSub(db, () => {}, undefined);
    b = await openPubSub({ ...db, url: roleUrl.toString() }, (line) => logs.push(line), undefined);
    await work({
      a,
      b,
      logs,
      url: pg.url,
      cutB: () =>
        withPgClient(pg.url, async (c) => {
          await c.query(`ALTER ROLE ${role} NOLOGIN`);
          const { rows } = await c.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE usename = $1 AND application_name = 'destseg-pubsub-listen'`,
            [role],
          );
          return rows.length;
        }),
      restoreB: () => withPgClient(pg.url, (c) => c.query(`ALTER ROLE ${role} LOGIN`)).then(() => {}),
    });
  } finally {
    await a?.close();
    await b?.close();
    await db.close();
    await pg.drop();
    await withPgClient(POSTGRES_ADMIN_URL, (c) => c.query(`DROP ROLE IF EXISTS ${role}`));
  }
}

test('PostgreSQL: a subscriber whose listening connection was terminated misses nothing', async () => {
  await withPostgresPair(async ({ a, b, logs, cutB, restoreB }) => {
    const terminated: number[] = [];
    await checkCut(
      a,
      b,
      async () => {
        terminated.push(await cutB());
        // B's reconnection attempts fail for a while.
        await sleep(500);
      },
      restoreB,
    );
    assert.deepEqual(terminated, [1], "B's listening backend was terminated");
    assert.ok(
      logs.some((line) => line.includes('listening connection lost')),
      logs.join('\n'),
    );
    assert.ok(!logs.some((line) => line.includes('missed')), logs.join('\n'));
  });
});

test('PostgreSQL: every connection terminated while publishing, nothing is lost or repeated', async () => {
  await withPostgresPair(async ({ a, b, url }) => {
    const lot = randomUUID();
    const live = new Inbox(b.subscribe('inspectionCreated', (row) => row.lotId === lot));
    const sent = Array.from({ length: 200 }, (_, i) => inspection(i + 1, lot));
    for (const [i, row] of sent.entries()) {
      a.publish('inspectionCreated', row);
      if (i % 20 === 19) await sleep(5);
      // A restart: A's publishing and listening connections and B's all end.
      if (i === 100) {
        await withPgClient(POSTGRES_ADMIN_URL, async (c) => {
          const { rows } = await c.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE datname = $1 AND application_name LIKE 'destseg-pubsub-%'`,
            [new URL(url).pathname.slice(1)],
          );
          assert.equal(rows.length, 3, 'A publishes and listens, B listens');
        });
      }
    }
    assert.deepEqual(await live.take(sent.length), sent);
    await live.close();
  });
});

test('PostgreSQL: a listener down longer than the retention says it may have missed messages', async () => {
  await withPostgresPair(async ({ a, b, logs, url, cutB, restoreB }) => {
    const lot = randomUUID();
    const live = new Inbox(b.subscribe('inspectionCreated', (row) => row.lotId === lot));
    const sent = Array.from({ length: 30 }, (_, i) => inspection(i + 1, lot));
    a.publish('inspectionCreated', sent[0] as InspectionRow);
    assert.deepEqual(await live.take(1), sent.slice(0, 1));
    assert.equal(await cutB(), 1);
    for (const row of sent.slice(1, 20)) a.publish('inspectionCreated', row);
    await flushed(a);
    // What the retention does to rows older than it.
    await withPgClient(url, (c) => c.query('DELETE FROM pubsub_events'));
    for (const row of sent.slice(20)) a.publish('inspectionCreated', row);
    await flushed(a);
    await restoreB();
    assert.deepEqual(await live.take(10), sent.slice(20), 'what was kept');
    await live.close();
    assert.ok(
      logs.some((line) => line.includes('may have been missed')),
      logs.join('\n'),
    );
  });
});

test('Redis pub/sub carries events between processes when REDIS_URL is set', async () => {
  await withPubSubPair(REDIS_URL, async (a, b) => {
    assert.equal(a.constructor.name, 'RedisPubSub');
    await checkTransport(a, b);
  });
});

test('Redis: a subscriber whose reading connection was killed misses nothing', async () => {
  const admin = new Redis(REDIS_URL);
  try {
    await withPubSubPair(REDIS_URL, async (a, b) => {
      const readerName = (b as PubSub & { readerName?: string }).readerName;
      assert.ok(readerName, 'B names its reading connection');
      await checkCut(
        a,
        b,
        async () => {
          const list = (await admin.client('LIST')) as string;
          const ids = list
            .split('\n')
            .filter((line) => line.includes(` name=${readerName} `))
            .map((line) => /\bid=(\d+)/.exec(line)?.[1]);
          assert.equal(ids.length, 1, "B's reading connection");
          assert.equal(await admin.client('KILL', 'ID', ids[0] as string), 1);
          // ioredis reconnects after 50 ms: A's next messages are written before B reads again.
        },
        async () => {
          await sleep(500);
        },
      );
    });
  } finally {
    admin.disconnect();
  }
});
