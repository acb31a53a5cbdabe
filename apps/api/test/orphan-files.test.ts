/**
 * Inspection files and rows (issue #12, item 10): a failed write (a full disk: /dev/full gives ENOSPC; an
 * unwritable directory) leaves no file of its key; files a crash left without their row are removed at the
 * next start, on PGlite and PostgreSQL, while files with a row, and files newer than the start, stay.
 * An inspection's PNGs are drawn from its stored upload and map when first read, once, and kept.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { test } from 'node:test';
import { decodeImage, encodePng, renderInspectionImages } from '@destseg/core';
import { inspections, openDatabase } from '@destseg/db';
import { insertModelRows } from '@destseg/db/testing';
import { PixelPool } from '../src/inference/pixel-pool.ts';
import { InspectionFileStore, inspectionFileNames } from '../src/services/inspection-file-store.ts';
import { ORPHAN_GRACE_MS } from '../src/services/inspections.ts';
import { FilesystemFileArea } from '../src/storage/filesystem-storage.ts';
import { createTestEnvironment, STORAGE_KINDS, startTestServer, testConfig } from './support/test-server.ts';

const IMAGE = { width: 8, height: 6, data: Uint8Array.from({ length: 8 * 6 * 3 }, (_, i) => (i * 11) % 256) };
const MAP = Float32Array.from({ length: 4 * 4 }, (_, i) => i / 16);
const LIMITS = { maxImageBytes: 1 << 20, maxImagePixels: 1 << 20 };
const noRender = () => Promise.reject(new Error('not drawn in this test'));

test('a full disk (ENOSPC on the map) leaves no file of the key', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-orphans-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const key = randomUUID();
  // The map, under whichever name the store writes it, lands on a full device.
  await symlink('/dev/full', join(dir, `${key}-map.f32.tmp`));
  await symlink('/dev/full', join(dir, `${key}-map.f32`));
  const store = new InspectionFileStore(new FilesystemFileArea(dir), noRender, { newKey: () => key });
  await assert.rejects(store.write(await encodePng(IMAGE), MAP), { code: 'ENOSPC' });
  assert.deepEqual(await readdir(dir), []);
});

test('a prediction that fails while the upload is written leaves no file of the key', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-orphans-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const store = new InspectionFileStore(new FilesystemFileArea(dir), noRender);
  const upload = await encodePng(IMAGE);
  const failed = new Promise<Float32Array>((_, reject) =>
    setTimeout(() => reject(new Error('the model failed')), 5),
  );
  await assert.rejects(store.write(upload, failed), /the model failed/);
  assert.deepEqual(await readdir(dir), []);
});

test('a prediction that has failed when the files are written is their failure, not an unhandled rejection', async (t) => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  const dir = await mkdtemp(join(tmpdir(), 'destseg-orphans-'));
  t.after(async () => {
    process.off('unhandledRejection', onUnhandled);
    await rm(dir, { recursive: true, force: true });
  });
  const store = new InspectionFileStore(new FilesystemFileArea(join(dir, 'heatmaps')), noRender);
  const upload = await encodePng(IMAGE);
  // Rejected before the store has made its directory (the API exits on an unhandled rejection).
  await assert.rejects(
    store.write(upload, Promise.reject(new Error('the model failed'))),
    /the model failed/,
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(unhandled, []);
  assert.deepEqual(await readdir(join(dir, 'heatmaps')), []);
});

test('an unwritable data directory fails the write and creates nothing', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-orphans-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'not-a-dir'), '');
  const store = new InspectionFileStore(new FilesystemFileArea(join(dir, 'not-a-dir', 'heatmaps')), noRender);
  await assert.rejects(store.write(await encodePng(IMAGE), MAP), { code: 'ENOTDIR' });
  assert.deepEqual(await readdir(dir), ['not-a-dir']);
});

test('the PNGs are drawn from the stored upload and map when first read, once, and kept', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-orphans-'));
  const pool = new PixelPool({ maxThreads: 1 });
  t.after(async () => {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });
  let draws = 0;
  const store = new InspectionFileStore(new FilesystemFileArea(dir), (upload, map, size) => {
    draws += 1;
    return pool.render(upload, LIMITS, map, size);
  });
  const key = await store.write(await encodePng(IMAGE), MAP.slice());
  assert.deepEqual((await readdir(dir)).sort(), [`${key}-map.f32`, `${key}-upload`], 'no PNG drawn yet');

  const [overlay, heatmap] = await Promise.all([store.read(key, 'overlay'), store.read(key, 'heatmap')]);
  assert.ok(overlay && heatmap);
  assert.equal(draws, 1, 'two first reads draw once');
  const expected = await renderInspectionImages(IMAGE, MAP, 4);
  assert.deepEqual(await buffer(overlay), Buffer.from(expected.overlay));
  assert.deepEqual(await buffer(heatmap), Buffer.from(expected.heatmap));
  const image = await store.read(key, 'image');
  assert.ok(image);
  const decoded = await decodeImage(await buffer(image));
  assert.deepEqual(Buffer.from(decoded.data), Buffer.from(IMAGE.data), 'the image as uploaded');
  assert.equal(draws, 1, 'later reads serve the kept PNGs');
  assert.deepEqual((await readdir(dir)).sort(), inspectionFileNames(key).sort());
  assert.equal(await store.read(randomUUID(), 'image'), undefined, 'an unknown key has no image');
  await store.remove(key);
  assert.deepEqual(await readdir(dir), []);
});

for (const storage of STORAGE_KINDS) {
  test(`files without a row are removed at start-up, the others kept (${storage})`, async (t) => {
    const env = await createTestEnvironment(storage);
    t.after(() => env.cleanup());
    const kept = randomUUID();
    const handle = await openDatabase({ url: env.databaseUrl, pgliteDir: join(env.dataDir, 'pglite') });
    try {
      await insertInspection(handle.db, env.datasetPath, kept);
    } finally {
      await handle.close();
    }
    const dir = join(env.dataDir, 'heatmaps');
    await mkdir(dir, { recursive: true });
    const orphan = randomUUID();
    const young = randomUUID();
    const inFlight = randomUUID();
    const past = new Date(Date.now() - ORPHAN_GRACE_MS - 60_000);
    const recent = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 3_600_000);
    const files = (key: string, suffix = '') => inspectionFileNames(key).map((name) => `${name}${suffix}`);
    for (const name of [...files(kept), ...files(orphan), ...files(randomUUID(), '.tmp')]) {
      await writeFile(join(dir, name), 'png');
      await utimes(join(dir, name), past, past);
    }
    // Written after the start (an inspection in flight): not the sweep's to judge.
    for (const name of files(young)) {
      await writeFile(join(dir, name), 'png');
      await utimes(join(dir, name), future, future);
    }
    // Written a minute ago without a row: another instance sharing the storage may be about to commit it.
    for (const name of files(inFlight)) {
      await writeFile(join(dir, name), 'png');
      await utimes(join(dir, name), recent, recent);
    }
    await writeFile(join(dir, 'notes.txt'), 'not ours');

    const server = await startTestServer(testConfig(env));
    await server.close();

    assert.deepEqual(
      (await readdir(dir)).sort(),
      [...files(kept), ...files(young), ...files(inFlight), 'notes.txt'].sort(),
    );
  });
}

async function insertInspection(
  db: Awaited<ReturnType<typeof openDatabase>>['db'],
  datasetPath: string,
  heatmapKey: string,
) {
  const { category, model } = await insertModelRows(db, { datasetPath });
  await db.insert(inspections).values({
    categoryId: category.id,
    modelId: model.id,
    thresholdValue: 0.5,
    score: 0.1,
    destScore: 0.1,
    verdict: 'ok',
    heatmapKey,
    width: 8,
    height: 8,
  });
}
