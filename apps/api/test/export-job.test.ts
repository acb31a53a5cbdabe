/**
 * A model without model.onnx (trained before exports existed) gets one from an `export` job before the API
 * serves it (issue #13: training, evaluation and export are jobs): the job runs in an engine worker process
 * of whichever process works `export` jobs (here the embedded API itself), the parity report and the
 * model row's onnxPath are recorded, and inspections run on onnxruntime with the exported file.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { latestModelPath, onnxPathFor, selectBackend, train } from '@destseg/core';
import { openDatabase, sql } from '@destseg/db';
import { insertModelRows } from '@destseg/db/testing';
import { gqlData } from './support/graphql-client.ts';
import {
  createTestEnvironment,
  startTestServer,
  TEACHER,
  TINY_PARAMS,
  testConfig,
} from './support/test-server.ts';

const INSPECT = `mutation($i: InspectInput!) { inspect(input: $i) {
  inspection { score verdict } userErrors { code message } } }`;
const MODEL = `{ category(name: "metal") { activeModel { onnxExport { passed imageCount segMapError } } } }`;

test('a model without model.onnx is exported by an export job, recorded, and served on onnxruntime', async (t) => {
  const env = await createTestEnvironment('pglite');
  t.after(() => env.cleanup());
  await selectBackend('wasm', () => {});
  const runDir = join(env.dataDir, 'legacy-run');
  await train({
    dataDir: env.datasetPath,
    outDir: runDir,
    teacher: TEACHER,
    config: { imageSize: 32, ...TINY_PARAMS },
    exportOnnx: false,
  });
  const modelPath = await latestModelPath(runDir);
  const onnxPath = onnxPathFor(modelPath);
  assert.equal(existsSync(onnxPath), false, 'trained without an export');
  const handle = await openDatabase({ url: env.databaseUrl, pgliteDir: join(env.dataDir, 'pglite') });
  try {
    const { model } = await insertModelRows(handle.db, {
      datasetPath: env.datasetPath,
      checkpointPath: modelPath,
    });
    assert.equal(model.onnxPath, null);
  } finally {
    await handle.close();
  }

  const server = await startTestServer(testConfig(env));
  t.after(() => server.close());
  const image = (await readFile(join(env.datasetPath, 'test', 'good', '000.png'))).toString('base64');
  const result = await gqlData<{ inspect: { inspection: { score: number }; userErrors: unknown[] } }>(
    server.url,
    INSPECT,
    { i: { category: 'metal', imageBase64: image } },
  );
  assert.deepEqual(result.inspect.userErrors, []);
  assert.ok(Number.isFinite(result.inspect.inspection.score));
  assert.ok(existsSync(onnxPath), 'exported before the first inspection was served');

  const onModel = await gqlData<{
    category: { activeModel: { onnxExport: { passed: boolean; imageCount: number } | null } };
  }>(server.url, MODEL);
  assert.equal(onModel.category.activeModel.onnxExport?.passed, true, 'the parity report is on the model');
  const jobs = await server.services.db.execute(
    sql`select state, output from pgboss.job where name = 'export'`,
  );
  // PGlite's drizzle driver returns { rows }, like node-postgres.
  const [job] = (jobs as unknown as { rows: Array<{ state: string; output: { onnxPath?: string } }> }).rows;
  assert.equal(job?.state, 'completed', 'an export job did the export');
  assert.equal(job?.output.onnxPath, onnxPath);
  const [row] = await server.services.models.allActive();
  assert.equal(row?.onnxPath, onnxPath, 'the model row records its model.onnx');
});
