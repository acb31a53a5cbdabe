/**
 * With a trained tiny model, on PGlite and PostgreSQL: a clientToken replays only the identical request
 * (another image or category is a CONFLICT), image URLs and subscription payload URLs come from the
 * configured public URL (or the server's own address), never from the caller's Host header, and a FIXED
 * threshold must lie in the score range.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { gql, Subscription, wsClient } from './support/graphql-client.ts';
import {
  createTestEnvironment,
  STORAGE_KINDS,
  startTestServer,
  TINY_PARAMS,
  testConfig,
} from './support/test-server.ts';

const PUBLIC_URL = 'https://inspect.example.com';
const INSPECT = `mutation($i: InspectInput!) { inspect(input: $i) {
  inspection { id imageUrl heatmapUrl overlayUrl } replayed userErrors { field code } } }`;

/** A GraphQL POST with a Host header of the caller's choice (fetch would not send it). */
function postWithHost(url: string, host: string, query: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', host } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => resolve(JSON.parse(text) as Record<string, unknown>));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

for (const storage of STORAGE_KINDS) {
  test(`clientToken replays, public URLs and threshold bounds (${storage})`, async () => {
    const env = await createTestEnvironment(storage);
    let server = await startTestServer({ ...testConfig(env), publicUrl: PUBLIC_URL });
    try {
      const created = await gql(
        server.url,
        'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { userErrors { code } } }',
        { i: { name: 'metal', datasetPath: env.datasetPath, imageSize: 32, augmentationGroup: 'NONE' } },
      );
      assert.deepEqual(created.data?.createCategory.userErrors, []);
      const client = wsClient(server.url);
      const updates = new Subscription(client, 'subscription { trainingRunUpdated { id status } }');
      const started = await gql(
        server.url,
        'mutation($p: TrainingParamsInput) { startTrainingRun(input: { category: "metal", params: $p }) { run { id } userErrors { code } } }',
        { p: TINY_PARAMS },
      );
      assert.deepEqual(started.data?.startTrainingRun.userErrors, []);
      await updates.waitFor((m) => m.trainingRunUpdated.status === 'SUCCEEDED', 300_000);
      updates.close();

      // FIXED thresholds within the score range only.
      const fixed = (value: number) =>
        gql(
          server.url,
          'mutation($v: Float) { setThreshold(input: { category: "metal", method: FIXED, value: $v }) { threshold { value } userErrors { code field } } }',
          { v: value },
        );
      for (const value of [-1e308, -0.01, 8.5, 1e308]) {
        assert.deepEqual(
          (await fixed(value)).data?.setThreshold.userErrors,
          [{ code: 'INVALID_INPUT', field: ['input', 'value'] }],
          String(value),
        );
      }
      assert.equal((await fixed(0.4)).data?.setThreshold.threshold.value, 0.4);

      const good = (await readFile(join(env.datasetPath, 'test/good/000.png'))).toString('base64');
      const other = (await readFile(join(env.datasetPath, 'test/good/001.png'))).toString('base64');
      const pushedInspections = new Subscription(
        client,
        'subscription { inspectionCreated { id imageUrl overlayUrl } }',
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const inspect = async (i: Record<string, unknown>) =>
        (await gql(server.url, INSPECT, { i })).data?.inspect;
      const sent = { category: 'metal', imageBase64: good, partId: 'P-1', clientToken: 'tok-1' };
      const first = await inspect(sent);
      assert.deepEqual(first.userErrors, []);
      assert.equal(first.replayed, false);
      for (const key of ['imageUrl', 'heatmapUrl', 'overlayUrl']) {
        assert.ok(first.inspection[key].startsWith(`${PUBLIC_URL}/heatmaps/`), first.inspection[key]);
      }
      const pushed = await pushedInspections.waitFor(
        (m) => m.inspectionCreated.id === first.inspection.id,
        30_000,
      );
      assert.ok(pushed.inspectionCreated.overlayUrl.startsWith(`${PUBLIC_URL}/heatmaps/`));
      pushedInspections.close();
      await client.dispose();

      // The identical request replays; the token with another request is a CONFLICT, and stores nothing.
      const again = await inspect({ ...sent, imageBase64: `data:image/png;base64,${good}` });
      assert.deepEqual([again.replayed, again.inspection.id], [true, first.inspection.id]);
      for (const changed of [
        { imageBase64: other },
        { category: 'no-such-category' },
        { partId: 'P-2' },
        { stationId: 'S-1' },
      ]) {
        const conflict = await inspect({ ...sent, ...changed });
        assert.equal(conflict.inspection, null, JSON.stringify(Object.keys(changed)));
        assert.deepEqual(conflict.userErrors, [{ code: 'CONFLICT', field: ['input', 'clientToken'] }]);
      }
      const count = await gql(server.url, '{ inspections { edges { cursor } } }');
      assert.equal(count.data?.inspections.edges.length, 1);

      // The caller's Host header never makes the URLs.
      const port = server.port;
      const viaLocalhost = await postWithHost(
        server.url,
        `localhost:${port}`,
        `{ inspections { edges { node { imageUrl } } } }`,
      );
      assert.match(JSON.stringify(viaLocalhost), new RegExp(`"${PUBLIC_URL}/heatmaps/`));

      // Without a public URL: the server's own address, whatever Host the caller used.
      await server.close();
      server = await startTestServer(testConfig(env));
      const own = await postWithHost(
        server.url,
        `localhost:${server.port}`,
        `{ inspections { edges { node { imageUrl } } } }`,
      );
      const imageUrl = (own as { data: { inspections: { edges: Array<{ node: { imageUrl: string } }> } } })
        .data.inspections.edges[0]?.node.imageUrl;
      assert.ok(imageUrl?.startsWith(`http://127.0.0.1:${server.port}/heatmaps/`), imageUrl);
      assert.equal((await fetch(imageUrl as string)).status, 200);
    } finally {
      await server.close();
      await env.cleanup();
    }
  });
}
