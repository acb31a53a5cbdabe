import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overlaySeries } from '../../lib/compare-series.ts';

test('runs share one row per step; each run is smoothed on its own; a log scale drops values ≤ 0', () => {
  const rows = overlaySeries(
    [
      {
        key: 'a',
        points: [
          { step: 1, stage: 1, cosine: 1 },
          { step: 2, stage: 1, cosine: 0 },
        ],
      },
      {
        key: 'b',
        points: [
          { step: 2, stage: 1, cosine: 0.5 },
          { step: 3, stage: 2, focal: 0.2 },
        ],
      },
    ],
    'cosine',
    0,
    true,
  );
  assert.deepEqual(rows, [
    { step: 1, a: 1 },
    { step: 2, a: null, b: 0.5 },
  ]);
  const smoothed = overlaySeries(
    [
      {
        key: 'a',
        points: [
          { step: 1, stage: 1, cosine: 1 },
          { step: 2, stage: 1, cosine: 0 },
        ],
      },
    ],
    'cosine',
    0.5,
  );
  assert.ok((smoothed[1]?.a ?? 0) > 0);
});
