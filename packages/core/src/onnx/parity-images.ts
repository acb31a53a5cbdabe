/**
 * The fixed image set of the parity gate: up to 8 of the category's test images (evenly spread
 * over the sorted list, so good and defective ones), or, when the run's category has no test
 * images, seeded synthetic surfaces with and without defects.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { scanMvtecCategory } from '../data/mvtec-dataset.ts';
import { decodeImage } from '../image/decode-image.ts';
import type { RgbImage } from '../image/rgb-image.ts';
import { Rng } from '../random/rng.ts';
import { DEFECT_TYPES, makeDefectiveImage } from '../synthetic/synth-dataset.ts';

export const PARITY_IMAGE_COUNT = 8;
const PARITY_SEED = 20_230_611;

export interface ParityImage {
  /** The file, or `seeded:N`. */
  source: string;
  image: RgbImage;
}

/** The run directory of a checkpoint's model file (run/checkpoints/step-N/model.safetensors). */
function runDirOf(modelPath: string): string {
  return dirname(dirname(dirname(modelPath)));
}

async function categoryTestImages(modelPath: string): Promise<string[]> {
  const configPath = join(runDirOf(modelPath), 'config.json');
  if (!existsSync(configPath)) return [];
  const { dataDir } = JSON.parse(await readFile(configPath, 'utf8')) as { dataDir?: string };
  if (!dataDir || !existsSync(dataDir)) return [];
  const paths = (await scanMvtecCategory(dataDir)).test.map((t) => t.path).sort();
  if (paths.length <= PARITY_IMAGE_COUNT) return paths;
  return Array.from(
    { length: PARITY_IMAGE_COUNT },
    (_, i) => paths[Math.floor((i * paths.length) / PARITY_IMAGE_COUNT)] as string,
  );
}

function seededImages(size: number): ParityImage[] {
  return Array.from({ length: PARITY_IMAGE_COUNT }, (_, i) => {
    const { clean, image } = makeDefectiveImage(
      size,
      DEFECT_TYPES[i % DEFECT_TYPES.length] as (typeof DEFECT_TYPES)[number],
      new Rng(PARITY_SEED + i),
    );
    return { source: `seeded:${i}`, image: i % 2 === 0 ? clean : image };
  });
}

export async function parityImages(modelPath: string, imageSize: number): Promise<ParityImage[]> {
  const paths = await categoryTestImages(modelPath);
  if (paths.length === 0) return seededImages(imageSize);
  return Promise.all(paths.map(async (source) => ({ source, image: await decodeImage(source) })));
}
