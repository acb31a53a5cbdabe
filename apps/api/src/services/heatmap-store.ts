/**
 * The inspected image, heatmap and overlay PNGs of inspections, under <dataDir>/heatmaps. Files are named
 * by a random key, so a URL cannot be guessed from an inspection id; the HTTP route serves exactly these
 * names. Each PNG is written under a temporary name and renamed into place, so a final name never holds a
 * partial file; a failed write removes everything it wrote. Files whose inspection row was never written
 * (a crash between the files and the row) are removed by `sweepOrphans` at start-up.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RgbImage, renderInspectionImages } from '@destseg/core';
import type { RenderInspectionImages } from '../inference/pixel-pool.ts';

export const HEATMAP_KINDS = ['image', 'heatmap', 'overlay'] as const;
export type HeatmapKind = (typeof HEATMAP_KINDS)[number];

export const HEATMAP_KEY = /^[0-9a-f-]{36}$/;

/** `<key>-<kind>.png`, or its temporary `<key>-<kind>.png.tmp`. */
const STORED_FILE = /^([0-9a-f-]{36})-(?:image|heatmap|overlay)\.png(?:\.tmp)?$/;
const TEMP_SUFFIX = '.tmp';

export interface HeatmapStoreOptions {
  /** A new random key (tests pass their own to put a fault at a known name). */
  newKey?: () => string;
  /** Makes the three PNGs; the server passes its pixel pool's, off the event loop (default: inline). */
  render?: RenderInspectionImages;
}

export class HeatmapStore {
  private readonly newKey: () => string;
  private readonly render: RenderInspectionImages;

  constructor(
    readonly dir: string,
    opts: HeatmapStoreOptions = {},
  ) {
    this.newKey = opts.newKey ?? randomUUID;
    this.render = opts.render ?? renderInspectionImages;
  }

  path(key: string, kind: HeatmapKind): string {
    return join(this.dir, `${key}-${kind}.png`);
  }

  /**
   * Writes the three PNGs at the image's own size from the scoring map (size×size) and returns their key.
   * The image is kept as PNG whatever its upload format, so the dashboard can lay the heatmap over the
   * original. On failure (a full disk, an unwritable directory) nothing of this key is left behind.
   */
  async write(image: RgbImage, modelMap: Float32Array, size: number): Promise<string> {
    const key = this.newKey();
    const pngs: Record<HeatmapKind, Uint8Array> = await this.render(image, modelMap, size);
    try {
      await mkdir(this.dir, { recursive: true });
      for (const kind of HEATMAP_KINDS) await writeFile(this.path(key, kind) + TEMP_SUFFIX, pngs[kind]);
      for (const kind of HEATMAP_KINDS)
        await rename(this.path(key, kind) + TEMP_SUFFIX, this.path(key, kind));
    } catch (error) {
      await this.remove(key).catch(() => {});
      throw error;
    }
    return key;
  }

  /** Removes a key's files, final and temporary. */
  async remove(key: string): Promise<void> {
    await Promise.all(
      HEATMAP_KINDS.flatMap((kind) => [
        rm(this.path(key, kind), { force: true }),
        rm(this.path(key, kind) + TEMP_SUFFIX, { force: true }),
      ]),
    );
  }

  /**
   * Removes the files last modified before `before` whose key `keysWithRow` does not return (the keys of
   * stored inspections), and every temporary file older than `before`. Returns the keys removed.
   */
  async sweepOrphans(before: Date, keysWithRow: (keys: string[]) => Promise<Set<string>>): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const oldKeys = new Set<string>();
    for (const name of names) {
      const key = STORED_FILE.exec(name)?.[1];
      if (!key) continue;
      const stats = await stat(join(this.dir, name)).catch(() => undefined);
      if (stats && stats.mtime < before) oldKeys.add(key);
    }
    if (oldKeys.size === 0) return [];
    const kept = await keysWithRow([...oldKeys]);
    const orphans = [...oldKeys].filter((key) => !kept.has(key));
    for (const key of orphans) await this.remove(key);
    return orphans;
  }
}
