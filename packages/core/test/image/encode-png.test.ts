import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { decodeImage } from '../../src/image/decode-image.ts';
import { encodePng, heatmapRgb, overlayRgb } from '../../src/image/encode-png.ts';

const image = {
  width: 40,
  height: 30,
  data: Uint8Array.from({ length: 40 * 30 * 3 }, (_, i) => (i * 5) % 256),
};

test('encodePng round-trips through a valid PNG', async () => {
  const png = await encodePng(image);
  const meta = await sharp(png).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height, meta.channels], ['png', 40, 30, 3]);
  assert.deepEqual((await decodeImage(png)).data, image.data);
});

test('heatmap goes from blue (low) to red (high), clamps, and has the map size', () => {
  const map = new Float32Array([0, 0.5, 1, -3, 7, Number.NaN]);
  const heat = heatmapRgb(map, 3, 2);
  assert.deepEqual([heat.width, heat.height, heat.data.length], [3, 2, 18]);
  const px = (i: number): number[] => [...heat.data.subarray(i * 3, i * 3 + 3)];
  const [low, mid, high] = [px(0), px(1), px(2)];
  assert.ok((low[2] as number) > (low[0] as number), `low ${low}`);
  assert.ok((mid[1] as number) > (mid[2] as number), `mid ${mid}`);
  assert.ok((high[0] as number) > (high[2] as number), `high ${high}`);
  assert.deepEqual(px(3), low);
  assert.deepEqual(px(4), high);
  assert.deepEqual(px(5), low);
  assert.throws(() => heatmapRgb(map, 4, 2), RangeError);
});

test('overlay resizes the map to the image and blends by opacity', async () => {
  const map = Float32Array.from({ length: 8 * 6 }, (_, i) => i / 47);
  const over = overlayRgb(image, map, 8, 6);
  assert.deepEqual([over.width, over.height, over.data.length], [40, 30, 3600]);
  assert.deepEqual(overlayRgb(image, map, 8, 6, 0).data, image.data);
  const uniform = new Float32Array(40 * 30).fill(1);
  const full = overlayRgb(image, uniform, 40, 30, 1);
  assert.deepEqual(full.data, heatmapRgb(uniform, 40, 30).data);
  const meta = await sharp(await encodePng(over)).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ['png', 40, 30]);
  assert.throws(() => overlayRgb(image, map, 8, 6, 2), RangeError);
});
