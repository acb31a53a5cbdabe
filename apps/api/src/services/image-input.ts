/**
 * Turns an inspect request's base64 image into pixels, cheapest checks first: encoded size, then the file
 * type sniffed from its first bytes (never trusted from a name), then the decoder's pixel limit.
 */
import { decodeImage, type RgbImage } from '@destseg/core';
import { ApiError } from './api-error.ts';

export interface ImageLimits {
  maxImageBytes: number;
  maxImagePixels: number;
}

const FIELD = ['input', 'imageBase64'];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

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

/** Whether a base64 payload (see base64Payload) is well-formed. */
export function isBase64(payload: string): boolean {
  return BASE64.test(payload) && payload.length % 4 !== 1;
}

/** The base64 payload itself: without a data: URL prefix and whitespace. */
export function base64Payload(base64: string): string {
  return base64.replace(/^data:[^;,]*;base64,/, '').replace(/\s+/g, '');
}

export async function decodeInspectImage(base64: string, limits: ImageLimits): Promise<RgbImage> {
  const text = base64Payload(base64);
  if (text === '') throw new ApiError('IMAGE_EMPTY', 'imageBase64 is empty', FIELD);
  if (Math.floor((text.length * 3) / 4) > limits.maxImageBytes + 2) {
    throw new ApiError(
      'IMAGE_TOO_LARGE',
      `the image is larger than the limit of ${limits.maxImageBytes} bytes`,
      FIELD,
    );
  }
  if (!isBase64(text)) {
    throw new ApiError('IMAGE_UNREADABLE', 'imageBase64 is not valid base64', FIELD);
  }
  const bytes = Buffer.from(text, 'base64');
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
