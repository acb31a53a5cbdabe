/** The configurable Perlin scale range: faithful by default, smaller defects for higher exponents. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelComponents } from '../../src/metrics/connected-components.ts';
import { Rng } from '../../src/random/rng.ts';
import { FAITHFUL_PERLIN_SCALES, perlinMask } from '../../src/synthetic/perlin.ts';
import { resolveTrainConfig } from '../../src/train/train-config.ts';

test('the default scale range is the official one and draws the same masks', () => {
  assert.deepEqual(FAITHFUL_PERLIN_SCALES, [0, 5]);
  assert.deepEqual(resolveTrainConfig({}).perlinScaleRange, [0, 5]);
  for (const seed of [1, 2, 3]) {
    assert.deepEqual(perlinMask(64, new Rng(seed), [0, 5]), perlinMask(64, new Rng(seed)));
  }
});

/**
 * Pixel-weighted mean component size Σa²/Σa over `draws` masks: the size of the defect a random
 * defect pixel belongs to (a plain mean per component is dominated by specks).
 */
function typicalDefectArea(size: number, scales: readonly [number, number], draws: number): number {
  const rng = new Rng(11);
  let sum = 0;
  let sumSquares = 0;
  for (let n = 0; n < draws; n++) {
    const { labels, count } = labelComponents([Uint8Array.from(perlinMask(size, rng, scales))], size, size);
    const areas = new Float64Array(count + 1);
    for (const l of labels) if (l > 0) areas[l] = (areas[l] as number) + 1;
    for (const a of areas) {
      sum += a;
      sumSquares += a * a;
    }
  }
  return sumSquares / Math.max(1, sum);
}

test('higher scale exponents give much smaller defects', () => {
  const faithful = typicalDefectArea(128, [0, 5], 60);
  const fine = typicalDefectArea(128, [4, 5], 60);
  assert.ok(fine > 0, 'fine scales still produce defects at 128 px');
  assert.ok(fine * 4 < faithful, `typical defect area: fine ${fine} px vs faithful ${faithful} px`);
});

test('resolveTrainConfig accepts a valid range and rejects malformed ones', () => {
  assert.deepEqual(resolveTrainConfig({ perlinScaleRange: [3, 5] }).perlinScaleRange, [3, 5]);
  for (const bad of [[4, 3], [0, 8], [-1, 2], [1.5, 3], [2], 'x', null]) {
    assert.throws(
      () => resolveTrainConfig({ perlinScaleRange: bad as unknown as [number, number] }),
      { code: 'CONFIG_INVALID' },
      JSON.stringify(bad),
    );
  }
});
