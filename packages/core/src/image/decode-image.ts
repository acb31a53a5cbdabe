/**
 * Decodes image files with sharp into the engine's plain RGB / float-mask layouts, the way PIL's
 * `Image.open(p).convert('RGB')` does: no EXIF auto-rotation and no ICC colour conversion.
 * Size limits are checked before any pixel is decoded (bytes first, then pixels from the header).
 */
import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { DestsegError } from '../errors.ts';
import type { FloatImage, RgbImage } from './rgb-image.ts';

// Re-exported so callers can take the decoded types from the decoder.
export type { FloatImage, RgbImage } from './rgb-image.ts';

export interface DecodeOptions {
  /** Largest accepted encoded size in bytes. */
  maxBytes?: number;
  /** Largest accepted width × height. */
  maxPixels?: number;
  /** Name used in error messages (defaults to the path, or "image buffer"). */
  name?: string;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_PIXELS = 64 * 1024 * 1024;

/** Decodes to 8-bit RGB: grey gets 3 identical channels, alpha is dropped. */
export async function decodeImage(input: string | Buffer, opts: DecodeOptions = {}): Promise<RgbImage> {
  const { bytes, name } = await readChecked(input, opts);
  await checkHeader(bytes, name, opts.maxPixels ?? DEFAULT_MAX_PIXELS);
  const { data, info } = await run(
    name,
    sharp(bytes, sharpInput)
      .removeAlpha()
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true }),
  );
  return { width: info.width, height: info.height, data: toRgb(data, info.channels, name) };
}

/** Decodes a mask to floats in [0, 1] from its first channel (255 → 1). */
export async function decodeMask(input: string | Buffer, opts: DecodeOptions = {}): Promise<FloatImage> {
  const { bytes, name } = await readChecked(input, opts);
  await checkHeader(bytes, name, opts.maxPixels ?? DEFAULT_MAX_PIXELS);
  const { data, info } = await run(
    name,
    sharp(bytes, sharpInput).raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true }),
  );
  const n = info.width * info.height;
  const out = new Float32Array(n);
  for (let i = 0, s = 0; i < n; i++, s += info.channels) out[i] = (data[s] as number) / 255;
  return { width: info.width, height: info.height, data: out };
}

/**
 * Checks that an image file decodes in full (a truncated or corrupt one fails) within the size limits,
 * without handing its pixels to JavaScript: the decoding runs in libvips' own threads, off the event loop.
 */
export async function verifyImageDecodes(input: string | Buffer, opts: DecodeOptions = {}): Promise<void> {
  const { bytes, name } = await readChecked(input, opts);
  await checkHeader(bytes, name, opts.maxPixels ?? DEFAULT_MAX_PIXELS);
  await run(name, sharp(bytes, sharpInput).raw({ depth: 'uchar' }).toBuffer());
}

// Match PIL: it neither applies EXIF orientation nor embedded ICC profiles. Truncated or corrupt
// data is an error; harmless decoder warnings (which PIL also tolerates) are not.
const sharpInput: sharp.SharpOptions = { failOn: 'error', ignoreIcc: true, limitInputPixels: false };

async function readChecked(
  input: string | Buffer,
  opts: DecodeOptions,
): Promise<{ bytes: Buffer; name: string }> {
  const name = opts.name ?? (typeof input === 'string' ? input : 'image buffer');
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  if (typeof input === 'string') {
    try {
      const st = await stat(input);
      if (!st.isFile()) throw new Error('not a regular file');
      size = st.size;
    } catch (cause) {
      throw new DestsegError(
        'IMAGE_UNREADABLE',
        `${name}: cannot read image file (${(cause as Error).message})`,
        {
          cause,
        },
      );
    }
  } else {
    size = input.length;
  }
  if (size === 0) throw new DestsegError('IMAGE_EMPTY', `${name}: image file is empty (0 bytes)`);
  if (size > maxBytes) {
    throw new DestsegError(
      'IMAGE_TOO_LARGE',
      `${name}: image file is ${size} bytes, the limit is ${maxBytes}`,
    );
  }
  if (typeof input !== 'string') return { bytes: input, name };
  try {
    return { bytes: await readFile(input), name };
  } catch (cause) {
    throw new DestsegError(
      'IMAGE_UNREADABLE',
      `${name}: cannot read image file (${(cause as Error).message})`,
      {
        cause,
      },
    );
  }
}

async function checkHeader(bytes: Buffer, name: string, maxPixels: number): Promise<void> {
  const meta = await run(name, sharp(bytes, sharpInput).metadata());
  const { width, height } = meta;
  if (!width || !height) {
    throw new DestsegError('IMAGE_EMPTY', `${name}: image has no pixels (${width ?? 0}x${height ?? 0})`);
  }
  if (width * height > maxPixels) {
    throw new DestsegError(
      'IMAGE_TOO_LARGE',
      `${name}: image is ${width}x${height} = ${width * height} pixels, the limit is ${maxPixels}`,
    );
  }
}

async function run<T>(name: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (cause) {
    const reason = (cause as Error).message.split('\n')[0];
    throw new DestsegError(
      'IMAGE_UNREADABLE',
      `${name}: not a readable image (expected PNG, JPEG or another format sharp decodes): ${reason}`,
      { cause },
    );
  }
}

/** Packs sharp's raw output into tightly packed RGB (sharp may still hand back 1 or 2 bands). */
function toRgb(data: Buffer, channels: number, name: string): Uint8Array {
  if (channels === 3) return new Uint8Array(data.buffer, data.byteOffset, data.length);
  if (channels !== 1 && channels !== 2 && channels !== 4) {
    throw new DestsegError('IMAGE_UNREADABLE', `${name}: decoded to ${channels} channels, expected 1 to 4`);
  }
  const n = data.length / channels;
  const out = new Uint8Array(n * 3);
  const grey = channels < 3;
  for (let i = 0, s = 0, o = 0; i < n; i++, s += channels, o += 3) {
    out[o] = data[s] as number;
    out[o + 1] = data[grey ? s : s + 1] as number;
    out[o + 2] = data[grey ? s : s + 2] as number;
  }
  return out;
}
