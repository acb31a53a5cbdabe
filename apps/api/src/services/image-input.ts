/**
 * Turns an inspect request's image into pixels, cheapest checks first: encoded size and base64
 * (base64-image.ts), then the file type sniffed from its first bytes (never trusted from a name), then the
 * decoder's pixel limit. `decodeUpload` runs in the pixel pool's worker threads (no TF.js here): the API's
 * event loop never holds decoded pixels, only the model-size input and buffers moved between threads.
 */
import { decodeImage, type RgbImage, resizeRgbPil } from '@destseg/core/pixels';
import { ApiError } from './api-error.ts';
import type { Base64Image } from './base64-image.ts';

export interface ImageLimits {
  maxImageBytes: number;
  maxImagePixels: number;
}

const FIELD = ['input', 'imageBase64'];

/** Formats the engine decodes, by magic number. */
const SIGNATURES: ReadonlyArray<{ type: string; matches: (b: Buffer) => boolean }> = [
  {
    type: 'png',
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: 'jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'webp',
    matches: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
  { type: 'tiff', matches: (b) => ['II*\0', 'MM\0*'].includes(b.toString('latin1', 0, 4)) },
];

export function sniffImageType(bytes: Buffer): string | null {
  return SIGNATURES.find((s) => s.matches(bytes))?.type ?? null;
}

/** The bytes of a base64 upload read by base64-image.ts (in the pixel pool), or its typed refusal. */
export function requireBase64Image(read: Base64Image): { bytes: Uint8Array; sha256: string } {
  if (!read.ok) throw new ApiError(read.code, read.message, FIELD);
  return read;
}

export type ImageDecodeError =
  | 'IMAGE_UNSUPPORTED_TYPE'
  | 'IMAGE_UNREADABLE'
  | 'IMAGE_TOO_LARGE'
  | 'IMAGE_EMPTY';

/**
 * A decodable upload: its size, the image resized to the model's input as training resizes, and the
 * upload's bytes themselves (the inspection keeps them; its PNGs are drawn from them when first asked for).
 */
export interface DecodedImage {
  width: number;
  height: number;
  modelInput: RgbImage;
  upload: Uint8Array;
}

export type DecodedUpload =
  | ({ ok: true } & DecodedImage)
  | { ok: false; code: ImageDecodeError; message: string };

const DECODE_ERRORS = new Set<string>(['IMAGE_UNREADABLE', 'IMAGE_TOO_LARGE', 'IMAGE_EMPTY']);

/**
 * The upload's bytes as pixels: the file type sniffed from its first bytes, then sharp's decoder, then the
 * PIL-bilinear resize to `size`×`size` that the predictors would otherwise do (identity at equal size).
 * Refusals come back as values: a thrown error loses its code between threads.
 */
export async function decodeUpload(
  data: Uint8Array,
  limits: ImageLimits,
  size: number,
): Promise<DecodedUpload> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const type = sniffImageType(bytes);
  if (!type) {
    return {
      ok: false,
      code: 'IMAGE_UNSUPPORTED_TYPE',
      message: 'the data is not a PNG, JPEG, WebP or TIFF image',
    };
  }
  try {
    const decoded = await decodeImage(bytes, {
      maxBytes: limits.maxImageBytes,
      maxPixels: limits.maxImagePixels,
      name: `${type} image`,
    });
    const { width, height } = decoded;
    // Its own buffer (sharp's may be external memory that cannot move between threads).
    const modelInput =
      width === size && height === size
        ? { width, height, data: decoded.data.slice() }
        : resizeRgbPil(decoded, size, size);
    return { ok: true, width, height, modelInput, upload: data };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && DECODE_ERRORS.has(code)) {
      return { ok: false, code: code as ImageDecodeError, message: (error as Error).message };
    }
    throw error;
  }
}

/** A decoded upload, or its typed refusal as an ApiError on the image field. */
export function requireDecoded(decoded: DecodedUpload): DecodedImage {
  if (!decoded.ok) throw new ApiError(decoded.code, decoded.message, FIELD);
  return decoded;
}
