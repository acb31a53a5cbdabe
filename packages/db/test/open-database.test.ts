import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../src/client.ts';
import { categories, datasetVersions, lossPoints, trainingRuns } from '../src/schema.ts';
import { STORAGES } from './database-backends.ts';

for (const makeStorage of STORAGES) {
  test(`migrations apply and rows round-trip (${makeStorage.name.replace('Storage', '')})`, async () => {
    const storage = await makeStorage();
    try {
      const handle = await openDatabase({ url: storage.url, pgliteDir: storage.pgliteDir });
      const { db } = handle;
      const [cat] = await db
        .insert(categories)
        .values({ name: 'metal', datasetPath: '/d', imageSize: 64, augmentationGroup: 'none' })
        .returning();
      assert.ok(cat);
      await assert.rejects(
        db
          .insert(categories)
          .values({ name: 'metal', datasetPath: '/e', imageSize: 64, augmentationGroup: 'none' }),
      );
      const [version] = await db
        .insert(datasetVersions)
        .values({
          categoryId: cat.id,
          files: [{ path: 'train/good/000.png', bytes: 10, sha256: 'ab' }],
          trainCount: 1,
          testGoodCount: 0,
          testDefectCount: 0,
          contentHash: 'h',
        })
        .returning();
      assert.ok(version);
      const [run] = await db
        .insert(trainingRuns)
        .values({
          categoryId: cat.id,
          datasetVersionId: version.id,
          params: { steps: 2 },
          totalSteps: 2,
          runDir: '/r',
        })
        .returning();
      assert.equal(run?.status, 'queued');
      // The (run, step) key lets a resumed run overwrite the steps it trains again.
      for (const cosine of [1, 0.5]) {
        await db
          .insert(lossPoints)
          .values({ runId: run?.id ?? 0, step: 1, stage: 1, cosine, imagesPerSecond: 2, elapsedSeconds: 1 })
          .onConflictDoUpdate({ target: [lossPoints.runId, lossPoints.step], set: { cosine } });
      }
      const points = await db
        .select()
        .from(lossPoints)
        .where(eq(lossPoints.runId, run?.id ?? 0));
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
