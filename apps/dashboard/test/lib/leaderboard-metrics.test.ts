import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankBy } from '../../lib/leaderboard-metrics.ts';

test('rows rank by the chosen metric, nulls last, ties in the original order', () => {
  const rows = [
    { id: 'a', m: { pixelAp: 0.5, aupro: null } },
    { id: 'b', m: { pixelAp: null, aupro: 0.9 } },
    { id: 'c', m: { pixelAp: 0.7, aupro: 0.1 } },
    { id: 'd', m: { pixelAp: 0.5, aupro: 0.2 } },
  ];
  assert.deepEqual(
    rankBy(rows, (r) => r.m, 'pixelAp').map((r) => r.id),
    ['c', 'a', 'd', 'b'],
  );
  assert.deepEqual(
    rankBy(rows, (r) => r.m, 'aupro').map((r) => r.id),
    ['b', 'd', 'c', 'a'],
  );
});
