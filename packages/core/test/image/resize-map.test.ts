import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { resizeMapBilinear } from '../../src/image/resize-map.ts';
import { resizeBilinear } from '../../src/model/layers.ts';

await tf.setBackend('cpu');

function seeded(n: number, seed: number): Float32Array {
  let s = seed;
  return Float32Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  });
}

test('half-pixel bilinear, hand-computed: 2 → 4 repeats the edges and interpolates at ¼ and ¾', () => {
  const out = resizeMapBilinear(new Float32Array([0, 1]), 2, 1, 4, 1);
  assert.deepEqual([...out], [0, 0.25, 0.75, 1]);
});

test('matches the model upsampling (TF.js resizeBilinear, half-pixel centres) up, down and non-square', () => {
  const cases: Array<[number, number, number, number]> = [
    [16, 16, 64, 64],
    [64, 64, 1000, 750],
    [64, 64, 37, 91],
    [7, 5, 3, 2],
    [64, 64, 64, 64],
  ];
  for (const [sw, sh, w, h] of cases) {
    const src = seeded(sw * sh, sw * 31 + w);
    const ours = resizeMapBilinear(src, sw, sh, w, h);
    const reference = tf.tidy(() =>
      resizeBilinear(tf.tensor4d(src, [1, sh, sw, 1]), h, w).dataSync(),
    ) as Float32Array;
    assert.equal(ours.length, reference.length);
    let worst = 0;
    for (let i = 0; i < ours.length; i++)
      worst = Math.max(worst, Math.abs((ours[i] as number) - (reference[i] as number)));
    assert.ok(worst < 1e-6, `${sw}x${sh} → ${w}x${h}: max |Δ| ${worst}`);
  }
});

test('bad sizes are RangeErrors', () => {
  assert.throws(() => resizeMapBilinear(new Float32Array(3), 2, 2, 4, 4), RangeError);
  assert.throws(() => resizeMapBilinear(new Float32Array(4), 2, 2, 0, 4), RangeError);
});
