import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDestsegError } from '../../src/errors.ts';
import { imageScore } from '../../src/metrics/image-score.ts';
import { evaluateMaps, type MetricReport } from '../../src/metrics/map-metrics.ts';

function values(report: MetricReport): (number | null)[] {
  const { imageF1Max, pixelF1Max, ...scalars } = report;
  return [
    ...Object.values(scalars),
    imageF1Max.f1,
    imageF1Max.threshold,
    pixelF1Max.f1,
    pixelF1Max.threshold,
  ];
}

/** A 4×4 map with every pixel at `base` except `hot` pixels at `peak`. */
function map(base: number, peak: number, hot: number[]): Float32Array {
  const m = new Float32Array(16).fill(base);
  for (const i of hot) m[i] = peak;
  return m;
}

function mask(hot: number[]): Uint8Array {
  const m = new Uint8Array(16);
  for (const i of hot) m[i] = 1;
  return m;
}

test('imageScore is the mean of the top-K values', () => {
  const m = Float32Array.from([0.1, 0.9, 0.5, 0.7, 0.3]);
  assert.ok(Math.abs(imageScore(m, 2) - 0.8) < 1e-7);
  assert.ok(Math.abs(imageScore(m, 100) - 0.5) < 1e-7); // fewer values than K: all of them
  assert.throws(
    () => imageScore(m, 0),
    (e) => isDestsegError(e) && e.code === 'CONFIG_INVALID',
  );
});

test('perfectly separated maps score 1 everywhere', () => {
  const report = evaluateMaps({
    maps: [map(0.1, 0.9, [0, 1, 4]), map(0.1, 0.1, []), map(0.2, 0.8, [15])],
    masks: [mask([0, 1, 4]), mask([]), mask([15])],
    topK: 1,
  });
  assert.equal(report.imageAuroc, 1);
  assert.equal(report.pixelAuroc, 1);
  assert.equal(report.pixelAp, 1);
  assert.equal(report.iap, 1);
  assert.equal(report.iap90, 1);
  assert.ok(Math.abs((report.aupro as number) - 1) < 1e-6);
  assert.deepEqual(report.imageF1Max, { f1: 1, threshold: Math.fround(0.8) });
  assert.deepEqual(report.pixelF1Max, { f1: 1, threshold: Math.fround(0.8) });
});

test('all-normal set: every metric is null, none NaN', () => {
  const report = evaluateMaps({ maps: [map(0.1, 0.7, [3]), map(0.2, 0.2, [])], masks: [mask([]), mask([])] });
  assert.ok(values(report).every((v) => v === null));
});

test('all-defect images: image AUROC is null, pixel metrics are defined', () => {
  const report = evaluateMaps({
    maps: [map(0.1, 0.9, [0]), map(0.2, 0.6, [5, 6])],
    masks: [mask([0]), mask([5, 6])],
    topK: 2,
  });
  assert.equal(report.imageAuroc, null);
  assert.deepEqual(report.imageF1Max.f1, 1); // every image is a defect: flag all
  assert.equal(report.pixelAuroc, 1);
  assert.ok(values(report).every((v) => v === null || Number.isFinite(v)));
});

test('an empty set gives nulls', () => {
  assert.ok(values(evaluateMaps({ maps: [], masks: [] })).every((v) => v === null));
});

test('bad inputs are reported', () => {
  const code = (c: string) => (e: unknown) => isDestsegError(e) && e.code === c;
  assert.throws(() => evaluateMaps({ maps: [new Float32Array(6)], masks: [] }), code('DATASET_INVALID'));
  assert.throws(
    () => evaluateMaps({ maps: [new Float32Array(6)], masks: [new Uint8Array(6)] }),
    code('CONFIG_INVALID'),
  );
  assert.throws(
    () => evaluateMaps({ maps: [new Float32Array(16)], masks: [new Uint8Array(9)] }),
    code('DATASET_INVALID'),
  );
  const ok = evaluateMaps({ maps: [new Float32Array(6)], masks: [new Uint8Array(6)], width: 3, height: 2 });
  assert.equal(ok.pixelAuroc, null);
});
