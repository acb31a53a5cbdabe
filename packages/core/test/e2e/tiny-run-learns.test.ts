/**
 * A tiny end-to-end run on synthetic data (64 px, wasm): the model learns to separate defects, and
 * inference is leak-free. 20 student steps suffice for the DeST branch; the segmentation net needs
 * far more steps than a test can afford, so its learning is covered by the real-data evaluation.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import sharp from 'sharp';
import { loadTestSample, scanMvtecCategory } from '../../src/data/mvtec-dataset.ts';
import { evaluateModel } from '../../src/evaluation/evaluate-model.ts';
import { inspectFiles } from '../../src/inference/inspect-files.ts';
import { Inspector } from '../../src/inference/inspector.ts';
import { tempDir, tinyCategory, tinyTrain, useWasm } from '../support/tiny-run.ts';

await useWasm();
const data = await tinyCategory(64, { train: 16, seed: 1 });
const run = await tinyTrain(data, await tempDir('learn'), {
  imageSize: 64,
  batchSize: 4,
  steps: 24,
  stage1Steps: 20,
  checkpointEvery: 100,
});
const inspector = await Inspector.load(run.runDir);
const category = await scanMvtecCategory(data);
const samples = await Promise.all(category.test.map((t) => loadTestSample(t, 64)));

test('after training, the map is clearly higher inside defect masks and defective images rank above good ones', async () => {
  const predictions = await inspector.predict(samples.map((s) => s.image));
  let inside = 0;
  let insideN = 0;
  let outside = 0;
  let outsideN = 0;
  samples.forEach((s, i) => {
    const map = predictions[i]?.destMap as Float32Array;
    for (let k = 0; k < map.length; k++) {
      if ((s.mask[k] as number) > 0) {
        inside += map[k] as number;
        insideN++;
      } else {
        outside += map[k] as number;
        outsideN++;
      }
    }
  });
  assert.ok(
    inside / insideN > 3 * (outside / outsideN),
    `inside ${inside / insideN} vs outside ${outside / outsideN}`,
  );
  const good = predictions.filter((_, i) => samples[i]?.label === 0).map((p) => p.destScore);
  const bad = predictions.filter((_, i) => samples[i]?.label === 1).map((p) => p.destScore);
  assert.ok(Math.min(...bad) > Math.max(...good), `defective ${bad} vs good ${good}`);
  const report = await evaluateModel(inspector, data);
  assert.equal(report.dest.overall.imageAuroc, 1);
  assert.ok(
    (report.dest.overall.pixelAuroc as number) > 0.9,
    `pixel AUROC ${report.dest.overall.pixelAuroc}`,
  );
});

test('no tensor leak: tf.memory() is the same after 1 and after 10 inspections', async () => {
  const image = samples[0]?.image;
  assert.ok(image);
  await inspector.predict([image]);
  const afterOne = tf.memory().numTensors;
  for (let i = 0; i < 9; i++) await inspector.predict([image]);
  assert.equal(tf.memory().numTensors, afterOne);
});

test('inspectFiles writes heatmap and overlay PNGs at the original image size', async () => {
  const out = await tempDir('inspect');
  const paths = category.test.slice(-2).map((t) => t.path);
  const results = await inspectFiles(inspector, paths, join(out, 'maps'));
  assert.equal(results.length, 2);
  for (const r of results) {
    assert.ok(Number.isFinite(r.score) && Number.isFinite(r.destScore));
    for (const png of [r.heatmap, r.overlay]) {
      const meta = await sharp(png).metadata();
      assert.equal(meta.format, 'png');
      assert.equal(meta.width, 64);
    }
  }
});
