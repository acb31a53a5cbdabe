/**
 * Turns an inspect request's image into pixels, cheapest checks first: encoded size and base64
 * (base64-image.ts, in the pixel pool), then the file type sniffed from its first bytes (never trusted
 * from a name), then the decoder's pixel limit.
 */
import { decodeImage, type RgbImage } from '@destseg/core';
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

/** The upload's bytes as pixels: the file type sniffed from its first bytes, then sharp's decoder. */
export async function decodeInspectImage(data: Uint8Array, limits: ImageLimits): Promise<RgbImage> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const type = sniffImageType(bytes);
  if (!type) {
    throw new ApiError('IMAGE_UNSUPPORTED_TYPE', 'the data is not a PNG, JPEG, WebP or TIFF image', FIELD);
  }
  try {
    return await decodeImage(bytes, {
      maxBytes: limits.maxImageBytes,
      maxPixels: limits.maxImagePixels,
      name: `${type} image`,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'IMAGE_UNREADABLE' || code === 'IMAGE_TOO_LARGE' || code === 'IMAGE_EMPTY') {
      throw new ApiError(code, (error as Error).message, FIELD);
    }
    throw error;
  }
}
