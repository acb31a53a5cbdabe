/**
 * The cross-process PubSub transports against the real PostgreSQL and Redis: what one process publishes
 * reaches a subscriber of another, in order, with its Date fields still Dates.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { createTempPostgres, type InspectionRow, openDatabase } from '@destseg/db';
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

async function checkTransport(a: PubSub, b: PubSub): Promise<void> {
  // A lot id of its own, so other tests on the shared Redis never match.
  const lot = randomUUID();
  const live = b.subscribe('inspectionCreated', (row) => row.lotId === lot);
  const sent = Array.from({ length: 50 }, (_, i) => inspection(i + 1, lot));
  for (const row of sent) a.publish('inspectionCreated', row);
  const received: InspectionRow[] = [];
  while (received.length < sent.length) {
    const next = await live.next();
    assert.ok(!next.done);
    received.push(next.value);
  }
  await live.return?.();
  assert.deepEqual(received, sent, 'every message, in order, with Dates as Dates');
  assert.ok(received[0]?.createdAt instanceof Date);
}

test('PostgreSQL NOTIFY carries events between processes', async () => {
  const pg = await createTempPostgres(POSTGRES_ADMIN_URL);
  const db = await openDatabase({ url: pg.url, pgliteDir: '' });
  const [a, b] = [await openPubSub(db, () => {}, undefined), await openPubSub(db, () => {}, undefined)];
  try {
    await checkTransport(a, b);
  } finally {
    await a.close();
    await b.close();
    await db.close();
    await pg.drop();
  }
});

test('Redis pub/sub carries events between processes when REDIS_URL is set', async () => {
  const pg = await createTempPostgres(POSTGRES_ADMIN_URL);
  const db = await openDatabase({ url: pg.url, pgliteDir: '' });
  const [a, b] = [await openPubSub(db, () => {}, REDIS_URL), await openPubSub(db, () => {}, REDIS_URL)];
  try {
    assert.equal(a.constructor.name, 'RedisPubSub');
    await checkTransport(a, b);
  } finally {
    await a.close();
    await b.close();
    await db.close();
    await pg.drop();
  }
});
