import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDuration, formatPercent, formatScore } from '../../lib/format.ts';

test('percentages print like the paper, missing values as a dash', () => {
  assert.equal(formatPercent(0.9876), '98.8');
  assert.equal(formatPercent(null), '—');
});

test('durations are compact', () => {
  assert.equal(formatDuration(5), '5s');
  assert.equal(formatDuration(125), '2m 05s');
  assert.equal(formatDuration(3725), '1h 02m');
  assert.equal(formatDuration(-1), '—');
});

test('scores keep four significant digits without trailing zeros', () => {
  assert.equal(formatScore(0.47231), '0.4723');
  assert.equal(formatScore(0.000001), '0.000001');
  assert.equal(formatScore(1234.56), '1234.6');
});
