/**
 * The production build (scripts/build.mjs: bundles run on plain Node, no tsx) serves the API and runs
 * every worker from its bundle: a GraphQL query, a training run (the forked training worker, then the
 * evaluation worker and the ONNX export) and an inspection (the predictor and pixel worker threads).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type ApiProcess, BUILT_ENTRY, killApiProcess, startApiProcess } from './support/api-process.ts';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import { createTestEnvironment, TINY_PARAMS } from './support/test-server.ts';

const BUILD = fileURLToPath(new URL('../../../scripts/build.mjs', import.meta.url));

test('the built API answers GraphQL, trains in its worker process and inspects in its worker threads', async () => {
  await promisify(execFile)(process.execPath, [BUILD]);
  const env = await createTestEnvironment('pglite');
  let api: ApiProcess | undefined;
  try {
    api = await startApiProcess(env, {}, BUILT_ENTRY);
    assert.deepEqual((await gql(api.url, '{ categories { name } }')).data, { categories: [] });

    const created = await gql(
      api.url,
      `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }`,
      { i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32, augmentationGroup: 'NONE' } },
    );
    assert.deepEqual(created.data?.createCategory.userErrors, []);
    const started = await gql(
      api.url,
      `mutation($i: StartTrainingRunInput!) { startTrainingRun(input: $i) { run { id } userErrors { code } } }`,
      { i: { category: 'metal', params: TINY_PARAMS } },
    );
    assert.deepEqual(started.data?.startTrainingRun.userErrors, []);
    const client = wsClient(api.url);
    const progress = new Subscription(
      client,
      `subscription($id: ID!) { trainingProgress(runId: $id) { status lossPoint { step } } }`,
      { id: started.data?.startTrainingRun.run.id },
    );
    await progress.waitFor(
      (m) => m.trainingProgress.status === 'SUCCEEDED' && m.trainingProgress.lossPoint === null,
      600_000,
    );
    progress.close();
    await client.dispose();

    const image = await readFile(join(env.datasetPath, 'test', 'good', '000.png'));
    const inspected = await gql(
      api.url,
      `mutation($i: InspectInput!) { inspect(input: $i) { inspection { score heatmapUrl } userErrors { code message } } }`,
      { i: { category: 'metal', imageBase64: image.toString('base64') } },
    );
    assert.deepEqual(inspected.data?.inspect.userErrors, []);
    assert.ok(Number.isFinite(inspected.data?.inspect.inspection.score));
    const heatmap = await fetch(inspected.data?.inspect.inspection.heatmapUrl);
    assert.equal(heatmap.status, 200);
  } finally {
    await killApiProcess(api);
    await env.cleanup();
  }
});
