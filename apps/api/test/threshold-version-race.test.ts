/**
 * Concurrent setThreshold calls on one category, on PGlite and PostgreSQL: each gets its own version
 * (before, two of them read the same last version and the second hit the unique index: INTERNAL).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { categories, datasetVersions, models, openDatabase, trainingRuns } from '@destseg/db';
import { PubSub } from '../src/events/pubsub.ts';
import { EvaluationRunner } from '../src/jobs/evaluation-runner.ts';
import { CategoryService } from '../src/services/categories.ts';
import { EvaluationService } from '../src/services/evaluations.ts';
import { ThresholdService } from '../src/services/thresholds.ts';
import { createTestEnvironment, type StorageKind } from './support/test-server.ts';

for (const storage of ['pglite', 'postgres'] as StorageKind[]) {
  test(`8 concurrent FIXED thresholds get versions 1..8 (${storage})`, async () => {
    const env = await createTestEnvironment(storage);
    const handle = await openDatabase({ url: env.databaseUrl, pgliteDir: join(env.dataDir, 'pglite') });
    try {
      const { db } = handle;
      const [category] = await db
        .insert(categories)
        .values({ name: 'metal', datasetPath: env.datasetPath, imageSize: 32, augmentationGroup: 'none' })
        .returning();
      assert.ok(category);
      const [version] = await db
        .insert(datasetVersions)
        .values({
          categoryId: category.id,
          files: [],
          trainCount: 0,
          testGoodCount: 0,
          testDefectCount: 0,
          contentHash: 'h',
        })
        .returning();
      const [run] = await db
        .insert(trainingRuns)
        .values({
          categoryId: category.id,
          datasetVersionId: version?.id ?? 0,
          params: {},
          totalSteps: 1,
          runDir: '/r',
        })
        .returning();
      const [model] = await db
        .insert(models)
        .values({
          runId: run?.id ?? 0,
          categoryId: category.id,
          checkpointPath: '/m',
          step: 1,
          imageSize: 32,
        })
        .returning();
      assert.ok(model);
      // FIXED thresholds never consult evaluations; the services are the server's own.
      const categoryService = new CategoryService(db);
      const evaluations = new EvaluationService(
        db,
        categoryService,
        new EvaluationRunner(),
        new PubSub(),
        () => {},
      );
      const service = new ThresholdService(db, evaluations, categoryService, () => {});
      const rows = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          service.set(category, model, { method: 'fixed', value: i / 10, setBy: 'test' }),
        ),
      );
      assert.deepEqual(
        rows.map((r) => r.version).sort((a, b) => a - b),
        [1, 2, 3, 4, 5, 6, 7, 8],
      );
    } finally {
      await handle.close();
      await env.cleanup();
    }
  });
}
