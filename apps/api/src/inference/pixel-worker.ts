/**
 * The pixel pool's worker thread (pixel-pool.ts): reading an upload's base64, decoding it (and its resize to
 * the model's input), and drawing an inspection's heat map, overlay and PNGs. It imports only pixel code
 * (`@destseg/core/pixels`, no TF.js), so a fresh worker starts in well under a second. Decoded pixels go
 * back to the API thread moved, not copied.
 */
import { type InspectionImages, renderInspectionImages } from '@destseg/core/pixels';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { type Base64Image, readBase64Image } from '../services/base64-image.ts';
import { type DecodedUpload, decodeUpload, type ImageLimits } from '../services/image-input.ts';

export interface RenderTask {
  width: number;
  height: number;
  /** RGB bytes, row-major. */
  data: Uint8Array;
  /** The model-size scoring map. */
  map: Float32Array;
  size: number;
}

export interface ReadBase64Task {
  base64: string;
  maxBytes: number;
}

export interface DecodeTask {
  bytes: Uint8Array;
  limits: ImageLimits;
  /** The model's input size. */
  size: number;
}

export function render(task: RenderTask): Promise<InspectionImages> {
  return renderInspectionImages(
    { width: task.width, height: task.height, data: task.data },
    task.map,
    task.size,
  );
}

export function readBase64(task: ReadBase64Task): Base64Image {
  return readBase64Image(task.base64, task.maxBytes);
}

export async function decode(task: DecodeTask): Promise<DecodedUpload> {
  const decoded = await decodeUpload(task.bytes, task.limits, task.size);
  if (!decoded.ok) return decoded;
  const buffers = new Set<ArrayBufferLike>([decoded.image.data.buffer, decoded.modelInput.data.buffer]);
  return move({ [transferableSymbol]: [...buffers], [valueSymbol]: decoded }) as unknown as DecodedUpload;
}
