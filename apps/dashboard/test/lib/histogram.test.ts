import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreHistogram } from '../../lib/histogram.ts';

test('good and defective scores share bins that cover both and the threshold', () => {
  const bins = scoreHistogram([0, 1, 1], [3, 4], 4, [5]);
  assert.equal(bins.length, 4);
  assert.equal(bins[0]?.start, 0);
  assert.equal(bins[3]?.end, 5);
  assert.deepEqual(
    bins.map((b) => [b.good, b.defect]),
    [
      [3, 0],
      [0, 0],
      [0, 1],
      [0, 1],
    ],
  );
});

test('the maximum lands in the last bin and a single value still gets a width', () => {
  const bins = scoreHistogram([2, 2], [], 3);
  assert.equal(
    bins.reduce((n, b) => n + b.good, 0),
    2,
  );
  assert.ok((bins[0]?.end ?? 0) > (bins[0]?.start ?? 0));
});

test('no scores give no bins', () => {
  assert.deepEqual(scoreHistogram([], [], 10), []);
});
