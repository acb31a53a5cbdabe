/**
 * An inspection's files, in the storage's inspection files (under <dataDir>/heatmaps on a filesystem),
 * named by a random key so a URL cannot be guessed from an inspection id.
 *
 * The inspection itself writes only its sources, which cost no pixel work: the upload's bytes as they came
 * (`<key>-upload`) and the model-size scoring map (`<key>-map.f32`, float32 little-endian, size×size).
 * The three PNGs the HTTP route serves (the image, the heat map and the overlay, at the image's own
 * size) are drawn from those sources in the pixel pool the first time one is asked for, and kept
 * (`<key>-image.png`, ...). Drawing them was a third of an inspection's time at 256 px, spent for images
 * that an MES client never looks at. Inspections stored before this layout have only their PNGs, which are
 * served as they are.
 *
 * Each set of files is written all or none (the storage writes temporary names and renames them into
 * place), so a final name never holds a partial file. Files whose inspection row was never written (a crash
 * between the files and the row) are removed by `sweepOrphans` at start-up.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { InspectionImages } from '@destseg/core/pixels';
import type { FileArea } from '../storage/platform-storage.ts';

/** The PNGs served for a key. */
export const INSPECTION_IMAGE_KINDS = ['image', 'heatmap', 'overlay'] as const;
export type InspectionImageKind = (typeof INSPECTION_IMAGE_KINDS)[number];

export const INSPECTION_FILE_KEY = /^[0-9a-f-]{36}$/;

const UPLOAD = 'upload';
const MAP = 'map.f32';

/** Every file name of a key: `<key>-<suffix>`. */
const STORED_FILE = /^([0-9a-f-]{36})-(?:image\.png|heatmap\.png|overlay\.png|upload|map\.f32)$/;

/** Draws the three PNGs from an upload's bytes and its model-size map (the pixel pool's, off the event loop). */
export type RenderStoredInspection = (
  upload: Uint8Array,
  map: Float32Array,
  size: number,
) => Promise<InspectionImages>;

export interface InspectionFileStoreOptions {
  /** A new random key (tests pass their own to put a fault at a known name). */
  newKey?: () => string;
}

export class InspectionFileStore {
  private readonly newKey: () => string;
  /** PNG sets being drawn, by key: concurrent first requests of one key draw it once. */
  private readonly drawing = new Map<string, Promise<InspectionImages | undefined>>();

  constructor(
    private readonly files: FileArea,
    private readonly render: RenderStoredInspection,
    opts: InspectionFileStoreOptions = {},
  ) {
    this.newKey = opts.newKey ?? randomUUID;
  }

  /**
   * Keeps an inspection's sources, the upload's bytes and the model-size scoring map, and returns their
   * key. The upload is written at once; the map, a promise while the model runs, once it is there. On
   * failure (a full disk, an unwritable directory, a failed prediction) nothing of this key is left behind.
   */
  async write(upload: Uint8Array, map: Float32Array | Promise<Float32Array>): Promise<string> {
    const key = this.newKey();
    await this.files.writeAll([
      { name: fileName(key, UPLOAD), bytes: upload },
      { name: fileName(key, MAP), bytes: Promise.resolve(map).then(littleEndianBytes) },
    ]);
    return key;
  }

  /**
   * One of a key's PNGs as a stream, drawn from its sources first when it is asked for the first time;
   * undefined when the key has neither.
   */
  async read(key: string, kind: InspectionImageKind): Promise<Readable | undefined> {
    const stored = await this.files.read(pngName(key, kind));
    if (stored) return stored;
    const drawn = await this.draw(key);
    if (!drawn) return undefined;
    return Readable.from([drawn[kind]]);
  }

  /** Removes a key's files, final and temporary. */
  async remove(key: string): Promise<void> {
    await this.files.remove(inspectionFileNames(key));
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

  private draw(key: string): Promise<InspectionImages | undefined> {
    let drawing = this.drawing.get(key);
    if (!drawing) {
      drawing = this.drawFromSources(key).finally(() => this.drawing.delete(key));
      this.drawing.set(key, drawing);
    }
    return drawing;
  }

  private async drawFromSources(key: string): Promise<InspectionImages | undefined> {
    const [upload, mapBytes] = await Promise.all([
      this.readBytes(fileName(key, UPLOAD)),
      this.readBytes(fileName(key, MAP)),
    ]);
    if (!upload || !mapBytes) return undefined;
    const map = floatsFromLittleEndian(mapBytes);
    const size = Math.round(Math.sqrt(map.length));
    if (size * size !== map.length) throw new Error(`${fileName(key, MAP)} is not a square map`);
    const pngs = await this.render(upload, map, size);
    // Kept for the next request; the PNGs already drawn are served even if keeping them fails.
    await this.files
      .writeAll(INSPECTION_IMAGE_KINDS.map((kind) => ({ name: pngName(key, kind), bytes: pngs[kind] })))
      .catch(() => {});
    return pngs;
  }

  private async readBytes(name: string): Promise<Uint8Array | undefined> {
    const stream = await this.files.read(name);
    return stream ? new Uint8Array(await buffer(stream)) : undefined;
  }
}

function fileName(key: string, suffix: string): string {
  return `${key}-${suffix}`;
}

function pngName(key: string, kind: InspectionImageKind): string {
  return fileName(key, `${kind}.png`);
}

/** Every file a key can have (sources and PNGs). */
export function inspectionFileNames(key: string): string[] {
  return [
    ...INSPECTION_IMAGE_KINDS.map((kind) => pngName(key, kind)),
    fileName(key, UPLOAD),
    fileName(key, MAP),
  ];
}

/** The map's bytes in little-endian order, whatever this machine's order is. */
function littleEndianBytes(map: Float32Array): Uint8Array {
  const bytes = new Uint8Array(map.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < map.length; i++) view.setFloat32(i * 4, map[i] as number, true);
  return bytes;
}

function floatsFromLittleEndian(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error('a stored map is not whole float32 values');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const map = new Float32Array(bytes.byteLength / 4);
  for (let i = 0; i < map.length; i++) map[i] = view.getFloat32(i * 4, true);
  return map;
}
