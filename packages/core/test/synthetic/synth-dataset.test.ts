import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { Rng } from '../../src/random/rng.ts';
import { DEFECT_TYPES, makeDefectiveImage, synthesizeCategory } from '../../src/synthetic/synth-dataset.ts';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

test('synthesizeCategory writes an MVTec layout, deterministically', async () => {
  const a = await mkdtemp(join(tmpdir(), 'destseg-synth-a-'));
  const b = await mkdtemp(join(tmpdir(), 'destseg-synth-b-'));
  const c = await mkdtemp(join(tmpdir(), 'destseg-synth-c-'));
  try {
    const progress: number[] = [];
    const opts = { seed: 4, size: 64, train: 4, testGood: 2, testBad: 3 };
    await synthesizeCategory({ ...opts, outDir: a, onProgress: (done) => progress.push(done) });
    assert.deepEqual(progress, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const files = await listFiles(a);
    assert.deepEqual(files, [
      'ground_truth/hole/000_mask.png',
      'ground_truth/scratch/000_mask.png',
      'ground_truth/stain/000_mask.png',
      'test/good/000.png',
      'test/good/001.png',
      'test/hole/000.png',
      'test/scratch/000.png',
      'test/stain/000.png',
      'train/good/000.png',
      'train/good/001.png',
      'train/good/002.png',
      'train/good/003.png',
    ]);
    for (const f of files) {
      const meta = await sharp(join(a, f)).metadata();
      assert.equal(meta.width, 64);
      assert.equal(meta.height, 64);
      assert.equal(meta.channels, f.endsWith('_mask.png') ? 1 : 3);
    }
    for (const type of DEFECT_TYPES) {
      const mask = await sharp(join(a, 'ground_truth', type, '000_mask.png'))
        .raw()
        .toBuffer();
      const on = mask.filter((v) => v === 255).length;
      assert.equal(on + mask.filter((v) => v === 0).length, mask.length, 'mask is 0/255');
      assert.ok(on >= 8 && on <= 0.08 * mask.length, `${type} covers ${on} pixels`);
    }

    await synthesizeCategory({ ...opts, outDir: b });
    for (const f of files) assert.ok((await readFile(join(a, f))).equals(await readFile(join(b, f))), f);
    await synthesizeCategory({ ...opts, seed: 5, outDir: c });
    assert.ok(
      !(await readFile(join(a, files[3] as string))).equals(await readFile(join(c, files[3] as string))),
    );
  } finally {
    await Promise.all([a, b, c].map((d) => rm(d, { recursive: true, force: true })));
  }
});

test('the defect mask marks exactly the changed pixels, and clearly changed ones', () => {
  const rng = new Rng(1);
  for (let n = 0; n < 9; n++) {
    const type = DEFECT_TYPES[n % DEFECT_TYPES.length] ?? 'scratch';
    const { clean, image, mask } = makeDefectiveImage(64, type, rng);
    let on = 0;
    for (let p = 0; p < mask.length; p++) {
      let diff = 0;
      for (let c = 0; c < 3; c++)
        diff += Math.abs((image.data[p * 3 + c] as number) - (clean.data[p * 3 + c] as number));
      if (mask[p] === 1) {
        on++;
        assert.ok(diff >= 20, `${type}: masked pixel ${p} changed by only ${diff}`);
      } else {
        assert.equal(diff, 0, `${type}: pixel ${p} outside the mask changed`);
      }
    }
    assert.ok(on >= 8, `${type} covers ${on} pixels at 64 px`);
  }
});
