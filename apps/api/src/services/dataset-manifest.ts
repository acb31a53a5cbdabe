/**
 * The frozen description of a category's dataset at one point in time: every image and mask file with its
 * size and SHA-256, the split counts, and one content hash over all of it (equal hash = same dataset).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { scanMvtecCategory } from '@destseg/core';
import type { ManifestFile } from '@destseg/db';

export interface DatasetManifest {
  files: ManifestFile[];
  trainCount: number;
  testGoodCount: number;
  testDefectCount: number;
  contentHash: string;
}

export async function buildManifest(datasetPath: string): Promise<DatasetManifest> {
  const scan = await scanMvtecCategory(datasetPath);
  const paths = [
    ...scan.train,
    ...scan.test.map((t) => t.path),
    ...scan.test.flatMap((t) => (t.maskPath ? [t.maskPath] : [])),
  ].sort();
  const files: ManifestFile[] = [];
  for (const path of paths) {
    const bytes = await readFile(path);
    files.push({
      path: relative(scan.root, path),
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  const contentHash = createHash('sha256')
    .update(files.map((f) => `${f.path}\0${f.sha256}`).join('\n'))
    .digest('hex');
  const testGoodCount = scan.test.filter((t) => t.defectType === 'good').length;
  return {
    files,
    trainCount: scan.train.length,
    testGoodCount,
    testDefectCount: scan.test.length - testGoodCount,
    contentHash,
  };
}
