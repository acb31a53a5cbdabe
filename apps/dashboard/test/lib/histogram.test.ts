import assert from 'node:assert/strict';
import { test } from 'node:test';
import { histogramTicks, niceStep, scoreHistogram } from '../../lib/histogram.ts';

test('good and defective scores share round bins that cover both and the threshold', () => {
  const bins = scoreHistogram([0, 1, 1], [3, 4], 4, [5]);
  // 0..5 in at most 4 bins: a step of 2.
  assert.deepEqual(
    bins.map((b) => [b.start, b.end, b.good, b.defect]),
    [
      [0, 2, 3, 0],
      [2, 4, 0, 1],
      [4, 6, 0, 1],
    ],
  );
});

test('bin edges are round numbers for real-looking scores', () => {
  const bins = scoreHistogram([0.4123, 0.4377, 0.4412], [0.4977, 0.6031, 0.9], 24, [0.5]);
  assert.ok(bins.length <= 24);
  const round = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9;
  for (const b of bins) assert.ok(round(b.start) && round(b.end), `${b.start}..${b.end}`);
  assert.ok((bins[0]?.start ?? 1) <= 0.4123 && (bins.at(-1)?.end ?? 0) >= 0.9);
  assert.equal(
    bins.reduce((n, b) => n + b.good + b.defect, 0),
    6,
  );
  // Ticks sit on round values inside the bins' span, so no bar hangs over the axis ends.
  const ticks = histogramTicks(bins);
  assert.ok(ticks.length >= 2 && ticks.length <= 6, `${ticks}`);
  for (const t of ticks) assert.ok(round(t) && t >= (bins[0]?.start ?? 0) && t <= (bins.at(-1)?.end ?? 0));
});

test('niceStep picks 1, 2 or 5 × 10^k', () => {
  assert.equal(niceStep(1, 10), 0.1);
  assert.equal(niceStep(0.49, 24), 0.05);
  assert.equal(niceStep(7, 3), 5);
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
