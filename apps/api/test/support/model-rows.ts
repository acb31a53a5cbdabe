/** The rows a model needs (category, dataset version, run, model), inserted directly for tests of services. */
import assert from 'node:assert/strict';
import { categories, type Database, datasetVersions, models, trainingRuns } from '@destseg/db';

export async function insertModelRows(db: Database, datasetPath: string, checkpointPath = '/m') {
  const [category] = await db
    .insert(categories)
    .values({ name: 'metal', datasetPath, imageSize: 32, augmentationGroup: 'none' })
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
  assert.ok(version);
  const [run] = await db
    .insert(trainingRuns)
    .values({
      categoryId: category.id,
      datasetVersionId: version.id,
      params: {},
      totalSteps: 1,
      runDir: '/r',
    })
    .returning();
  assert.ok(run);
  const [model] = await db
    .insert(models)
    .values({ runId: run.id, categoryId: category.id, checkpointPath, step: 1, imageSize: 32 })
    .returning();
  assert.ok(model);
  return { category, model };
}
