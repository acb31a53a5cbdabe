/**
 * First start with an empty database: a small synthetic category (brushed metal with scratches, stains and
 * holes, from the engine's synthesizer) so the API has something to train and inspect right away.
 */
import { join } from 'node:path';
import { synthesizeCategory } from '@destseg/core';
import type { CategoryService } from '../services/categories.ts';

export const DEMO_CATEGORY = 'demo-metal';

export async function seedDemoCategory(
  categories: CategoryService,
  dataDir: string,
  log: (m: string) => void,
): Promise<void> {
  if ((await categories.list()).length > 0) return;
  const datasetPath = join(dataDir, 'datasets', DEMO_CATEGORY);
  await synthesizeCategory({ outDir: datasetPath, seed: 7, size: 128, train: 24, testGood: 8, testBad: 9 });
  // Scored by the fused output: after the dashboard's quick preset (20 + 20 steps) it separates the demo's
  // good and defective test images (image AUROC 1.0) where the segmentation output alone is at 0.85
  // (docs/RESULTS.md, "Quick preset").
  await categories.create({
    name: DEMO_CATEGORY,
    datasetPath,
    imageSize: 64,
    augmentationGroup: 'none',
    scoreOutput: 'fused',
  });
  log(`empty database: created the demo category '${DEMO_CATEGORY}' from synthetic images in ${datasetPath}`);
}
