import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { Rng } from '../../src/random/rng.ts';
import { FolderTextureSource, ProceduralTextureSource } from '../../src/synthetic/texture-source.ts';

async function writeSolidPng(path: string, width: number, height: number, rgb: [number, number, number]) {
  const data = Buffer.alloc(width * height * 3);
  for (let p = 0; p < width * height; p++) data.set(rgb, p * 3);
  await writeFile(
    path,
    await sharp(data, { raw: { width, height, channels: 3 } })
      .png()
      .toBuffer(),
  );
}

test('FolderTextureSource draws both images, resized to size×size RGB', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-tex-'));
  try {
    await mkdir(join(dir, 'sub'));
    await writeSolidPng(join(dir, 'a.png'), 40, 30, [255, 0, 0]);
    await writeSolidPng(join(dir, 'sub', 'b.png'), 20, 50, [0, 0, 255]);
    await writeFile(join(dir, 'notes.txt'), 'not an image');
    const source = await FolderTextureSource.open(dir);
    assert.equal(source.files.length, 2);
    const rng = new Rng(0);
    const seen = new Set<string>();
    for (let n = 0; n < 20; n++) {
      const tex = await source.next(rng, 16);
      assert.equal(tex.width, 16);
      assert.equal(tex.height, 16);
      assert.equal(tex.data.length, 16 * 16 * 3);
      seen.add(tex.data.slice(0, 3).join(','));
    }
    assert.deepEqual([...seen].sort(), ['0,0,255', '255,0,0']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('FolderTextureSource prefers the DTD layout images/<class>/*.jpg', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-dtd-'));
  try {
    await mkdir(join(dir, 'images', 'banded'), { recursive: true });
    const jpg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    await writeFile(join(dir, 'images', 'banded', 'banded_0001.jpg'), jpg);
    await writeSolidPng(join(dir, 'preview.png'), 8, 8, [1, 2, 3]);
    const source = await FolderTextureSource.open(dir);
    assert.deepEqual(source.files, [join(dir, 'images', 'banded', 'banded_0001.jpg')]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('FolderTextureSource rejects a folder without images', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-empty-'));
  try {
    await assert.rejects(FolderTextureSource.open(dir), { code: 'DATASET_INVALID' });
    await assert.rejects(FolderTextureSource.open(join(dir, 'missing')), { code: 'DATASET_INVALID' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

function std(data: Uint8Array): number {
  let mean = 0;
  for (const v of data) mean += v;
  mean /= data.length;
  let sq = 0;
  for (const v of data) sq += (v - mean) ** 2;
  return Math.sqrt(sq / data.length);
}

test('ProceduralTextureSource is deterministic, varied and high-contrast', async () => {
  const source = new ProceduralTextureSource();
  const a = await source.next(new Rng(11), 64);
  const b = await source.next(new Rng(11), 64);
  assert.deepEqual(a, b);
  const rng = new Rng(12);
  const draws = [];
  for (let n = 0; n < 24; n++) draws.push(await source.next(rng, 64));
  for (let n = 1; n < draws.length; n++) assert.notDeepEqual(draws[n]?.data, draws[n - 1]?.data);
  const stds = draws.map((t) => std(t.data));
  assert.ok(Math.min(...stds) > 10, `smallest pixel std ${Math.min(...stds)}`);
  const meanStd = stds.reduce((s, v) => s + v, 0) / stds.length;
  assert.ok(meanStd > 35, `mean pixel std ${meanStd}`);
});
