import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareParams } from '../../lib/param-diff.ts';
import { formatParamValue, orderParamKeys, paramLabel } from '../../lib/param-labels.ts';

test('parameters read as words, known ones first in the form order', () => {
  assert.equal(paramLabel('stage1Steps'), 'Stage-1 steps');
  assert.equal(paramLabel('maxGradNorm'), 'Max grad norm');
  assert.equal(formatParamValue([2, 5]), '2–5');
  assert.equal(formatParamValue(null), '—');
  assert.deepEqual(orderParamKeys(['zeta', 'seed', 'batchSize', 'alpha']), [
    'batchSize',
    'seed',
    'alpha',
    'zeta',
  ]);
});

test('a parameter the runs do not share differs, a missing one too', () => {
  const rows = compareParams([
    { seed: 0, steps: 4, perlinScaleRange: [0, 5] },
    { seed: 7, steps: 4, perlinScaleRange: [0, 5], textures: 'dtd' },
  ]);
  assert.deepEqual(
    rows.map((r) => [r.key, r.differs]),
    [
      ['steps', false],
      ['seed', true],
      ['textures', true],
      ['perlinScaleRange', false],
    ],
  );
  assert.deepEqual(rows.find((r) => r.key === 'textures')?.values, ['—', 'dtd']);
});
