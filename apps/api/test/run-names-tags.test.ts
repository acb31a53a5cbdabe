/**
 * Names and tags of training runs over real HTTP, on PGlite and PostgreSQL: set at the start, changed by
 * updateTrainingRun (userErrors for bad input), filtered by tag and by part of the name, listed by
 * trainingRunTags, pushed by trainingRunUpdated, and shown in a model's name. The runs are cancelled at once:
 * nothing here needs them to train.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { models, openDatabase } from '@destseg/db';
import { parseGlobalId } from '../src/graphql/global-id.ts';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import {
  createTestEnvironment,
  STORAGE_KINDS,
  startTestServer,
  TINY_PARAMS,
  testConfig,
} from './support/test-server.ts';

const START = `mutation($i: StartTrainingRunInput!) { startTrainingRun(input: $i) {
  run { id name named tags } userErrors { field code } } }`;
const UPDATE = `mutation($i: UpdateTrainingRunInput!) { updateTrainingRun(input: $i) {
  run { id name named tags } userErrors { field code } } }`;
const CANCEL = `mutation($id: ID!) { cancelTrainingRun(input: { id: $id }) { userErrors { code } } }`;
const LIST = `query($tag: String, $search: String) { trainingRuns(first: 50, tag: $tag, search: $search) {
  edges { node { name } } } trainingRunTags }`;

for (const storage of STORAGE_KINDS) {
  test(`runs are named, tagged, renamed and filtered (${storage})`, async () => {
    const env = await createTestEnvironment(storage);
    const server = await startTestServer(testConfig(env));
    const client = wsClient(server.url);
    try {
      await gql(
        server.url,
        `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }`,
        {
          i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32, augmentationGroup: 'NONE' },
        },
      );
      const start = async (name: string | null, tags: string[] | null) => {
        const res = await gql(server.url, START, {
          i: { category: 'metal', params: TINY_PARAMS, name, tags },
        });
        const payload = res.data?.startTrainingRun;
        if (payload?.run) await gql(server.url, CANCEL, { id: payload.run.id });
        return payload;
      };

      const baseline = await start('  Baseline 50% ', [' lr-sweep', 'baseline', 'lr-sweep', '']);
      assert.deepEqual(baseline.userErrors, []);
      assert.deepEqual(
        { ...baseline.run, id: undefined },
        { id: undefined, name: 'Baseline 50%', named: true, tags: ['baseline', 'lr-sweep'] },
      );
      const unnamed = await start(null, null);
      const rowId = parseGlobalId(unnamed.run.id)?.id;
      assert.deepEqual(unnamed.run, { id: unnamed.run.id, name: `run ${rowId}`, named: false, tags: [] });
      const fine = await start('fine_tune', ['lr-sweep']);

      // Bad input: nothing is stored, the field at fault is named.
      const longName = await start('x'.repeat(101), null);
      assert.deepEqual(longName.userErrors, [{ field: ['input', 'name'], code: 'INVALID_INPUT' }]);
      assert.equal(longName.run, null);
      const comma = await gql(server.url, UPDATE, { i: { id: fine.run.id, tags: ['ok', 'a,b'] } });
      assert.deepEqual(comma.data?.updateTrainingRun.userErrors, [
        { field: ['input', 'tags', '1'], code: 'INVALID_INPUT' },
      ]);
      const notARun = await gql(server.url, UPDATE, { i: { id: baseline.run.id.slice(0, -2), name: 'x' } });
      assert.equal(notARun.data?.updateTrainingRun.userErrors[0].code, 'INVALID_ID');

      // A rename is pushed to live lists; a field left out keeps its value.
      const updates = new Subscription(client, 'subscription { trainingRunUpdated { id name tags } }');
      await new Promise((r) => setTimeout(r, 300));
      const renamed = await gql(server.url, UPDATE, { i: { id: unnamed.run.id, name: 'wide batch' } });
      assert.deepEqual(renamed.data?.updateTrainingRun.run, {
        id: unnamed.run.id,
        name: 'wide batch',
        named: true,
        tags: [],
      });
      await updates.waitFor(
        (m) => m.trainingRunUpdated.id === unnamed.run.id && m.trainingRunUpdated.name === 'wide batch',
      );
      updates.close();
      const retagged = await gql(server.url, UPDATE, {
        i: { id: unnamed.run.id, tags: ['wide', 'Baseline'] },
      });
      assert.deepEqual(retagged.data?.updateTrainingRun.run.tags, ['Baseline', 'wide']);
      assert.equal(retagged.data?.updateTrainingRun.run.name, 'wide batch');

      const list = async (variables: { tag?: string; search?: string }) => {
        const res = await gql(server.url, LIST, variables);
        assert.equal(res.errors, undefined);
        return res.data?.trainingRuns.edges.map((e: { node: { name: string } }) => e.node.name);
      };
      assert.deepEqual(await list({ tag: 'lr-sweep' }), ['fine_tune', 'Baseline 50%']);
      assert.deepEqual(await list({ tag: 'wide' }), ['wide batch']);
      // Tags match exactly; names match any case, and LIKE's wildcards are plain characters.
      assert.deepEqual(await list({ tag: 'lr' }), []);
      assert.deepEqual(await list({ search: 'BASE' }), ['Baseline 50%']);
      assert.deepEqual(await list({ search: '_' }), ['fine_tune']);
      assert.deepEqual(await list({ search: '%' }), ['Baseline 50%']);
      assert.deepEqual(await list({ tag: 'lr-sweep', search: 'fine' }), ['fine_tune']);
      const all = await gql(server.url, LIST, {});
      assert.deepEqual(all.data?.trainingRunTags, ['baseline', 'Baseline', 'lr-sweep', 'wide']);

      // Removing the name brings the default back.
      const cleared = await gql(server.url, UPDATE, { i: { id: fine.run.id, name: '' } });
      assert.equal(cleared.data?.updateTrainingRun.run.named, false);
      assert.match(cleared.data?.updateTrainingRun.run.name, /^run \d+$/);
      assert.deepEqual(cleared.data?.updateTrainingRun.run.tags, ['lr-sweep']);

      // A model is named after its run and step (a row stands in for a trained model; PostgreSQL only,
      // where a second connection may write while the server runs).
      if (env.databaseUrl) {
        const handle = await openDatabase({ url: env.databaseUrl, pgliteDir: '' });
        try {
          await handle.db.insert(models).values({
            runId: parseGlobalId(baseline.run.id)?.id ?? 0,
            categoryId: 1,
            checkpointPath: '/m',
            step: 4,
            imageSize: 32,
          });
        } finally {
          await handle.close();
        }
        const model = await gql(server.url, 'query($id: ID!) { trainingRun(id: $id) { model { name } } }', {
          id: baseline.run.id,
        });
        assert.equal(model.data?.trainingRun.model.name, 'Baseline 50% · step 4');
      }
    } finally {
      await client.dispose();
      await server.close();
      await env.cleanup();
    }
  });
}
