/**
 * Concurrent inspections share forward passes: with every predictor busy, the requests that arrive
 * meanwhile run together in the next free one's pass, and every caller gets its own image's result; with
 * several predictors (predictor worker threads), idle ones take requests at once.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  decodeImage,
  Inspector,
  latestModelPath,
  type MapPrediction,
  onnxPathFor,
  relativeError,
  selectBackend,
  synthesizeCategory,
  train,
} from '@destseg/core';
import { InspectBatcher } from '../src/inference/inspect-batcher.ts';
import { WorkerPredictor } from '../src/inference/worker-predictor.ts';
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
    exportOnnx: false,
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
  const told: number[] = [];
  const batcher = new InspectBatcher([inspector], 8, (images) => told.push(images));
  const results = await Promise.all(images.map((image) => batcher.predict(image)));
  assert.deepEqual(passes, [1, 4], 'the first request runs at once, the other four share one pass');
  assert.deepEqual(told, [1, 4], 'each pass is told as it starts (the API metric of images per pass)');
  for (const [i, r] of results.entries()) {
    assert.ok(Math.abs(r.segScore - (alone[i]?.segScore as number)) < 1e-5, `image ${i} got its own result`);
  }
  batcher.retire();

  // Two predictors: both take a request at once; the rest wait for whichever finishes first.
  const first = await Inspector.load(join(dir, 'run'), { batchSize: 8 });
  const second = await Inspector.load(join(dir, 'run'), { batchSize: 8 });
  const passesOf = new Map<Inspector, number[]>([
    [first, []],
    [second, []],
  ]);
  let inFlight = 0;
  let mostInFlight = 0;
  for (const one of [first, second]) {
    const own = one.predict.bind(one);
    one.predict = async (batch) => {
      passesOf.get(one)?.push(batch.length);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      try {
        return await own(batch);
      } finally {
        inFlight -= 1;
      }
    };
  }
  let disposed = 0;
  for (const one of [first, second]) {
    const own = one.dispose.bind(one);
    one.dispose = () => {
      disposed += 1;
      own();
    };
  }
  const pool = new InspectBatcher([first, second], 8);
  const pooled = await Promise.all(images.map((image) => pool.predict(image)));
  assert.equal(mostInFlight, 2, 'two passes in flight at once');
  assert.deepEqual(
    [...passesOf.values()].map((p) => p[0]),
    [1, 1],
    'each predictor took one request at once',
  );
  assert.deepEqual(
    [...passesOf.values()].flat().sort(),
    [1, 1, 3],
    'the three that arrived meanwhile shared the next pass',
  );
  for (const [i, r] of pooled.entries()) {
    assert.ok(Math.abs(r.segScore - (alone[i]?.segScore as number)) < 1e-5, `image ${i} got its own result`);
  }
  pool.retire();
  await new Promise((r) => setImmediate(r));
  assert.equal(disposed, 2, 'retiring an idle batcher disposes every predictor');
});

test('a worker-thread predictor exports a model without model.onnx on first use and serves it on onnxruntime', async () => {
  const modelPath = await latestModelPath(join(dir, 'run'));
  const onnxPath = onnxPathFor(modelPath);
  assert.equal(existsSync(onnxPath), false, 'trained without an export');
  const logs: string[] = [];
  const predictor = await WorkerPredictor.start(modelPath, {
    batchSize: 8,
    engine: 'ort',
    threads: 1,
    log: (m) => logs.push(m),
  });
  const reference = await Inspector.load(modelPath);
  try {
    assert.equal(predictor.engine, 'ort');
    assert.equal(predictor.imageSize, 32);
    assert.ok(existsSync(onnxPath), 'exported on first use');
    assert.ok(
      logs.some((m) => m.includes('first use')),
      logs.join('\n'),
    );
    const data = join(dir, 'metal');
    const images = await Promise.all(
      ['good/000.png', 'scratch/000.png', 'hole/000.png'].map((f) => decodeImage(join(data, 'test', f))),
    );
    const [served, expected] = await Promise.all([predictor.predict(images), reference.predict(images)]);
    for (const [i, p] of served.entries()) {
      const e = expected[i] as MapPrediction;
      assert.ok(relativeError(p.destMap, e.destMap) <= 1e-4, `image ${i} DeST map`);
      assert.ok(relativeError(p.segMap, e.segMap) <= 1e-4, `image ${i} seg map`);
      assert.ok(Math.abs(p.segScore - e.segScore) <= 1e-5 * Math.abs(e.segScore), `image ${i} score`);
    }
  } finally {
    reference.dispose();
    await predictor.dispose();
  }
  await assert.rejects(predictor.predict([]), /disposed/);
});
