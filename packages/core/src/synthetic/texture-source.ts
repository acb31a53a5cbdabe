/**
 * Anomaly sources for the synthetic defects (spec §2, DTD row): a folder of texture images (DTD or
 * any other), or built-in procedural textures when no texture data is at hand.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DestsegError } from '../errors.ts';
import { decodeImage } from '../image/decode-image.ts';
import { resizeRgbPil } from '../image/pil-resize.ts';
import { type RgbImage, rgbFromUnit } from '../image/rgb-image.ts';
import type { Rng } from '../random/rng.ts';
import { perlinNoise } from './perlin.ts';

export interface TextureSource {
  /**
   * One texture of size×size, drawn with `rng`. All draws happen before the first `await`, so a
   * caller that awaits each call keeps the rng sequence independent of I/O timing.
   */
  next(rng: Rng, size: number): Promise<RgbImage>;
}

const IMAGE_EXT = /\.(jpe?g|png)$/i;

const DTD_FILE = /^images[/\\][^/\\]+[/\\][^/\\]+\.jpg$/i;

/** DTD layout `images/<class>/*.jpg` when present, else every jpg/jpeg/png under `dir`; sorted. */
async function listTextures(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const all = entries
    .filter((e) => e.isFile() && IMAGE_EXT.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  const dtd = all.filter((f) => DTD_FILE.test(relative(dir, f)));
  return (dtd.length > 0 ? dtd : all).sort();
}

/**
 * Textures from image files, one drawn uniformly per sample, converted to RGB and resized to
 * size×size with PIL bilinear; no texture augmentation (as the official code). Decoded, resized
 * textures are kept in a bounded LRU cache because decoding a JPEG per sample dominates the cost.
 */
export class FolderTextureSource implements TextureSource {
  private readonly cache = new Map<string, RgbImage>();

  private constructor(
    readonly files: readonly string[],
    private readonly maxCached: number,
  ) {}

  /** Lists the textures under `dir`; throws DATASET_INVALID when there are none. */
  static async open(dir: string, opts: { maxCached?: number } = {}): Promise<FolderTextureSource> {
    let files: string[];
    try {
      files = await listTextures(dir);
    } catch (cause) {
      throw new DestsegError('DATASET_INVALID', `texture folder ${dir} cannot be read`, { cause });
    }
    if (files.length === 0) {
      throw new DestsegError('DATASET_INVALID', `texture folder ${dir} holds no jpg/jpeg/png images`);
    }
    return new FolderTextureSource(files, opts.maxCached ?? 256);
  }

  async next(rng: Rng, size: number): Promise<RgbImage> {
    const file = this.files[rng.int(this.files.length)] as string;
    const key = `${size}:${file}`;
    const hit = this.cache.get(key);
    if (hit) {
      // Re-insert to mark it most recently used.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const texture = resizeRgbPil(await decodeImage(file), size, size);
    this.cache.set(key, texture);
    if (this.cache.size > this.maxCached) this.cache.delete(this.cache.keys().next().value as string);
    return texture;
  }
}

type Colour = readonly [number, number, number];

const luminance = (c: Colour): number => 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];

function randomColour(rng: Rng): Colour {
  return [rng.uniform(), rng.uniform(), rng.uniform()];
}

/** Two random colours at least 0.3 apart in luminance, so the pattern stays visible. */
function contrastingPair(rng: Rng): [Colour, Colour] {
  const a = randomColour(rng);
  const b = randomColour(rng);
  if (Math.abs(luminance(a) - luminance(b)) >= 0.3) return [a, b];
  return [a, [1 - a[0], 1 - a[1], 1 - a[2]]];
}

/** Stretches a field to [0, 1] so every texture uses its full colour range. */
function normalise(field: Float32Array): Float32Array {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of field) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const span = hi - lo || 1;
  return field.map((v) => (v - lo) / span);
}

/** Fractal Perlin noise with `octaves` octaves from `baseRes` cells, normalised to [0, 1]. */
function fbm(size: number, rng: Rng, baseRes: number, octaves: number): Float32Array {
  const sum = new Float32Array(size * size);
  for (let o = 0; o < octaves; o++) {
    const res = Math.min(baseRes * 2 ** o, size);
    const octave = perlinNoise(size, size, res, res, rng);
    const amp = 0.5 ** o;
    for (let k = 0; k < sum.length; k++) sum[k] = (sum[k] as number) + amp * (octave[k] as number);
  }
  return normalise(sum);
}

/** Maps a [0, 1] field onto the gradient from colour `a` to colour `b` (HWC float). */
function paint(field: Float32Array, a: Colour, b: Colour): Float32Array {
  const out = new Float32Array(field.length * 3);
  for (let p = 0; p < field.length; p++) {
    const t = field[p] as number;
    out[p * 3] = a[0] + (b[0] - a[0]) * t;
    out[p * 3 + 1] = a[1] + (b[1] - a[1]) * t;
    out[p * 3 + 2] = a[2] + (b[2] - a[2]) * t;
  }
  return out;
}

/** A field from a per-pixel function of rotated coordinates (u along, v across the angle). */
function rotatedField(size: number, rng: Rng, f: (u: number, v: number) => number): Float32Array {
  const angle = rng.range(0, Math.PI);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const out = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) out[y * size + x] = f(c * x + s * y, -s * x + c * y);
  }
  return out;
}

