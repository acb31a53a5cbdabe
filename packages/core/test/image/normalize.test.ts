import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IMAGENET_MEAN, IMAGENET_STD, normalizeImagenet } from '../../src/image/normalize.ts';
import type { RgbImage } from '../../src/image/rgb-image.ts';

/** Inverse of `normalizeImagenet` for display: rounds and clamps back to uint8 RGB. */
function denormalizeImagenet(data: Float32Array, width: number, height: number, offset = 0): RgbImage {
  const n = width * height * 3;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 3) {
    for (let c = 0; c < 3; c++) {
      const v =
        ((data[offset + i + c] as number) * (IMAGENET_STD[c] as number) + (IMAGENET_MEAN[c] as number)) * 255;
      out[i + c] = Math.min(255, Math.max(0, Math.round(v)));
    }
  }
  return { width, height, data: out };
}

test('ImageNet normalisation per channel, in float32 like torchvision', () => {
  const img = { width: 2, height: 1, data: new Uint8Array([0, 0, 0, 255, 255, 255]) };
  const out = normalizeImagenet(img);
  const expected = [
    -0.485 / 0.229,
    -0.456 / 0.224,
    -0.406 / 0.225,
    0.515 / 0.229,
    0.544 / 0.224,
    0.594 / 0.225,
  ];
  for (let i = 0; i < 6; i++) assert.ok(Math.abs((out[i] as number) - (expected[i] as number)) < 1e-6);
  assert.deepEqual(denormalizeImagenet(out, 2, 1), img);
});

test('writes into a batch buffer at an offset', () => {
  const img = { width: 1, height: 1, data: new Uint8Array([10, 20, 30]) };
  const batch = new Float32Array(6);
  normalizeImagenet(img, batch, 3);
  assert.deepEqual(batch.subarray(0, 3), new Float32Array(3));
  assert.deepEqual(batch.subarray(3), normalizeImagenet(img));
  assert.deepEqual(denormalizeImagenet(batch, 1, 1, 3), img);
  assert.throws(() => normalizeImagenet(img, batch, 4), RangeError);
});
