/**
 * The API's pixel pool (piscina): the pixel work of an inspection that is not the model's runs in worker
 * threads, never on the event loop: reading the upload's base64 (13 MB at the default limit; a small one is
 * read inline), decoding it
 * and resizing it to the model's input, and, when a stored inspection's PNGs are first asked for, decoding
 * its upload again, the map's upsampling to the image size, the heat map, the overlay and the three PNG
 * encodes (seconds and hundreds of MB for a 16-megapixel image). Pixels move between threads (transferred,
 * never copied on the event loop). Workers idle for `idleTimeoutMs` exit, so that memory is given back
 * after a burst.
 */
import { availableParallelism } from 'node:os';
import type { InspectionImages } from '@destseg/core/pixels';
import { Piscina } from 'piscina';
import { type Base64Image, readBase64Image } from '../services/base64-image.ts';
import type { DecodedUpload, ImageLimits } from '../services/image-input.ts';
import { threadEntry } from '../worker-entry.ts';
import type { DecodeTask, ReadBase64Task, RenderTask } from './pixel-worker.ts';

export type ReadBase64Image = (base64: string, maxBytes: number) => Promise<Base64Image>;

export type DecodeUploadImage = (
  bytes: Uint8Array,
  limits: ImageLimits,
  size: number,
) => Promise<DecodedUpload>;

/** The largest base64 payload read on the calling thread (a 256 px photo's PNG is 100–250 KB of it). */
export const INLINE_BASE64_CHARS = 384 * 1024;

export interface PixelPoolOptions {
  /** Worker threads at most (default: half the cores, at least 1; the other half runs the model). */
  maxThreads?: number;
  /** An idle worker exits after this long, giving its memory back (default 10 s). */
  idleTimeoutMs?: number;
}

export class PixelPool {
  private readonly pool: Piscina<
    RenderTask | ReadBase64Task | DecodeTask,
    InspectionImages | Base64Image | DecodedUpload
  >;

  constructor(opts: PixelPoolOptions = {}) {
    this.pool = new Piscina({
      filename: threadEntry(import.meta.url, 'pixel-worker').href,
      minThreads: 0,
      maxThreads: opts.maxThreads ?? Math.max(1, Math.floor(availableParallelism() / 2)),
      idleTimeout: opts.idleTimeoutMs ?? 10_000,
    });
  }

  /**
   * A stored inspection's PNGs from its upload's bytes and its model-size map, which move to a worker (both
   * are unusable here afterwards: their buffers are detached); the PNGs come back.
   */
  render(
    upload: Uint8Array,
    limits: ImageLimits,
    map: Float32Array,
    size: number,
  ): Promise<InspectionImages> {
    return this.pool.run(
      { upload, limits, map, size },
      { name: 'render', transferList: wholeBuffers(upload, map) },
    ) as Promise<InspectionImages>;
  }

  /** The upload's bytes move to a worker; they and the model input come back moved. */
  readonly decode: DecodeUploadImage = (bytes, limits, size) =>
    this.pool.run(
      { bytes, limits, size },
      { name: 'decode', transferList: wholeBuffers(bytes) },
    ) as Promise<DecodedUpload>;

  /**
   * A payload up to INLINE_BASE64_CHARS is read here (well under a millisecond; a worker round trip costs
   * more than that), a larger one in a worker.
   */
  readonly readBase64: ReadBase64Image = (base64, maxBytes) =>
    base64.length <= INLINE_BASE64_CHARS
      ? Promise.resolve(readBase64Image(base64, maxBytes))
      : (this.pool.run({ base64, maxBytes }, { name: 'readBase64' }) as Promise<Base64Image>);

  /** Worker threads alive now (a test checks they exit when idle). */
  get threads(): number {
    return this.pool.threads.length;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/**
 * The buffers of views that own the whole of theirs, which can move to another thread. A view into a
 * shared or larger buffer (Node's Buffer pool) is copied by postMessage instead: moving it would detach
 * memory that other values use.
 */
function wholeBuffers(...views: ArrayBufferView[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const view of views) {
    const { buffer } = view;
    if (buffer instanceof ArrayBuffer && view.byteOffset === 0 && view.byteLength === buffer.byteLength)
      buffers.add(buffer);
  }
  return [...buffers];
}
