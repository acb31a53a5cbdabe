import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateMaps } from '../../src/metrics/map-metrics.ts';
import { Rng } from '../../src/random/rng.ts';

test('about 16M pixels (250 maps of 256×256 with blobs) evaluate without running out of memory', () => {
  const rng = new Rng(7);
  const side = 256;
  const maps: Float32Array[] = [];
  const masks: Uint8Array[] = [];
  for (let i = 0; i < 250; i++) {
    const map = new Float32Array(side * side);
    const mask = new Uint8Array(side * side);
    for (let p = 0; p < map.length; p++) map[p] = 0.6 * rng.uniform();
    // One image in five is normal; the others get 1–3 round defects scored in [0.3, 1).
    const blobs = i % 5 === 0 ? 0 : 1 + rng.int(3);
    for (let b = 0; b < blobs; b++) {
      const cx = rng.int(side);
      const cy = rng.int(side);
      const r = 3 + rng.int(20);
      for (let y = Math.max(0, cy - r); y < Math.min(side, cy + r); y++) {
        for (let x = Math.max(0, cx - r); x < Math.min(side, cx + r); x++) {
          if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
          mask[y * side + x] = 1;
          map[y * side + x] = 0.3 + 0.7 * rng.uniform();
        }
      }
    }
    maps.push(map);
    masks.push(mask);
  }
  const start = performance.now();
  const report = evaluateMaps({ maps, masks });
  const seconds = (performance.now() - start) / 1000;
  console.log(`evaluateMaps on ${maps.length}×${side}² pixels: ${seconds.toFixed(1)} s`, report);
  const { imageF1Max, pixelF1Max, ...scalars } = report;
  for (const v of [...Object.values(scalars), imageF1Max.f1, pixelF1Max.f1]) {
    assert.ok(v !== null && v >= 0 && v <= 1, `${v}`);
  }
});
