/**
 * MVTec AD folder layout: `train/good/*`, `test/<type>/*`, `ground_truth/<type>/<stem>_mask.png`.
 * Names are sorted by code point (as Python's `sorted`), so sample order is reproducible.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DestsegError } from '../errors.ts';
import { type DecodeOptions, decodeImage, decodeMask } from '../image/decode-image.ts';
import { resizeFloatAntialiased, resizeRgbPil } from '../image/pil-resize.ts';
import type { RgbImage } from '../image/rgb-image.ts';

export interface TestSample {
  path: string;
  defectType: string;
  /** Ground-truth mask; null for `good` images. */
  maskPath: string | null;
}

export interface MvtecCategory {
  root: string;
  train: string[];
  test: TestSample[];
}

export interface LoadedTestSample {
  image: RgbImage;
  /** size×size binary mask (0 or 1). */
  mask: Float32Array;
  /** Max of the binary mask: 1 when any defect pixel survives resizing (spec §8). */
  label: 0 | 1;
}

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.bmp']);
const GOOD = 'good';

/** Lists a category folder. `test/` may be absent (training only); `train/good/` may not. */
export async function scanMvtecCategory(root: string): Promise<MvtecCategory> {
  const rootEntries = await listDir(root, 'the category folder');
  if (rootEntries === null) throw invalid(`${root}: category folder not found (expected an MVTec AD layout)`);
  const trainDir = join(root, 'train', GOOD);
  const trainEntries = await listDir(trainDir, 'train/good');
  if (trainEntries === null)
    throw invalid(`${trainDir}: folder not found (expected train/good with normal images)`);
  const train = (await imageNames(trainDir, trainEntries)).map((n) => join(trainDir, n));
  if (train.length === 0) {
    throw invalid(`${trainDir}: no training images (expected .png, .jpg, .jpeg or .bmp files)`);
  }

  const test: TestSample[] = [];
  const testDir = join(root, 'test');
  const types = await namesOfKind(testDir, (await listDir(testDir, 'test')) ?? [], 'dir');
  for (const defectType of types.sort()) {
    const dir = join(testDir, defectType);
    const names = await imageNames(dir, (await listDir(dir, `test/${defectType}`)) ?? []);
    if (defectType === GOOD) {
      for (const n of names) test.push({ path: join(dir, n), defectType, maskPath: null });
      continue;
    }
    const gtDir = join(root, 'ground_truth', defectType);
    // Case-insensitive lookup so that e.g. `_MASK.PNG` on a case-preserving disk still matches.
    const gtFiles = await namesOfKind(
      gtDir,
      (await listDir(gtDir, `ground_truth/${defectType}`)) ?? [],
      'file',
    );
    const masks = new Map(gtFiles.map((name) => [name.toLowerCase(), name]));
    for (const n of names) {
      const expected = `${basename(n, extname(n))}_mask.png`;
      const mask = masks.get(expected.toLowerCase());
      if (mask === undefined) {
        throw invalid(
          `${join(dir, n)}: defective test image without its mask (expected ${join(gtDir, expected)})`,
        );
      }
      test.push({ path: join(dir, n), defectType, maskPath: join(gtDir, mask) });
    }
  }
  return { root, train, test };
}

/** Decodes a training image and resizes it to size×size with PIL bilinear (aspect ratio ignored). */
export async function loadTrainImage(path: string, size: number, opts?: DecodeOptions): Promise<RgbImage> {
  return resizeRgbPil(await decodeImage(path, opts), size, size);
}

/** Test image as for training plus its GT mask: antialiased resize to size×size, then >= 0.5 → 1. */
export async function loadTestSample(
  sample: TestSample,
  size: number,
  opts?: DecodeOptions,
): Promise<LoadedTestSample> {
  const image = await loadTrainImage(sample.path, size, opts);
  const mask = new Float32Array(size * size);
  let label: 0 | 1 = 0;
  if (sample.maskPath !== null) {
    const raw = await decodeMask(sample.maskPath, opts);
    const soft = resizeFloatAntialiased(raw.data, raw.width, raw.height, size, size);
    for (let i = 0; i < soft.length; i++) {
      if ((soft[i] as number) >= 0.5) {
        mask[i] = 1;
        label = 1;
      }
    }
  }
  return { image, mask, label };
}

async function imageNames(dir: string, entries: Dirent[]): Promise<string[]> {
  const files = await namesOfKind(dir, entries, 'file');
  return files.filter((n) => IMAGE_EXTENSIONS.has(extname(n).toLowerCase())).sort();
}

/** Names of the files or folders among `entries`, following symbolic links (broken ones are skipped). */
async function namesOfKind(dir: string, entries: Dirent[], kind: 'file' | 'dir'): Promise<string[]> {
  const out: string[] = [];
  for (const e of entries) {
    let ok = kind === 'file' ? e.isFile() : e.isDirectory();
    if (e.isSymbolicLink()) {
      const target = await stat(join(dir, e.name)).catch(() => null);
      ok = target !== null && (kind === 'file' ? target.isFile() : target.isDirectory());
    }
    if (ok) out.push(e.name);
  }
  return out;
}

/** Directory entries, or null when the folder does not exist; other failures are errors. */
async function listDir(dir: string, what: string): Promise<Dirent[] | null> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new DestsegError('DATASET_INVALID', `${dir}: cannot list ${what} (${(cause as Error).message})`, {
      cause,
    });
  }
}

function invalid(message: string): DestsegError {
  return new DestsegError('DATASET_INVALID', message);
}
