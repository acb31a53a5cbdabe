import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { decodeImage, decodeMask } from '../../src/image/decode-image.ts';
import { precomputeCoeffs, resizeFloatAntialiased, resizeRgbPil } from '../../src/image/pil-resize.ts';
import { readSafetensors } from '../../src/io/safetensors.ts';
import { sharedPath } from '../../src/testing/shared.ts';

const REFERENCE = sharedPath('reference', 'reference.safetensors');
const DATA = `${sharedPath('data', 'bsdata-pitting')}/`;
const noShared = !existsSync(REFERENCE) && 'shared reference data missing';

function close(actual: ArrayLike<number>, expected: number[], tol = 1e-6): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    assert.ok(
      Math.abs((actual[i] as number) - (expected[i] as number)) <= tol,
      `[${i}] ${actual[i]} vs ${expected[i]}`,
    );
  }
}

test('4 -> 2 downscale: support 2, triangle weights 3/7, 3/7, 1/7', () => {
  // Output 0: centre 1, taps x=0,1,2 at distances 0.25, 0.25, 0.75 (scaled by 1/2) -> 0.75, 0.75, 0.25.
  const c = precomputeCoeffs(4, 2);
  assert.deepEqual([...c.xmin], [0, 1]);
  assert.deepEqual([...c.count], [3, 3]);
  close(c.weights.subarray(0, 3), [3 / 7, 3 / 7, 1 / 7], 1e-15);
  close(resizeFloatAntialiased(new Float32Array([0, 1, 2, 3]), 4, 1, 2, 1), [5 / 7, 16 / 7]);
  // The same along the vertical axis.
  close(resizeFloatAntialiased(new Float32Array([0, 1, 2, 3]), 1, 4, 1, 2), [5 / 7, 16 / 7]);
});

test('6 -> 4 downscale: support 1.5, edge taps renormalised', () => {
  // Output 1: centre 2.25, taps 1,2,3 with raw weights 1/2, 5/6, 1/6 (sum 3/2).
  close(resizeFloatAntialiased(new Float32Array([0, 1, 2, 3, 4, 5]), 6, 1, 4, 1), [
    3 / 8,
    16 / 9,
    29 / 9,
    37 / 8,
  ]);
});

test('upscaling is plain half-pixel bilinear with clamped edges', () => {
  close(resizeFloatAntialiased(new Float32Array([0, 1]), 2, 1, 4, 1), [0, 0.25, 0.75, 1]);
  // 2x2 -> 4x4 is separable: row and column interpolation multiply.
  const out = resizeFloatAntialiased(new Float32Array([0, 0, 0, 1]), 2, 2, 4, 4);
  const ramp = [0, 0.25, 0.75, 1];
  close(
    out,
    ramp.flatMap((a) => ramp.map((b) => a * b)),
  );
});

test('PIL uint8 resize keeps an unchanged size and rounds between passes', () => {
  const img = { width: 2, height: 1, data: new Uint8Array([10, 20, 30, 40, 50, 60]) };
  const same = resizeRgbPil(img, 2, 1);
  assert.deepEqual(same.data, img.data);
  assert.notEqual(same.data, img.data);
  // 2 -> 1 averages with weights 1/2: (10+40)/2 = 25, (20+50)/2 = 35, (30+60)/2 = 45.
  assert.deepEqual([...resizeRgbPil(img, 1, 1).data], [25, 35, 45]);
  // Upscale 1 -> 3 vertically only (the horizontal pass is skipped).
  assert.deepEqual([...resizeRgbPil(img, 2, 3).data], [...img.data, ...img.data, ...img.data]);
  // 2x2 [[0,1],[0,0]] -> 1x1: the rows give 0.5 -> 1 and 0, then (1 + 0) / 2 = 0.5 -> 1 again,
  // where an unrounded average would be 0.25 -> 0.
  const grey = { width: 2, height: 2, data: new Uint8Array([0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]) };
  assert.deepEqual([...resizeRgbPil(grey, 1, 1).data], [1, 1, 1]);
});

for (const [key, file] of [
  ['image.bsdata_train0.pil_bilinear_256.uint8_hwc', 'train/good/01_200828110055_305000_090_crop_2.jpg'],
  ['image.bsdata_pitting0.pil_bilinear_256.uint8_hwc', 'test/pitting/01_200902053521_585000_090_crop_2.jpg'],
] as const) {
  test(`PIL bilinear 256x256 matches ${key}`, { skip: noShared }, async () => {
    const expected = (await readSafetensors(REFERENCE)).get(key)?.data;
    assert.ok(expected);
    const out = resizeRgbPil(await decodeImage(DATA + file), 256, 256);
    let within1 = 0;
    let exact = 0;
    let maxDiff = 0;
    for (let i = 0; i < expected.length; i++) {
      const d = Math.abs((out.data[i] as number) - (expected[i] as number));
      if (d === 0) exact++;
      if (d <= 1) within1++;
      maxDiff = Math.max(maxDiff, d);
    }
    const n = expected.length;
    // Measured: bit-exact (1.0 equal, max diff 0) with sharp 0.34.5's JPEG decoder.
    assert.ok(
      within1 / n >= 0.995,
      `within 1 grey level: ${within1 / n}, exact ${exact / n}, max ${maxDiff}`,
    );
    assert.ok(maxDiff <= 2, `max diff ${maxDiff}`);
  });
}

test('GT mask: antialiased float resize and >= 0.5 binarisation match the reference', {
  skip: noShared,
}, async () => {
  const ref = await readSafetensors(REFERENCE);
  const soft = ref.get('mask.bsdata_pitting0.antialias_bilinear_256.float')?.data;
  const binary = ref.get('mask.bsdata_pitting0.binary_256')?.data;
  assert.ok(soft && binary);
  const mask = await decodeMask(`${DATA}ground_truth/pitting/01_200902053521_585000_090_crop_2_mask.png`);
  const out = resizeFloatAntialiased(mask.data, mask.width, mask.height, 256, 256);
  let maxDiff = 0;
  for (let i = 0; i < soft.length; i++)
    maxDiff = Math.max(maxDiff, Math.abs((out[i] as number) - (soft[i] as number)));
  assert.ok(maxDiff <= 1e-5, `max diff ${maxDiff}`);
  for (let i = 0; i < binary.length; i++)
    assert.equal((out[i] as number) >= 0.5 ? 1 : 0, binary[i], `pixel ${i}`);
});
