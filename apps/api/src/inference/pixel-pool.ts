/**
 * The API's pixel pool (piscina): the pixel work of an inspection that is not the model's runs in worker
 * threads, never on the event loop: reading the upload's base64 (13 MB at the default limit), and the map's
 * upsampling to the image size, the heat map, the overlay and the three PNG encodes (seconds and hundreds
 * of MB for a 16-megapixel image). Workers idle for `idleTimeoutMs` exit, so that memory is given back
 * after a burst. Decoding the image itself is sharp's, native and off the event loop already.
 */
import { availableParallelism } from 'node:os';
import type { InspectionImages, RgbImage } from '@destseg/core';
import { Piscina } from 'piscina';
import type { Base64Image } from '../services/base64-image.ts';
import type { ReadBase64Task, RenderTask } from './pixel-worker.ts';

export type RenderInspectionImages = (
  image: RgbImage,
  map: Float32Array,
  size: number,
) => Promise<InspectionImages>;

export type ReadBase64Image = (base64: string, maxBytes: number) => Promise<Base64Image>;

export interface PixelPoolOptions {
  /** Worker threads at most (default: half the cores, at least 1; the other half runs the model). */
  maxThreads?: number;
  /** An idle worker exits after this long, giving its memory back (default 10 s). */
  idleTimeoutMs?: number;
}

export class PixelPool {
  private readonly pool: Piscina<RenderTask | ReadBase64Task, InspectionImages | Base64Image>;

  constructor(opts: PixelPoolOptions = {}) {
    this.pool = new Piscina({
      filename: new URL('./pixel-worker-entry.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: opts.maxThreads ?? Math.max(1, Math.floor(availableParallelism() / 2)),
      idleTimeout: opts.idleTimeoutMs ?? 10_000,
    });
  }

  /** The image and the map are copied to a worker; the PNGs come back. */
  readonly render: RenderInspectionImages = (image, map, size) =>
    this.pool.run(
      { width: image.width, height: image.height, data: image.data, map, size },
      { name: 'render' },
    ) as Promise<InspectionImages>;

  readonly readBase64: ReadBase64Image = (base64, maxBytes) =>
    this.pool.run({ base64, maxBytes }, { name: 'readBase64' }) as Promise<Base64Image>;

  /** Worker threads alive now (a test checks they exit when idle). */
  get threads(): number {
    return this.pool.threads.length;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
