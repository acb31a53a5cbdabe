/**
 * Migration 0002 (per-category scoring output) on a database that already holds rows: written by the
 * migrations before it, then upgraded by openDatabase. Existing rows must read as scored by the
 * segmentation output, and evaluations stored before it have no fused scores.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { openDatabase } from '../src/client.ts';
import { categories, evaluationImageScores, inspections, thresholds } from '../src/schema.ts';
import { STORAGES, type TestStorage } from './database-backends.ts';

const MIGRATIONS = fileURLToPath(new URL('../migrations', import.meta.url));

/** A copy of the migrations folder that stops before 0002: the schema as it was before the change. */
async function migrationsBefore0002(dir: string): Promise<string> {
  const out = join(dir, 'migrations-0001');
  await mkdir(join(out, 'meta'), { recursive: true });
  const journal = JSON.parse(await readFile(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ tag: string }>;
  };
  journal.entries = journal.entries.slice(0, 2);
  assert.deepEqual(
    journal.entries.map((e) => e.tag),
    ['0000_init', '0001_evaluation_scores_and_inspection_filters'],
  );
  for (const { tag } of journal.entries) await cp(join(MIGRATIONS, `${tag}.sql`), join(out, `${tag}.sql`));
  await writeFile(join(out, 'meta', '_journal.json'), JSON.stringify(journal));
  return out;
}

// Raw SQL: the drizzle tables already name the new columns, which the old schema lacks.
const OLD_ROWS = `
  INSERT INTO categories (name, dataset_path, image_size, augmentation_group) VALUES ('metal', '/d', 64, 'none');
  INSERT INTO dataset_versions (category_id, files, train_count, test_good_count, test_defect_count, content_hash)
    VALUES (1, '[]', 1, 1, 1, 'h');
  INSERT INTO training_runs (category_id, dataset_version_id, params, total_steps, run_dir)
    VALUES (1, 1, '{}', 2, '/r');
  INSERT INTO models (run_id, category_id, checkpoint_path, step, image_size) VALUES (1, 1, '/m', 2, 64);
  INSERT INTO thresholds (category_id, model_id, version, value, method, set_by)
    VALUES (1, 1, 1, 0.4, 'fixed', 'admin');
  INSERT INTO inspections (category_id, model_id, threshold_id, threshold_value, score, dest_score, verdict,
    heatmap_key, width, height) VALUES (1, 1, 1, 0.4, 0.7, 0.2, 'defect', 'k', 64, 64);
  INSERT INTO evaluations (model_id, dataset_version_id, image_count, images_per_second) VALUES (1, 1, 1, 5);
  INSERT INTO evaluation_image_scores (evaluation_id, path, defect_type, defective, score, dest_score)
    VALUES (1, 'test/good/000.png', 'good', false, 0.1, 0.05);
`;

async function writeOldDatabase(storage: TestStorage, migrationsFolder: string): Promise<void> {
  if (storage.url) {
    const client = new pg.Client({ connectionString: storage.url });
    await client.connect();
    try {
      await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
      await client.query(OLD_ROWS);
    } finally {
      await client.end();
    }
    return;
  }
  await mkdir(storage.pgliteDir, { recursive: true });
  const client = await PGlite.create(storage.pgliteDir);
  try {
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    await client.exec(OLD_ROWS);
  } finally {
    await client.close();
  }
}

for (const makeStorage of STORAGES) {
  test(`the score-output migration keeps existing rows working (${makeStorage.name.replace('Storage', '')})`, async () => {
    const storage = await makeStorage();
    const dir = await mkdtemp(join(tmpdir(), 'destseg-migrations-'));
    try {
      await writeOldDatabase(storage, await migrationsBefore0002(dir));
      const handle = await openDatabase({ url: storage.url, pgliteDir: storage.pgliteDir });
      const { db } = handle;
      try {
        const [category] = await db.select().from(categories);
        assert.equal(category?.scoreOutput, 'seg');
        assert.equal((await db.select().from(thresholds))[0]?.scoreOutput, 'seg');
        const [inspection] = await db.select().from(inspections);
        assert.deepEqual([inspection?.scoreOutput, inspection?.score], ['seg', 0.7]);
        assert.equal((await db.select().from(evaluationImageScores))[0]?.fusedScore, null);

        // New rows default to the segmentation output; the choice is a plain update.
        const [added] = await db
          .insert(categories)
          .values({ name: 'glass', datasetPath: '/g', imageSize: 32, augmentationGroup: 'none' })
          .returning();
        assert.equal(added?.scoreOutput, 'seg');
        await db.update(categories).set({ scoreOutput: 'dest' }).where(eq(categories.name, 'glass'));
        const [updated] = await db.select().from(categories).where(eq(categories.name, 'glass'));
        assert.equal(updated?.scoreOutput, 'dest');
      } finally {
        await handle.close();
      }
    } finally {
      await storage.cleanup();
      await rm(dir, { recursive: true, force: true });
    }
  });
}
