import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RgbImage } from '../../src/image/rgb-image.ts';
import { rotateFloat, rotateRgbPil } from '../../src/image/rotate.ts';

/** w×h image whose pixel (x, y) is (x, y, 7). */
function coords(w: number, h: number): RgbImage {
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([x, y, 7], (y * w + x) * 3);
  return { width: w, height: h, data };
}

function pixel(img: RgbImage, x: number, y: number): number[] {
  const o = (y * img.width + x) * 3;
  return [...img.data.subarray(o, o + 3)];
}

test('0 and 360 degrees are an identity copy', () => {
  const img = coords(5, 4);
  for (const angle of [0, 360, -720]) {
    const out = rotateRgbPil(img, angle);
    assert.deepEqual(out, img);
    assert.notEqual(out.data, img.data);
  }
});

test('90 degrees on a square image is the exact counter-clockwise transpose', () => {
  const img = coords(4, 4);
  const out = rotateRgbPil(img, 90);
  // Counter-clockwise: output (x, y) comes from input (w - 1 - y, x); the top-right corner moves to the top-left.
  for (let y = 0; y < 4; y++) for (let x = 0; x < 4; x++) assert.deepEqual(pixel(out, x, y), [3 - y, x, 7]);
  assert.deepEqual(rotateRgbPil(img, -270), out);
  assert.deepEqual(rotateRgbPil(img, 270), rotateRgbPil(out, 180));
});

test('180 degrees is exact on any shape', () => {
  const img = coords(5, 3);
  const out = rotateRgbPil(img, 180);
  for (let y = 0; y < 3; y++)
    for (let x = 0; x < 5; x++) assert.deepEqual(pixel(out, x, y), [4 - x, 2 - y, 7]);
});

test('45 degrees fills the exposed corners with grey 114 and keeps the centre', () => {
  const w = 32;
  const img = { width: w, height: w, data: new Uint8Array(w * w * 3).fill(200) };
  const out = rotateRgbPil(img, 45);
  assert.equal(out.width, w);
  for (const [x, y] of [
    [0, 0],
    [w - 1, 0],
    [0, w - 1],
    [w - 1, w - 1],
  ] as const) {
    assert.deepEqual(pixel(out, x, y), [114, 114, 114]);
  }
  assert.deepEqual(pixel(out, w / 2, w / 2), [200, 200, 200]);
  assert.deepEqual(pixel(rotateRgbPil(img, 45, [1, 2, 3]), 0, 0), [1, 2, 3]);
});

test('a small angle interpolates bilinearly and truncates like PIL', () => {
  // A horizontal ramp rotated by 1 degree stays close to the ramp in the middle rows.
  const w = 16;
  const data = new Uint8Array(w * w * 3);
  for (let i = 0; i < w * w; i++) data.fill((i % w) * 16, i * 3, i * 3 + 3);
  const out = rotateRgbPil({ width: w, height: w, data }, 1);
  for (let x = 2; x < w - 2; x++)
    assert.ok(Math.abs((pixel(out, x, 8)[0] as number) - x * 16) <= 2, `x=${x}`);
});

test('float rotation: 90 degrees matches the transpose, corners fill with 0', () => {
  const w = 6;
  const src = Float32Array.from({ length: w * w }, (_, i) => i + 1);
  const out = rotateFloat({ width: w, height: w, data: src }, 90).data;
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      assert.ok(Math.abs((out[y * w + x] as number) - (src[x * w + (w - 1 - y)] as number)) < 1e-4);
    }
  }
  const rotated = rotateFloat({ width: 32, height: 32, data: new Float32Array(32 * 32).fill(1) }, 45).data;
  assert.equal(rotated[0], 0);
  assert.equal(rotated[16 * 32 + 16], 1);
  assert.deepEqual(rotateFloat({ width: w, height: w, data: src }, 0).data, src);
});
