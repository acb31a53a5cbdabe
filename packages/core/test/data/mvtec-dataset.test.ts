import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { loadTestSample, loadTrainImage, scanMvtecCategory } from '../../src/data/mvtec-dataset.ts';
import { DestsegError } from '../../src/errors.ts';
import { decodeImage } from '../../src/image/decode-image.ts';
import { resizeRgbPil } from '../../src/image/pil-resize.ts';

const W = 40;
const H = 30;
let base = '';

before(async () => {
  base = await mkdtemp(join(tmpdir(), 'destseg-mvtec-'));
});

after(async () => {
  await rm(base, { recursive: true, force: true });
});

async function put(path: string, bytes: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}

function rgb(seed: number, format: 'png' | 'jpeg'): Promise<Buffer> {
  const px = Buffer.alloc(W * H * 3);
  for (let i = 0; i < px.length; i++) px[i] = (i * seed) % 251;
  return sharp(px, { raw: { width: W, height: H, channels: 3 } })
    [format]()
    .toBuffer();
}

/** Grey PNG mask: 255 inside [x0, x1) × [y0, y1). */
function mask(x0: number, y0: number, x1: number, y1: number): Promise<Buffer> {
  const px = Buffer.alloc(W * H);
  for (let y = y0; y < y1; y++) px.fill(255, y * W + x0, y * W + x1);
  return sharp(px, { raw: { width: W, height: H, channels: 1 } })
    .png()
    .toBuffer();
}

/** A small MVTec tree: 3 train images (+ a stray text file), good and crack test images with masks. */
async function makeCategory(name: string): Promise<string> {
  const root = join(base, name);
  await put(join(root, 'train/good/b.png'), await rgb(3, 'png'));
  await put(join(root, 'train/good/a.PNG'), await rgb(5, 'png'));
  await put(join(root, 'train/good/c.jpg'), await rgb(7, 'jpeg'));
  await put(join(root, 'train/good/notes.txt'), 'not an image');
  await put(join(root, 'test/good/000.png'), await rgb(11, 'png'));
  await put(join(root, 'test/crack/001.png'), await rgb(13, 'png'));
  await put(join(root, 'test/crack/000.jpeg'), await rgb(17, 'jpeg'));
  await put(join(root, 'ground_truth/crack/000_mask.png'), await mask(10, 5, 30, 25));
  // A one-pixel defect that vanishes when 40x30 is squashed to 8x8.
  await put(join(root, 'ground_truth/crack/001_mask.png'), await mask(20, 15, 21, 16));
  return root;
}

test('scans a category: sorted names, image extensions only, masks paired', async () => {
  const root = await makeCategory('widget');
  const cat = await scanMvtecCategory(root);
  assert.equal(cat.root, root);
  assert.deepEqual(
    cat.train.map((p) => p.slice(root.length + 1)),
    ['train/good/a.PNG', 'train/good/b.png', 'train/good/c.jpg'],
  );
  assert.deepEqual(
    cat.test.map((s) => [
      s.path.slice(root.length + 1),
      s.defectType,
      s.maskPath?.slice(root.length + 1) ?? null,
    ]),
    [
      ['test/crack/000.jpeg', 'crack', 'ground_truth/crack/000_mask.png'],
      ['test/crack/001.png', 'crack', 'ground_truth/crack/001_mask.png'],
      ['test/good/000.png', 'good', null],
    ],
  );
});

test('loads train images and test samples at the model size', async () => {
  const cat = await scanMvtecCategory(await makeCategory('load'));
  const train = await loadTrainImage(cat.train[0] as string, 8);
  assert.deepEqual(train, resizeRgbPil(await decodeImage(cat.train[0] as string), 8, 8));

  const [crack0, crack1, good] = cat.test;
  assert.ok(crack0 && crack1 && good);
  const s0 = await loadTestSample(crack0, 8);
  assert.deepEqual([s0.image.width, s0.image.height], [8, 8]);
  assert.equal(s0.label, 1);
  assert.ok(s0.mask.every((v) => v === 0 || v === 1));
  // Mask columns 10..30 of 40 and rows 5..25 of 30 cover output columns 2..5 and rows about 1..6.
  assert.equal(s0.mask[4 * 8 + 4], 1);
  assert.equal(s0.mask[0], 0);

  const s1 = await loadTestSample(crack1, 8);
  assert.equal(s1.label, 0, 'the label follows the resized mask, not the folder');
  const sg = await loadTestSample(good, 8);
  assert.equal(sg.label, 0);
  assert.deepEqual(sg.mask, new Float32Array(64));
});

async function rejectsInvalid(root: string, pattern: RegExp): Promise<void> {
  await assert.rejects(scanMvtecCategory(root), (e: unknown) => {
    assert.ok(e instanceof DestsegError, String(e));
    assert.equal(e.code, 'DATASET_INVALID');
    assert.match(e.message, pattern);
    return true;
  });
}

test('a defective test image without its mask is DATASET_INVALID', async () => {
  const root = await makeCategory('nomask');
  await put(join(root, 'test/crack/002.png'), await rgb(19, 'png'));
  await rejectsInvalid(root, /test\/crack\/002\.png: defective test image without its mask .*002_mask\.png/);
});

test('missing folders and empty training sets are DATASET_INVALID', async () => {
  await rejectsInvalid(join(base, 'absent'), /absent: category folder not found/);
  const noTrain = join(base, 'notrain');
  await put(join(noTrain, 'test/good/0.png'), await rgb(3, 'png'));
  await rejectsInvalid(noTrain, /train\/good: folder not found/);
  const empty = join(base, 'empty');
  await put(join(empty, 'train/good/readme.md'), 'no images here');
  await rejectsInvalid(empty, /train\/good: no training images/);
});

test('a category without test/ scans with an empty test list', async () => {
  const root = join(base, 'trainonly');
  await put(join(root, 'train/good/0.png'), await rgb(3, 'png'));
  assert.deepEqual((await scanMvtecCategory(root)).test, []);
});
