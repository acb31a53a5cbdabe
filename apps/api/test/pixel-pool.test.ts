import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { decodeImage, encodePng, type RgbImage, renderInspectionImages } from '@destseg/core';
import { resizeRgbPil } from '@destseg/core/pixels';
import { INLINE_BASE64_CHARS, PixelPool } from '../src/inference/pixel-pool.ts';

function image(width: number, height: number): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7) % 251;
  return { width, height, data };
}

const LIMITS = { maxImageBytes: 1 << 24, maxImagePixels: 1 << 24 };

async function png(input: RgbImage): Promise<Uint8Array> {
  return new Uint8Array(await encodePng(input));
}

function map(size: number): Float32Array {
  return Float32Array.from({ length: size * size }, (_, i) => (i % size) / size);
}

test('the pixel pool draws the same PNGs from a stored upload as the inline code, at the image size, in a worker thread', async () => {
  const pool = new PixelPool({ maxThreads: 1 });
  try {
    const input = image(300, 200);
    const upload = await png(input);
    const fromPool = await pool.render(upload, LIMITS, map(64), 64);
    assert.equal(pool.threads, 1, 'the work ran in a worker thread');
    assert.equal(upload.byteLength, 0, 'the upload moved to the worker, not copied');
    const inline = await renderInspectionImages(input, map(64), 64);
    for (const kind of ['image', 'heatmap', 'overlay'] as const) {
      assert.deepEqual(Buffer.from(fromPool[kind]), Buffer.from(inline[kind]), kind);
      const decoded = await decodeImage(Buffer.from(fromPool[kind]));
      assert.deepEqual([decoded.width, decoded.height], [300, 200], kind);
    }
    // The stored image is the input itself, pixel for pixel.
    const stored = await decodeImage(Buffer.from(fromPool.image));
    assert.deepEqual(Buffer.from(stored.data), Buffer.from(input.data));
  } finally {
    await pool.close();
  }
});

test('idle pixel workers exit, giving their memory back', async () => {
  const pool = new PixelPool({ maxThreads: 2, idleTimeoutMs: 200 });
  try {
    await Promise.all([
      pool.render(await png(image(512, 512)), LIMITS, map(32), 32),
      pool.render(await png(image(64, 64)), LIMITS, map(32), 32),
    ]);
    assert.ok(pool.threads >= 1);
    const deadline = Date.now() + 10_000;
    while (pool.threads > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(pool.threads, 0);
    // And a later render starts a fresh one.
    const again = await pool.render(await png(image(16, 16)), LIMITS, map(16), 16);
    assert.ok(again.overlay.length > 0);
  } finally {
    await pool.close();
  }
});

test('a bad task is a rejected promise, not a crashed pool', async () => {
  const pool = new PixelPool({ maxThreads: 1 });
  try {
    await assert.rejects(
      pool.render(await png(image(10, 10)), LIMITS, new Float32Array(3), 64),
      /map has 3 values/,
    );
    await assert.rejects(pool.render(new Uint8Array([1, 2, 3]), LIMITS, map(8), 8));
    assert.ok((await pool.render(await png(image(8, 8)), LIMITS, map(8), 8)).heatmap.length > 0);
  } finally {
    await pool.close();
  }
});

test('base64 uploads are read (a large one in a worker): bytes and sha256, or a typed refusal', async () => {
  const pool = new PixelPool({ maxThreads: 1 });
  try {
    const large = Buffer.alloc(INLINE_BASE64_CHARS, 7);
    const readLarge = await pool.readBase64(large.toString('base64'), large.length);
    assert.ok(readLarge.ok);
    assert.deepEqual(Buffer.from(readLarge.bytes), large);
    assert.equal(pool.threads, 1, 'a payload over INLINE_BASE64_CHARS is read in a worker thread');
    const bytes = Buffer.from('a small payload, not an image');
    const read = await pool.readBase64(`data:image/png;base64,${bytes.toString('base64')}\n`, 1000);
    assert.ok(read.ok);
    assert.deepEqual(Buffer.from(read.bytes), bytes);
    assert.equal(read.sha256, createHash('sha256').update(bytes).digest('hex'));
    const refusal = async (base64: string, maxBytes: number) => {
      const r = await pool.readBase64(base64, maxBytes);
      return r.ok ? 'ok' : r.code;
    };
    assert.equal(await refusal('  ', 1000), 'IMAGE_EMPTY');
    assert.equal(await refusal('%%%not base64%%%', 1000), 'IMAGE_UNREADABLE');
    assert.equal(await refusal(bytes.toString('base64'), 10), 'IMAGE_TOO_LARGE');
  } finally {
    await pool.close();
  }
});

test("uploads are decoded in a worker: the image's size, the model input and the upload, moved back, or a typed refusal", async () => {
  const pool = new PixelPool({ maxThreads: 1 });
  const limits = { maxImageBytes: 1 << 20, maxImagePixels: 1 << 20 };
  try {
    const original = image(90, 60);
    const png = new Uint8Array(await encodePng(original));
    const upload = png.slice();
    const decoded = await pool.decode(upload, limits, 32);
    assert.ok(decoded.ok);
    assert.equal(upload.byteLength, 0, 'the upload moved to the worker');
    assert.deepEqual([decoded.width, decoded.height], [90, 60]);
    assert.deepEqual(Buffer.from(decoded.upload), Buffer.from(png), 'the upload came back as it was');
    // The model input is the training resize of the image (what the predictors would do themselves).
    const expected = resizeRgbPil(original, 32, 32);
    assert.deepEqual([decoded.modelInput.width, decoded.modelInput.height], [32, 32]);
    assert.deepEqual(Buffer.from(decoded.modelInput.data), Buffer.from(expected.data));
    const square = image(40, 40);
    const atModelSize = await pool.decode(new Uint8Array(await encodePng(square)), limits, 40);
    assert.ok(atModelSize.ok);
    assert.deepEqual(
      Buffer.from(atModelSize.modelInput.data),
      Buffer.from(square.data),
      'identity at the model size',
    );

    const refusal = async (bytes: Uint8Array, max = limits) => {
      const r = await pool.decode(bytes, max, 32);
      return r.ok ? 'ok' : r.code;
    };
    assert.equal(
      await refusal(new Uint8Array(Buffer.from('GIF89a not supported'))),
      'IMAGE_UNSUPPORTED_TYPE',
    );
    assert.equal(await refusal(png.slice(0, 60)), 'IMAGE_UNREADABLE');
    assert.equal(
      await refusal(png.slice(), { maxImageBytes: 1 << 20, maxImagePixels: 100 }),
      'IMAGE_TOO_LARGE',
    );
    assert.ok((await pool.decode(png.slice(), limits, 16)).ok, 'the pool still works after refusals');
  } finally {
    await pool.close();
  }
});
