/**
 * An inspect request's base64 image as bytes, with its sha256 (the clientToken fingerprint's image part):
 * the data: URL prefix and whitespace are dropped, the encoded size is checked before anything is decoded,
 * and malformed base64 is refused. No imports beyond node: it runs in the pixel pool's worker threads,
 * because decoding 13 MB of base64 and checking it costs the event loop a second on a loaded machine.
 */
import { createHash } from 'node:crypto';

export type Base64ImageError = 'IMAGE_EMPTY' | 'IMAGE_TOO_LARGE' | 'IMAGE_UNREADABLE';

export type Base64Image =
  | { ok: true; bytes: Uint8Array; sha256: string }
  | { ok: false; code: Base64ImageError; message: string };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The base64 payload itself: without a data: URL prefix and whitespace. */
export function base64Payload(base64: string): string {
  return base64.replace(/^data:[^;,]*;base64,/, '').replace(/\s+/g, '');
}

/** Whether a base64 payload (see base64Payload) is well-formed. */
export function isBase64(payload: string): boolean {
  return BASE64.test(payload) && payload.length % 4 !== 1;
}

export function readBase64Image(base64: string, maxBytes: number): Base64Image {
  const text = base64Payload(base64);
  if (text === '') return { ok: false, code: 'IMAGE_EMPTY', message: 'imageBase64 is empty' };
  if (Math.floor((text.length * 3) / 4) > maxBytes + 2) {
    return {
      ok: false,
      code: 'IMAGE_TOO_LARGE',
      message: `the image is larger than the limit of ${maxBytes} bytes`,
    };
  }
  if (!isBase64(text)) {
    return { ok: false, code: 'IMAGE_UNREADABLE', message: 'imageBase64 is not valid base64' };
  }
  const bytes = Buffer.from(text, 'base64');
  return { ok: true, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
