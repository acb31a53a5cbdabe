import assert from 'node:assert/strict';
import { test } from 'node:test';
import { smoothEma } from '../../lib/ema.ts';

test('weight 0 keeps the values; a debiased EMA starts at the first value and lags behind a jump', () => {
  assert.deepEqual(smoothEma([1, 2, null, 3], 0), [1, 2, null, 3]);
  const smoothed = smoothEma([1, 1, 5, null, 5], 0.5);
  assert.equal(smoothed[0], 1);
  assert.equal(smoothed[1], 1);
  assert.equal(smoothed[3], null);
  // By hand: (0.5³·1 + 0.5²·1 + 0.5·5) / (1 − 0.5³).
  assert.ok(Math.abs((smoothed[2] ?? 0) - (0.125 + 0.25 + 2.5) / 0.875) < 1e-12);
  assert.ok((smoothed[4] ?? 0) > (smoothed[2] ?? 0) && (smoothed[4] ?? 0) < 5);
});
