/**
 * Concurrent inspections share forward passes: with one pass in flight, the requests that arrive
 * meanwhile run together in the next one, and every caller gets its own image's result.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { decodeImage, Inspector, selectBackend, synthesizeCategory, train } from '@destseg/core';
import { InspectBatcher } from '../src/inference/inspect-batcher.ts';
import { TEACHER } from './support/test-server.ts';

const dir = await mkdtemp(join(tmpdir(), 'destseg-batcher-'));
after(() => rm(dir, { recursive: true, force: true }));

test('requests arriving during a forward pass are batched into the next one', async () => {
  await selectBackend('wasm', () => {});
  const data = join(dir, 'metal');
  await synthesizeCategory({ outDir: data, seed: 4, size: 32, train: 4, testGood: 2, testBad: 3 });
  await train({
    dataDir: data,
    outDir: join(dir, 'run'),
    teacher: TEACHER,
    config: { imageSize: 32, batchSize: 2, steps: 2, stage1Steps: 1 },
  });
  const inspector = await Inspector.load(join(dir, 'run'), { batchSize: 8 });
  const images = await Promise.all(
    ['good/000.png', 'good/001.png', 'scratch/000.png', 'stain/000.png', 'hole/000.png'].map((f) =>
      decodeImage(join(data, 'test', f)),
    ),
  );
  const alone = await inspector.predict(images);

  const passes: number[] = [];
  const predict = inspector.predict.bind(inspector);
  inspector.predict = (batch) => {
    passes.push(batch.length);
    return predict(batch);
  };
  const batcher = new InspectBatcher(inspector, 8);
  const results = await Promise.all(images.map((image) => batcher.predict(image)));
  assert.deepEqual(passes, [1, 4], 'the first request runs at once, the other four share one pass');
  for (const [i, r] of results.entries()) {
    assert.ok(Math.abs(r.score - (alone[i]?.score as number)) < 1e-5, `image ${i} got its own result`);
  }
  batcher.retire();
});
