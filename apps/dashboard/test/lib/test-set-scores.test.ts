import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitTestSetScores } from '../../lib/test-set-scores.ts';

test('test images split by their ground truth, not by a verdict', () => {
  const split = splitTestSetScores([
    { defective: false, score: 0.2 },
    { defective: true, score: 0.1 },
    { defective: true, score: 0.9 },
    { defective: false, score: 0.7 },
  ]);
  assert.deepEqual(split, { good: [0.2, 0.7], defective: [0.1, 0.9] });
  assert.deepEqual(splitTestSetScores([]), { good: [], defective: [] });
});
