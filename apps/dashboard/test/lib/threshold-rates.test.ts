import assert from 'node:assert/strict';
import { test } from 'node:test';
import { thresholdRates } from '../../lib/threshold-rates.ts';

test('a score equal to the threshold counts as a defect, like the engine', () => {
  const rates = thresholdRates([0.1, 0.5, 0.2, 0.4], [0.5, 0.9, 0.3], 0.5);
  assert.equal(rates.falseAlarmRate, 1 / 4);
  assert.equal(rates.missRate, 1 / 3);
});

test('rates are null when a class has no images', () => {
  assert.deepEqual(thresholdRates([], [1], 0.5), { falseAlarmRate: null, missRate: 0 });
  assert.deepEqual(thresholdRates([0], [], 0.5), { falseAlarmRate: 0, missRate: null });
});