function clouds(size: number, rng: Rng): Float32Array {
  const [a, b] = contrastingPair(rng);
  return paint(fbm(size, rng, 2 ** (1 + rng.int(3)), 4), a, b);
}

function stripes(size: number, rng: Rng): Float32Array {
  const [a, b] = contrastingPair(rng);
  const period = size * rng.range(0.03, 0.2);
  const square = rng.uniform() < 0.5;
  const warp = fbm(size, rng, 2, 2);
  const warpAmp = period * rng.range(0, 1.5);
  const field = rotatedField(size, rng, (u) => u);
  for (let k = 0; k < field.length; k++) {
    const w = Math.sin((2 * Math.PI * ((field[k] as number) + warpAmp * (warp[k] as number))) / period);
    field[k] = square ? (w > 0 ? 1 : 0) : 0.5 + 0.5 * w;
  }
  return paint(field, a, b);
}

function checker(size: number, rng: Rng): Float32Array {
  const [a, b] = contrastingPair(rng);
  const cell = size * rng.range(0.04, 0.18);
  const lines = rng.uniform() < 0.5;
  const lineWidth = Math.max(1, cell * rng.range(0.1, 0.3));
  const field = rotatedField(size, rng, (u, v) => {
    const cu = Math.floor(u / cell);
    const cv = Math.floor(v / cell);
    if (!lines) return (cu + cv) & 1;
    return u - cu * cell < lineWidth || v - cv * cell < lineWidth ? 1 : 0;
  });
  return paint(field, a, b);
}

function marble(size: number, rng: Rng): Float32Array {
  const [a, b] = contrastingPair(rng);
  const turbulence = fbm(size, rng, 2 ** (1 + rng.int(2)), 5);
  const freq = rng.range(2, 8) / size;
  const amp = rng.range(3, 10);
  const field = rotatedField(size, rng, (u) => u);
  for (let k = 0; k < field.length; k++) {
    field[k] =
      0.5 + 0.5 * Math.sin(2 * Math.PI * (field[k] as number) * freq + amp * (turbulence[k] as number));
  }
  return paint(field, a, b);
}

/** Draws a filled disc of colour `c` into an HWC float image. */
function disc(img: Float32Array, size: number, cx: number, cy: number, r: number, c: Colour): void {
  const y0 = Math.max(0, Math.floor(cy - r));
  const y1 = Math.min(size - 1, Math.ceil(cy + r));
  const x0 = Math.max(0, Math.floor(cx - r));
  const x1 = Math.min(size - 1, Math.ceil(cx + r));
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
      const p = (y * size + x) * 3;
      img[p] = c[0];
      img[p + 1] = c[1];
      img[p + 2] = c[2];
    }
  }
}

/** A low-contrast cloudy background to scatter marks on. */
function background(size: number, rng: Rng): Float32Array {
  const base = randomColour(rng);
  const shade: Colour = [base[0] * 0.7, base[1] * 0.7, base[2] * 0.7];
  return paint(fbm(size, rng, 4, 3), shade, base);
}

function speckles(size: number, rng: Rng): Float32Array {
  const img = background(size, rng);
  const count = Math.round(size * size * rng.range(0.002, 0.02));
  const maxR = Math.max(1, size * rng.range(0.005, 0.025));
  const [a, b] = contrastingPair(rng);
  for (let n = 0; n < count; n++) {
    const c = rng.uniform() < 0.5 ? a : b;
    disc(img, size, rng.range(0, size), rng.range(0, size), rng.range(0.5, maxR), c);
  }
  return img;
}

function scratches(size: number, rng: Rng): Float32Array {
  const img = background(size, rng);
  const count = 5 + rng.int(30);
  const [a, b] = contrastingPair(rng);
  for (let n = 0; n < count; n++) {
    const c = rng.uniform() < 0.5 ? a : b;
    const width = Math.max(0.6, size * rng.range(0.002, 0.008));
    const len = size * rng.range(0.1, 0.8);
    const angle = rng.range(0, Math.PI);
    const x0 = rng.range(0, size);
    const y0 = rng.range(0, size);
    const steps = Math.ceil(len / Math.max(0.5, width));
    // A line stamped as overlapping discs keeps the drawing code to one primitive.
    for (let t = 0; t <= steps; t++) {
      const d = (t / steps) * len;
      disc(img, size, x0 + d * Math.cos(angle), y0 + d * Math.sin(angle), width, c);
    }
  }
  return img;
}

const GENERATORS = [clouds, stripes, checker, marble, speckles, scratches] as const;

/**
 * Built-in textures without any files: fractal clouds, (warped) stripes, checkers and grids,
 * marble, speckles and scratches, in random contrasting colours. Deterministic given the rng.
 */
export class ProceduralTextureSource implements TextureSource {
  next(rng: Rng, size: number): Promise<RgbImage> {
    return Promise.resolve(this.draw(rng, size));
  }

  draw(rng: Rng, size: number): RgbImage {
    const generate = GENERATORS[rng.int(GENERATORS.length)] as (typeof GENERATORS)[number];
    return rgbFromUnit(generate(size, rng), size, size);
  }
}
