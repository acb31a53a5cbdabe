import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/random/rng.ts';
import { makeAnomalySample } from '../../src/synthetic/anomaly-generator.ts';
import { ProceduralTextureSource } from '../../src/synthetic/texture-source.ts';

const size = 64;
const clean = { width: size, height: size, data: new Uint8Array(size * size * 3).fill(128) };
const textures = new ProceduralTextureSource();

test('makeAnomalySample changes the image only inside the mask, deterministically', async () => {
  const rng = new Rng(3);
  let nonEmpty = 0;
  for (let n = 0; n < 10; n++) {
    const s = await makeAnomalySample(clean, textures, rng);
    assert.equal(s.clean.length, size * size * 3);
    assert.equal(s.augmented.length, size * size * 3);
    assert.equal(s.mask.length, size * size);
    let on = 0;
    for (let p = 0; p < s.mask.length; p++) {
      const m = s.mask[p] as number;
      assert.ok(m === 0 || m === 1);
      on += m;
      for (let c = 0; c < 3; c++) {
        assert.ok(Math.abs((s.clean[p * 3 + c] as number) - 128 / 255) < 1e-6);
        if (m === 0) assert.equal(s.augmented[p * 3 + c], s.clean[p * 3 + c]);
      }
    }
    if (on > 0) nonEmpty++;
  }
  assert.ok(nonEmpty >= 5, `${nonEmpty}/10 masks non-empty`);
  const a = await makeAnomalySample(clean, textures, new Rng(9));
  const b = await makeAnomalySample(clean, textures, new Rng(9));
  assert.deepEqual(a, b);
});

test('makeAnomalySample rejects a non-square image', async () => {
  const wide = { width: 8, height: 4, data: new Uint8Array(8 * 4 * 3) };
  await assert.rejects(makeAnomalySample(wide, textures, new Rng(0)), { code: 'CONFIG_INVALID' });
});
