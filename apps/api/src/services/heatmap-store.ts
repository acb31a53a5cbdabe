/**
 * The inspected image, heatmap and overlay PNGs of inspections, under <dataDir>/heatmaps. Files are named
 * by a random key, so a URL cannot be guessed from an inspection id; the HTTP route serves exactly these
 * names.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodePng, heatmapRgb, mapAtImageSize, overlayRgb, type RgbImage } from '@destseg/core';

export const HEATMAP_KINDS = ['image', 'heatmap', 'overlay'] as const;
export type HeatmapKind = (typeof HEATMAP_KINDS)[number];

export const HEATMAP_KEY = /^[0-9a-f-]{36}$/;

export class HeatmapStore {
  constructor(readonly dir: string) {}

  path(key: string, kind: HeatmapKind): string {
    return join(this.dir, `${key}-${kind}.png`);
  }

  /**
   * Writes the three PNGs at the image's own size from the scoring map (size×size) and returns their key.
   * The image is kept as PNG whatever its upload format, so the dashboard can lay the heatmap over the
   * original.
   */
  async write(image: RgbImage, modelMap: Float32Array, size: number): Promise<string> {
    const key = randomUUID();
    const map = await mapAtImageSize(modelMap, size, image.width, image.height);
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.path(key, 'image'), await encodePng(image));
    await writeFile(this.path(key, 'heatmap'), await encodePng(heatmapRgb(map, image.width, image.height)));
    await writeFile(
      this.path(key, 'overlay'),
      await encodePng(overlayRgb(image, map, image.width, image.height)),
    );
    return key;
  }

  async remove(key: string): Promise<void> {
    await Promise.all(HEATMAP_KINDS.map((kind) => rm(this.path(key, kind), { force: true })));
  }
}
