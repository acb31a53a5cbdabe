/**
 * Inspection files and rows (issue #12, item 10): a failed write (a full disk: /dev/full gives ENOSPC; an
 * unwritable directory) leaves no file of its key; files a crash left without their row are removed at the
 * next start, on PGlite and PostgreSQL, while files with a row, and files newer than the start, stay.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { inspections, openDatabase } from '@destseg/db';
import { HEATMAP_KINDS, HeatmapStore } from '../src/services/heatmap-store.ts';
import { ORPHAN_GRACE_MS } from '../src/services/inspections.ts';
import { FilesystemFileArea } from '../src/storage/filesystem-storage.ts';
import { insertModelRows } from './support/model-rows.ts';
import {
  createTestEnvironment,
  type StorageKind,
  startTestServer,
  testConfig,
} from './support/test-server.ts';

const IMAGE = { width: 8, height: 8, data: new Uint8Array(8 * 8 * 3).fill(120) };
const MAP = new Float32Array(4 * 4).fill(0.5);

test('a full disk (ENOSPC on the overlay) leaves no file of the key', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-orphans-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const key = randomUUID();
  // The overlay, under whichever name the store writes it, lands on a full device.
  await symlink('/dev/full', join(dir, `${key}-overlay.png.tmp`));
  await symlink('/dev/full', join(dir, `${key}-overlay.png`));
  const store = new HeatmapStore(new FilesystemFileArea(dir), { newKey: () => key });
  await assert.rejects(store.write(IMAGE, MAP, 4), { code: 'ENOSPC' });
  assert.deepEqual(await readdir(dir), []);
});

test('an unwritable data directory fails the write and creates nothing', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-orphans-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'not-a-dir'), '');
  const store = new HeatmapStore(new FilesystemFileArea(join(dir, 'not-a-dir', 'heatmaps')));
  await assert.rejects(store.write(IMAGE, MAP, 4), { code: 'ENOTDIR' });
  assert.deepEqual(await readdir(dir), ['not-a-dir']);
});

for (const storage of ['pglite', 'postgres'] as StorageKind[]) {
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
    const files = (key: string, suffix = '') => HEATMAP_KINDS.map((kind) => `${key}-${kind}.png${suffix}`);
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
  const { category, model } = await insertModelRows(db, datasetPath);
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
