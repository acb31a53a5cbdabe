import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitTestSetScores } from '../../lib/test-set-scores.ts';

test('test images split by their ground truth, not by a verdict', () => {
  const split = splitTestSetScores([
    { defective: false, scoreOutputScore: 0.2 },
    { defective: true, scoreOutputScore: 0.1 },
    { defective: true, scoreOutputScore: 0.9 },
    { defective: false, scoreOutputScore: 0.7 },
  ]);
  assert.deepEqual(split, { good: [0.2, 0.7], defective: [0.1, 0.9] });
  assert.deepEqual(splitTestSetScores([]), { good: [], defective: [] });
});

test('an evaluation without scores for the chosen output has no split', () => {
  assert.equal(
    splitTestSetScores([
      { defective: false, scoreOutputScore: 0.2 },
      { defective: true, scoreOutputScore: null },
    ]),
    null,
  );
});
