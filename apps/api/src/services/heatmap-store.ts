/**
 * The inspected image, heatmap and overlay PNGs of inspections, in the storage's inspection files (under
 * <dataDir>/heatmaps on a filesystem). Files are named by a random key, so a URL cannot be guessed from an
 * inspection id; the HTTP route serves exactly these names. The three PNGs of a key are written all or
 * none (the storage writes temporary names and renames them into place), so a final name never holds a
 * partial file and a failed write leaves nothing behind. Files whose inspection row was never written (a
 * crash between the files and the row) are removed by `sweepOrphans` at start-up.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { type RgbImage, renderInspectionImages } from '@destseg/core';
import type { RenderInspectionImages } from '../inference/pixel-pool.ts';
import type { FileArea } from '../storage/platform-storage.ts';

export const HEATMAP_KINDS = ['image', 'heatmap', 'overlay'] as const;
export type HeatmapKind = (typeof HEATMAP_KINDS)[number];

export const HEATMAP_KEY = /^[0-9a-f-]{36}$/;

/** `<key>-<kind>.png`. */
const STORED_FILE = /^([0-9a-f-]{36})-(?:image|heatmap|overlay)\.png$/;

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
    private readonly files: FileArea,
    opts: HeatmapStoreOptions = {},
  ) {
    this.newKey = opts.newKey ?? randomUUID;
    this.render = opts.render ?? renderInspectionImages;
  }

  /** The PNG of a key as a stream; undefined when there is none. */
  read(key: string, kind: HeatmapKind): Promise<Readable | undefined> {
    return this.files.read(fileName(key, kind));
  }

  /**
   * Writes the three PNGs at the image's own size from the scoring map (size×size) and returns their key.
   * The image is kept as PNG whatever its upload format, so the dashboard can lay the heatmap over the
   * original. On failure (a full disk, an unwritable directory) nothing of this key is left behind.
   */
  async write(image: RgbImage, modelMap: Float32Array, size: number): Promise<string> {
    const key = this.newKey();
    const pngs: Record<HeatmapKind, Uint8Array> = await this.render(image, modelMap, size);
    await this.files.writeAll(
      HEATMAP_KINDS.map((kind) => ({ name: fileName(key, kind), bytes: pngs[kind] })),
    );
    return key;
  }

  /** Removes a key's files, final and temporary. */
  async remove(key: string): Promise<void> {
    await this.files.remove(HEATMAP_KINDS.map((kind) => fileName(key, kind)));
  }

  /**
   * Removes the files last modified before `before` whose key `keysWithRow` does not return (the keys of
   * stored inspections), and every temporary file older than `before`. Returns the keys removed.
   */
  async sweepOrphans(before: Date, keysWithRow: (keys: string[]) => Promise<Set<string>>): Promise<string[]> {
    const oldKeys = new Set<string>();
    for (const file of await this.files.list()) {
      const key = STORED_FILE.exec(file.name)?.[1];
      if (key && file.modifiedAt < before) oldKeys.add(key);
    }
    if (oldKeys.size === 0) return [];
    const kept = await keysWithRow([...oldKeys]);
    const orphans = [...oldKeys].filter((key) => !kept.has(key));
    for (const key of orphans) await this.remove(key);
    return orphans;
  }
}

function fileName(key: string, kind: HeatmapKind): string {
  return `${key}-${kind}.png`;
}
