/**
 * The pixel pool's worker thread (pixel-pool.ts): reading an upload's base64, decoding it (and its resize to
 * the model's input), and drawing a stored inspection's image, heat map, overlay and PNGs. It imports only
 * pixel code (`@destseg/core/pixels`, no TF.js), so a fresh worker starts in well under a second. Results
 * go back to the API thread moved, not copied.
 */
import { decodeImage, type InspectionImages, renderInspectionImages } from '@destseg/core/pixels';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { type Base64Image, readBase64Image } from '../services/base64-image.ts';
import { type DecodedUpload, decodeUpload, type ImageLimits } from '../services/image-input.ts';

export interface RenderTask {
  /** The upload's bytes as stored. */
  upload: Uint8Array;
  limits: ImageLimits;
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

export async function render(task: RenderTask): Promise<InspectionImages> {
  const decoded = await decodeImage(
    Buffer.from(task.upload.buffer, task.upload.byteOffset, task.upload.byteLength),
    {
      maxBytes: task.limits.maxImageBytes,
      maxPixels: task.limits.maxImagePixels,
      name: 'stored inspection image',
    },
  );
  // Copied back, not moved: sharp's output buffers may be external memory, which cannot move.
  return renderInspectionImages(decoded, task.map, task.size);
}

export function readBase64(task: ReadBase64Task): Base64Image {
  return readBase64Image(task.base64, task.maxBytes);
}

/** The model input and the upload's bytes (given back, for the inspection's stored files) move back. */
export async function decode(task: DecodeTask): Promise<DecodedUpload> {
  const decoded = await decodeUpload(task.bytes, task.limits, task.size);
  if (!decoded.ok) return decoded;
  return moved(decoded, [decoded.modelInput.data.buffer, decoded.upload.buffer]);
}

function moved<T extends object>(value: T, buffers: ArrayBufferLike[]): T {
  return move({ [transferableSymbol]: [...new Set(buffers)], [valueSymbol]: value }) as unknown as T;
}
