import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelComponents } from '../../src/metrics/connected-components.ts';
import { instanceAveragePrecision } from '../../src/metrics/iap.ts';
import { groupInstanceScores } from '../../src/metrics/instances.ts';
import { splitByLabel } from '../../src/metrics/roc.ts';

/** IAP of 4×4 maps; `defects` lists the GT pixel indices of each map. */
function iapOf(maps: number[][], defects: number[][]) {
  const scores = maps.map((m) => Float32Array.from(m));
  const masks = defects.map((d) => {
    const m = new Uint8Array(16);
    for (const i of d) m[i] = 1;
    return m;
  });
  const instances = groupInstanceScores(scores, labelComponents(masks, 4, 4));
  return instanceAveragePrecision(instances, splitByLabel(scores, masks));
}

test('single instance: score is the descending value at ⌊n/2⌋', () => {
  // Instance (pixels 0,1,4,5) scores 0.9, 0.8, 0.3, 0.2 → s = 0.3; 3 of them and 2 normal pixels reach it.
  const map = [0.9, 0.8, 0.5, 0.3, 0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
  const result = iapOf([map], [[0, 1, 4, 5]]);
  assert.deepEqual(result, { iap: Math.fround(3 / 5), iapAtRecall: Math.fround(3 / 5) });
});

test('two instances: IAP@90 is read at the first recall >= 0.9 after reversing', () => {
  // A (pixels 0,1) at 0.9, B (pixels 10,11) at 0.2, one normal pixel at 0.5.
  // s = 0.2: precision 4/5; s = 0.9: precision 2/2. Recall 1 then 1/2.
  const map = [0.9, 0.9, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1];
  const result = iapOf([map], [[0, 1, 10, 11]]);
  assert.deepEqual(result, { iap: (Math.fround(0.8) + 1) / 2, iapAtRecall: Math.fround(0.8) });
});

test('running max: a lower recall never has a lower precision', () => {
  // Normal pixel at 0.95 instead: precisions 4/5 then 2/3, the latter lifted to 4/5.
  const map = [0.9, 0.9, 0.95, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1];
  const result = iapOf([map], [[0, 1, 10, 11]]);
  assert.deepEqual(result, { iap: Math.fround(0.8), iapAtRecall: Math.fround(0.8) });
});

test('instance score 0 counts every normal pixel in the numerator (pred·gt = 0 >= 0), as officially', () => {
  // Instance of zeros; one normal pixel is negative so it is not predicted but still counted: 16 / 15.
  const map = [0, 0, 0.1, 0.1, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, -0.2];
  const result = iapOf([map], [[0, 1, 4, 5]]);
  assert.deepEqual(result, { iap: Math.fround(16 / 15), iapAtRecall: Math.fround(16 / 15) });
});

test('no instance gives null', () => {
  assert.equal(iapOf([new Array(16).fill(0.5)], [[]]), null);
});
