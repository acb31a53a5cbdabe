import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeLossPoints, splitByStage } from '../../lib/loss-series.ts';

test('merging orders by step and lets a re-trained step replace the old point', () => {
  const merged = mergeLossPoints(
    [
      { step: 2, stage: 1, cosine: 0.5 },
      { step: 1, stage: 1, cosine: 0.9 },
    ],
    [
      { step: 2, stage: 1, cosine: 0.4 },
      { step: 3, stage: 2, focal: 0.1, l1: 0.2 },
    ],
  );
  assert.deepEqual(
    merged.map((p) => [p.step, p.cosine ?? p.focal]),
    [
      [1, 0.9],
      [2, 0.4],
      [3, 0.1],
    ],
  );
  assert.deepEqual(
    splitByStage(merged).stage2.map((p) => p.step),
    [3],
  );
});
