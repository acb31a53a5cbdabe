import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../src/client.ts';
import { categories, datasetVersions, lossPoints } from '../src/schema.ts';
import { insertModelRows } from '../src/testing.ts';
import { STORAGES } from './database-backends.ts';

for (const makeStorage of STORAGES) {
  test(`migrations apply and rows round-trip (${makeStorage.name.replace('Storage', '')})`, async () => {
    const storage = await makeStorage();
    try {
      const handle = await openDatabase({ url: storage.url, pgliteDir: storage.pgliteDir });
      const { db } = handle;
      const { run } = await insertModelRows(db, {
        datasetPath: '/d',
        files: [{ path: 'train/good/000.png', bytes: 10, sha256: 'ab' }],
      });
      await assert.rejects(
        db
          .insert(categories)
          .values({ name: 'metal', datasetPath: '/e', imageSize: 64, augmentationGroup: 'none' }),
      );
      assert.equal(run.status, 'queued');
      // The (run, step) key lets a resumed run overwrite the steps it trains again.
      for (const cosine of [1, 0.5]) {
        await db
          .insert(lossPoints)
          .values({ runId: run.id, step: 1, stage: 1, cosine, imagesPerSecond: 2, elapsedSeconds: 1 })
          .onConflictDoUpdate({ target: [lossPoints.runId, lossPoints.step], set: { cosine } });
      }
      const points = await db.select().from(lossPoints).where(eq(lossPoints.runId, run.id));
      assert.deepEqual(
        points.map((p) => p.cosine),
        [0.5],
      );
      assert.deepEqual((await db.select().from(datasetVersions))[0]?.files[0]?.path, 'train/good/000.png');
      await handle.close();
      // Opening again re-runs the migrator, which must find nothing left to apply.
      const again = await openDatabase({ url: storage.url, pgliteDir: storage.pgliteDir });
      assert.equal((await again.db.select().from(categories)).length, 1);
      await again.close();
    } finally {
      await storage.cleanup();
    }
  });
}
