import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imageScore } from '../../src/metrics/image-score.ts';
import { fuseMaps } from '../../src/model/destseg/anomaly-map.ts';

test('fuseMaps is the pixel-wise geometric mean of the two maps', () => {
  const fused = fuseMaps(Float32Array.from([0.25, 0.5, 0, 1]), Float32Array.from([1, 0.5, 3, 4]));
  assert.deepEqual([...fused], [0.5, 0.5, 0, 2]);
});

test('rescaling either map does not change any ranking of the fused map', () => {
  const seg = Float32Array.from({ length: 200 }, (_, i) => ((i * 37) % 101) / 101);
  const dest = Float32Array.from({ length: 200 }, (_, i) => ((i * 53) % 97) / 50);
  const fused = fuseMaps(seg, dest);
  const scaled = fuseMaps(
    seg,
    dest.map((v) => v * 7),
  );
  // Every pixel is scaled by the same √7, so pixel rankings and top-k image rankings are kept.
  for (const [k, v] of fused.entries()) {
    assert.ok(Math.abs((scaled[k] as number) - Math.sqrt(7) * v) <= 1e-6 * (1 + v), `pixel ${k}`);
  }
  const ratio = imageScore(scaled, 10) / imageScore(fused, 10);
  assert.ok(Math.abs(ratio - Math.sqrt(7)) < 1e-5, `top-k score ratio ${ratio}`);
});

test('fuseMaps rejects maps of different sizes', () => {
  assert.throws(() => fuseMaps(new Float32Array(4), new Float32Array(5)), RangeError);
});
