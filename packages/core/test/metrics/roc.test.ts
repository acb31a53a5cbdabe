import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDestsegError } from '../../src/errors.ts';
import {
  aurocOfSplit,
  averagePrecisionOfSplit,
  countAtLeast,
  f1Max,
  splitByLabel,
} from '../../src/metrics/roc.ts';

/** ROC AUC of one score array against binary labels (non-zero = positive); null if a class is missing. */
function auroc(scores: Float32Array, labels: Uint8Array): number | null {
  return aurocOfSplit(splitByLabel([scores], [labels]));
}

/** Average precision of one score array; null when there are no positives. */
function averagePrecision(scores: Float32Array, labels: Uint8Array): number | null {
  return averagePrecisionOfSplit(splitByLabel([scores], [labels]));
}

const f32 = (values: number[]): Float32Array => Float32Array.from(values);
const u8 = (values: number[]): Uint8Array => Uint8Array.from(values);

test('all scores tied: AUROC 0.5, AP = positive rate, F1 at the only threshold', () => {
  const scores = f32([0.4, 0.4, 0.4, 0.4, 0.4]);
  const labels = u8([1, 0, 0, 1, 0]);
  assert.equal(auroc(scores, labels), 0.5);
  assert.equal(averagePrecision(scores, labels), 0.4);
  // Everything predicted defective: P = 2/5, R = 1, F1 = 2·2/(2+3+2).
  assert.deepEqual(f1Max(scores, labels), { f1: 4 / 7, threshold: Math.fround(0.4) });
});

test('perfect and inverted separation', () => {
  const scores = f32([0.9, 0.8, 0.2, 0.1]);
  assert.equal(auroc(scores, u8([1, 1, 0, 0])), 1);
  assert.equal(averagePrecision(scores, u8([1, 1, 0, 0])), 1);
  assert.deepEqual(f1Max(scores, u8([1, 1, 0, 0])), { f1: 1, threshold: Math.fround(0.8) });
  assert.equal(auroc(scores, u8([0, 0, 1, 1])), 0);
});

test('partial ties are grouped into one threshold (sklearn values, computed by hand)', () => {
  const scores = f32([0.9, 0.8, 0.8, 0.7, 0.5]);
  const labels = u8([1, 0, 1, 1, 0]);
  // Pairs (positive > negative, ties count 1/2): 2 + 1.5 + 1 of 6.
  assert.equal(auroc(scores, labels), 4.5 / 6);
  // Thresholds 0.9, 0.8, 0.7: ΔR = 1/3 each at P = 1, 2/3, 3/4.
  assert.ok(Math.abs((averagePrecision(scores, labels) as number) - 29 / 36) < 1e-15);
  // F1 = 2TP/(TP+FP+P): 0.5, 4/6, 6/7, 6/8 → best at 0.7.
  assert.deepEqual(f1Max(scores, labels), { f1: 6 / 7, threshold: Math.fround(0.7) });
});

test('a missing class gives null, never NaN', () => {
  const scores = f32([0.3, 0.6]);
  assert.equal(auroc(scores, u8([0, 0])), null);
  assert.equal(auroc(scores, u8([1, 1])), null);
  assert.equal(averagePrecision(scores, u8([0, 0])), null);
  assert.deepEqual(f1Max(scores, u8([0, 0])), { f1: null, threshold: null });
  assert.equal(averagePrecision(scores, u8([1, 1])), 1);
});

test('NaN scores are rejected with METRIC_UNDEFINED', () => {
  assert.throws(
    () => auroc(f32([0.1, Number.NaN]), u8([0, 1])),
    (e) => isDestsegError(e) && e.code === 'METRIC_UNDEFINED',
  );
});

test('countAtLeast counts ties as reached', () => {
  const sorted = f32([0.1, 0.2, 0.2, 0.5]);
  assert.equal(countAtLeast(sorted, 0.2), 3);
  assert.equal(countAtLeast(sorted, Math.fround(0.2)), 3);
  assert.equal(countAtLeast(sorted, 0.6), 0);
  assert.equal(countAtLeast(sorted, -1), 4);
});
