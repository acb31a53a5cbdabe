import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { DestsegError, type DestsegErrorCode } from '../../src/errors.ts';
import { decodeImage, decodeMask } from '../../src/image/decode-image.ts';

let dir = '';
let png: Buffer = Buffer.alloc(0);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'destseg-decode-'));
  const pixels = Buffer.alloc(40 * 30 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7) % 256;
  png = await sharp(pixels, { raw: { width: 40, height: 30, channels: 3 } })
    .png()
    .toBuffer();
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function rejectsWith(work: Promise<unknown>, code: DestsegErrorCode, name: string): Promise<void> {
  await assert.rejects(work, (e: unknown) => {
    assert.ok(e instanceof DestsegError, String(e));
    assert.equal(e.code, code, e.message);
    assert.ok(e.message.includes(name), `message names the file: ${e.message}`);
    return true;
  });
}

test('decodes RGB, grey (3 equal channels) and RGBA (alpha dropped)', async () => {
  const rgb = await decodeImage(await file('ok.png', png));
  assert.equal(rgb.width, 40);
  assert.equal(rgb.height, 30);
  assert.equal(rgb.data.length, 40 * 30 * 3);
  assert.equal(rgb.data[5], 35);

  const grey = await sharp(Buffer.from([0, 50, 100, 250]), { raw: { width: 2, height: 2, channels: 1 } })
    .png()
    .toBuffer();
  assert.deepEqual([...(await decodeImage(grey)).data], [0, 0, 0, 50, 50, 50, 100, 100, 100, 250, 250, 250]);

  const rgba = await sharp(Buffer.from([10, 20, 30, 0, 40, 50, 60, 255]), {
    raw: { width: 2, height: 1, channels: 4 },
  })
    .png()
    .toBuffer();
  assert.deepEqual([...(await decodeImage(rgba)).data], [10, 20, 30, 40, 50, 60]);

  const jpeg = await sharp(png).jpeg().toBuffer();
  const decoded = await decodeImage(jpeg);
  assert.deepEqual([decoded.width, decoded.height, decoded.data.length], [40, 30, 3600]);
});

test('decodeMask reads the first channel as floats in [0, 1]', async () => {
  const mask = await sharp(Buffer.from([0, 255, 128, 0]), { raw: { width: 2, height: 2, channels: 1 } })
    .png()
    .toBuffer();
  const out = await decodeMask(mask);
  assert.deepEqual([out.width, out.height], [2, 2]);
  assert.deepEqual([...out.data], [0, 1, Math.fround(128 / 255), 0]);
});

test('corrupt bytes are IMAGE_UNREADABLE', async () => {
  const bytes = Buffer.concat([png.subarray(0, 8), Buffer.alloc(200, 0xab)]);
  await rejectsWith(decodeImage(await file('corrupt.png', bytes)), 'IMAGE_UNREADABLE', 'corrupt.png');
});

test('truncated PNG and JPEG files are IMAGE_UNREADABLE', async () => {
  const path = await file('truncated.png', png.subarray(0, Math.floor(png.length / 2)));
  await rejectsWith(decodeImage(path), 'IMAGE_UNREADABLE', 'truncated.png');
  await rejectsWith(decodeMask(path), 'IMAGE_UNREADABLE', 'truncated.png');
  const jpeg = await sharp(png).jpeg().toBuffer();
  const cut = await file('truncated.jpg', jpeg.subarray(0, jpeg.length - 20));
  await rejectsWith(decodeImage(cut), 'IMAGE_UNREADABLE', 'truncated.jpg');
});

test('a zero-size file is IMAGE_EMPTY', async () => {
  await rejectsWith(decodeImage(await file('empty.png', Buffer.alloc(0))), 'IMAGE_EMPTY', 'empty.png');
});

test('a text file is IMAGE_UNREADABLE', async () => {
  await rejectsWith(
    decodeImage(await file('notes.jpg', 'just some text\n')),
    'IMAGE_UNREADABLE',
    'notes.jpg',
  );
});

test('a missing file is IMAGE_UNREADABLE', async () => {
  await rejectsWith(decodeImage(join(dir, 'missing.png')), 'IMAGE_UNREADABLE', 'missing.png');
});

test('limits on pixels and bytes give IMAGE_TOO_LARGE before decoding', async () => {
  const path = await file('big.png', png);
  await rejectsWith(decodeImage(path, { maxPixels: 40 * 30 - 1 }), 'IMAGE_TOO_LARGE', 'big.png');
  await rejectsWith(decodeImage(path, { maxBytes: 100 }), 'IMAGE_TOO_LARGE', 'big.png');
  await rejectsWith(decodeImage(png, { maxPixels: 10, name: 'upload.png' }), 'IMAGE_TOO_LARGE', 'upload.png');
  assert.equal((await decodeImage(path, { maxPixels: 40 * 30 })).width, 40);
});
