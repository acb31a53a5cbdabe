/**
 * Concurrent setThreshold calls on one category, on PGlite and PostgreSQL: each gets its own version
 * (before, two of them read the same last version and the second hit the unique index: INTERNAL).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '@destseg/db';
import { insertModelRows } from '@destseg/db/testing';
import { LocalPubSub } from '../src/events/pubsub.ts';
import { EngineRunner } from '../src/jobs/engine-runner.ts';
import { JobQueue, jobTiming } from '../src/jobs/job-queue.ts';
import { CategoryService } from '../src/services/categories.ts';
import { EvaluationService } from '../src/services/evaluations.ts';
import { ThresholdService } from '../src/services/thresholds.ts';
import { createTestEnvironment, STORAGE_KINDS } from './support/test-server.ts';

for (const storage of STORAGE_KINDS) {
  test(`8 concurrent FIXED thresholds get versions 1..8 (${storage})`, async () => {
    const env = await createTestEnvironment(storage);
    const handle = await openDatabase({ url: env.databaseUrl, pgliteDir: join(env.dataDir, 'pglite') });
    const jobs = await JobQueue.open(handle, () => {}, jobTiming(30));
    try {
      const { db } = handle;
      const { category, model } = await insertModelRows(db, { datasetPath: env.datasetPath });
      // FIXED thresholds never consult evaluations; the services are the server's own.
      const categoryService = new CategoryService(db);
      const evaluations = new EvaluationService(
        db,
        categoryService,
        new EngineRunner(),
        new LocalPubSub(),
        jobs,
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
      await jobs.close();
      await handle.close();
      await env.cleanup();
    }
  });
}
