import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/random/rng.ts';
import { perlinMask, perlinNoise } from '../../src/synthetic/perlin.ts';

test('perlinNoise has the requested shape, is zero on lattice points and stays within ±1', () => {
  const rng = new Rng(7);
  for (const [h, w, ry, rx] of [
    [256, 256, 4, 16],
    [64, 128, 32, 1],
    [100, 60, 32, 8],
  ] as const) {
    const p = perlinNoise(h, w, ry, rx, rng);
    assert.equal(p.length, h * w);
    let max = 0;
    for (const v of p) max = Math.max(max, Math.abs(v));
    // 2-D Perlin noise with unit gradients is bounded by √½; the √2 factor makes that 1.
    assert.ok(max <= 1 + 1e-6, `max |P| = ${max}`);
    assert.ok(max > 0.2, `noise is not flat (max ${max})`);
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < w; j++) {
        if ((i * ry) % h === 0 && (j * rx) % w === 0) assert.equal(Math.abs(p[i * w + j] as number), 0);
      }
    }
  }
});

test('perlinNoise draws (ry+1)(rx+1) angles', () => {
  const a = new Rng(3);
  perlinNoise(32, 32, 4, 2, a);
  const b = new Rng(3);
  for (let k = 0; k < 5 * 3; k++) b.uniform();
  assert.equal(a.uniform(), b.uniform());
});

test('perlinMask matches the official statistics (≈4.6% empty, ≈4.9% mean area)', () => {
  const rng = new Rng(2024);
  const draws = 1000;
  let empty = 0;
  let area = 0;
  for (let n = 0; n < draws; n++) {
    const m = perlinMask(256, rng);
    let on = 0;
    for (const v of m) {
      assert.ok(v === 0 || v === 1);
      on += v;
    }
    if (on === 0) empty++;
    area += on / m.length;
  }
  const emptyFrac = empty / draws;
  const meanArea = area / draws;
  assert.ok(emptyFrac >= 0.02 && emptyFrac <= 0.09, `empty fraction ${emptyFrac}`);
  assert.ok(meanArea >= 0.03 && meanArea <= 0.07, `mean area ${meanArea}`);
});

test('perlinMask is deterministic per seed', () => {
  assert.deepEqual(perlinMask(64, new Rng(5)), perlinMask(64, new Rng(5)));
  // Masks can be empty by chance; compare a few draws per seed.
  const draw = (seed: number): Float32Array[] => {
    const rng = new Rng(seed);
    return [0, 1, 2, 3].map(() => perlinMask(64, rng));
  };
  assert.notDeepEqual(draw(5), draw(6));
});
