import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/random/rng.ts';
import { blendAnomaly, drawBeta } from '../../src/synthetic/blend.ts';

const image = Float32Array.of(0.2, 0.4, 0.6, 1, 0, 0.5);
const texture = Float32Array.of(1, 0, 0.5, 0, 1, 0.25);

test('mask 0 leaves the image unchanged', () => {
  assert.deepEqual(blendAnomaly(image, texture, Float32Array.of(0, 0), 0.3), image);
});

test('mask 1 gives (1−β)·A + β·I', () => {
  const out = blendAnomaly(image, texture, Float32Array.of(1, 0), 0.25);
  const expected = [0.75 * 1 + 0.25 * 0.2, 0.75 * 0 + 0.25 * 0.4, 0.75 * 0.5 + 0.25 * 0.6, 1, 0, 0.5];
  for (let k = 0; k < expected.length; k++)
    assert.ok(Math.abs((out[k] as number) - (expected[k] as number)) < 1e-6);
  // β = 0 pastes the texture as is.
  assert.deepEqual(blendAnomaly(image, texture, Float32Array.of(1, 1), 0), texture);
});

test('mismatched sizes are rejected', () => {
  assert.throws(() => blendAnomaly(image, texture, Float32Array.of(1), 0.5), { code: 'CONFIG_INVALID' });
});

test('β is in [0, 0.8), so the texture opacity is in (0.2, 1]', () => {
  const rng = new Rng(1);
  let lo = 1;
  let hi = 0;
  for (let n = 0; n < 5000; n++) {
    const beta = drawBeta(rng);
    assert.ok(beta >= 0 && beta < 0.8);
    const opacity = 1 - beta;
    assert.ok(opacity > 0.2 && opacity <= 1);
    lo = Math.min(lo, beta);
    hi = Math.max(hi, beta);
  }
  assert.ok(lo < 0.01 && hi > 0.79, `β range [${lo}, ${hi}] covers [0, 0.8)`);
});
