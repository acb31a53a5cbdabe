/**
 * # Synthetic MVTec-style category
 *
 * `synthesizeCategory` writes a small, fully procedural anomaly-detection category so the engine
 * can be demonstrated and tested end to end without downloading MVTec AD:
 *
 * ```
 * <outDir>/train/good/000.png …              defect-free surfaces
 * <outDir>/test/good/000.png …               defect-free surfaces
 * <outDir>/test/<defect>/000.png …           one defect per image
 * <outDir>/ground_truth/<defect>/000_mask.png  0/255 greyscale mask, same size as the image
 * ```
 *
 * Surfaces are brushed metal: horizontal brushing streaks, fine grain, faint machining ripples
 * with a random phase, and per-image changes in brightness, tint and illumination gradient, so
 * no two normal images are alike. Defective test images (types assigned round-robin) contain one:
 *
 * - `scratch`: a thin, slightly curved bright or dark line (≈1% of the area);
 * - `stain`:   an irregular mottled blob of rust, oil or bluish tint (≈2–4.5% of the area);
 * - `hole`:    a dark shaded pit (≈0.6–1.3% of the area).
 *
 * Sizes are relative, so at 64 px a scratch is still ≥2 px wide and a hole ≈25–55 px. Masks
 * mark exactly the pixels that were changed: defects are drawn with hard edges and every masked
 * pixel differs clearly from the clean surface. The same seed gives byte-identical files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DestsegError } from '../errors.ts';
import { encodeGreyPng, encodePng } from '../image/encode-png.ts';
import { type RgbImage, rgbFromUnit } from '../image/rgb-image.ts';
import { Rng } from '../random/rng.ts';
import { perlinNoise } from './perlin.ts';

export const DEFECT_TYPES = ['scratch', 'stain', 'hole'] as const;
export type DefectType = (typeof DEFECT_TYPES)[number];

export interface SynthesizeOptions {
  outDir: string;
  seed?: number;
  size?: number;
  train?: number;
  testGood?: number;
  testBad?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DefectiveImage {
  clean: RgbImage;
  image: RgbImage;
  /** One byte per pixel, 1 where the defect changed the image. */
  mask: Uint8Array;
}

type Colour = readonly [number, number, number];

/** A brushed-metal surface as HWC floats in [0, 1]. */
export function renderSurface(size: number, rng: Rng): Float32Array {
  const brightness = rng.range(0.5, 0.58);
  const tint: Colour = [rng.range(0.95, 0.99), rng.range(0.98, 1), 1];
  const gradX = rng.range(-0.04, 0.04);
  const gradY = rng.range(-0.04, 0.04);
  const ripplePhase = rng.range(0, 2 * Math.PI);
  const ripplePeriod = size / 12;
  // Many cells down the rows and few along them: streaks run horizontally like brushing marks.
  const coarse = perlinNoise(size, size, Math.min(32, size / 2), 2, rng);
  const fine = perlinNoise(size, size, Math.min(64, size), 4, rng);
  const out = new Float32Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    const ripple = 0.015 * Math.sin((2 * Math.PI * y) / ripplePeriod + ripplePhase);
    for (let x = 0; x < size; x++) {
      const p = y * size + x;
      const streak = 0.07 * (coarse[p] as number) + 0.045 * (fine[p] as number);
      const grain = 0.012 * rng.normal();
      const v = brightness + streak + ripple + grain + gradX * (x / size - 0.5) + gradY * (y / size - 0.5);
      out[p * 3] = v * tint[0];
      out[p * 3 + 1] = v * tint[1];
      out[p * 3 + 2] = v * tint[2];
    }
  }
  return out;
}

/** Pixels within `halfWidth` of a quadratic Bézier from a random point, as a 0/1 mask. */
function scratchSupport(size: number, rng: Rng): Uint8Array {
  const halfWidth = Math.max(1, size * rng.range(0.006, 0.01));
  const length = size * rng.range(0.25, 0.45);
  const angle = rng.range(0, Math.PI);
  const x0 = rng.range(0.2, 0.8) * size;
  const y0 = rng.range(0.2, 0.8) * size;
  const x2 = x0 + length * Math.cos(angle);
  const y2 = y0 + length * Math.sin(angle);
  const bend = length * rng.range(-0.15, 0.15);
  const x1 = (x0 + x2) / 2 - bend * Math.sin(angle);
  const y1 = (y0 + y2) / 2 + bend * Math.cos(angle);
  const support = new Uint8Array(size * size);
  const steps = Math.ceil(length * 4);
  const r = Math.ceil(halfWidth);
  for (let t = 0; t <= steps; t++) {
    const u = t / steps;
    const cx = (1 - u) ** 2 * x0 + 2 * u * (1 - u) * x1 + u * u * x2;
    const cy = (1 - u) ** 2 * y0 + 2 * u * (1 - u) * y1 + u * u * y2;
    for (let y = Math.floor(cy) - r; y <= Math.ceil(cy) + r; y++) {
      for (let x = Math.floor(cx) - r; x <= Math.ceil(cx) + r; x++) {
        if (x < 0 || y < 0 || x >= size || y >= size) continue;
        if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= halfWidth * halfWidth) support[y * size + x] = 1;
      }
    }
  }
  return support;
}

/** A star-shaped blob: radius modulated by a few random harmonics of the polar angle. */
function blobSupport(size: number, radius: number, roughness: number, rng: Rng): Uint8Array {
  const cx = rng.range(0.2, 0.8) * size;
  const cy = rng.range(0.2, 0.8) * size;
  // Higher harmonics get smaller amplitudes so the outline stays blob-like, not star-like.
  const harmonics = [2, 3, 5].map((k) => ({
    k,
    a: (rng.range(0, roughness) * 2) / k,
    phase: rng.range(0, 2 * Math.PI),
  }));
  const support = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const theta = Math.atan2(dy, dx);
      let r = radius;
      for (const h of harmonics) r += radius * h.a * Math.sin(h.k * theta + h.phase);
      if (dx * dx + dy * dy <= r * r) support[y * size + x] = 1;
    }
  }
  return support;
}

const STAIN_COLOURS: readonly Colour[] = [
  [0.55, 0.3, 0.15],
  [0.2, 0.17, 0.15],
  [0.3, 0.45, 0.75],
];

/** Paints the defect into `img` (in place) inside its support and returns the support. */
function drawDefect(img: Float32Array, size: number, type: DefectType, rng: Rng): Uint8Array {
  if (type === 'scratch') {
    const support = scratchSupport(size, rng);
    const target = rng.uniform() < 0.5 ? 0.95 : 0.12;
    blendInside(img, support, () => [target, target, target], 0.85);
    return support;
  }
  if (type === 'stain') {
    const support = blobSupport(size, size * rng.range(0.08, 0.12), 0.18, rng);
    const colour = STAIN_COLOURS[rng.int(STAIN_COLOURS.length)] as Colour;
    const opacity = rng.range(0.6, 0.85);
    const mottle = perlinNoise(size, size, 8, 8, rng);
    blendInside(
      img,
      support,
      () => colour,
      opacity,
      (p) => 0.8 + 0.2 * (mottle[p] as number),
    );
    return support;
  }
  const radius = size * rng.range(0.045, 0.065);
  const support = blobSupport(size, radius, 0.08, rng);
  // Shade the pit darkest at its centre; its centre is the support's centroid.
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let p = 0; p < support.length; p++) {
    if (support[p] !== 1) continue;
    sx += (p % size) + 0.5;
    sy += Math.floor(p / size) + 0.5;
    n++;
  }
  const cx = sx / Math.max(1, n);
  const cy = sy / Math.max(1, n);
  blendInside(
    img,
    support,
    (p) => {
      const d = Math.min(1, Math.hypot((p % size) + 0.5 - cx, Math.floor(p / size) + 0.5 - cy) / radius);
      const v = 0.05 + 0.2 * d ** 3;
      return [v, v, v];
    },
    0.95,
  );
  return support;
}

function blendInside(
  img: Float32Array,
  support: Uint8Array,
  colourAt: (p: number) => Colour,
  opacity: number,
  opacityScale: (p: number) => number = () => 1,
): void {
  for (let p = 0; p < support.length; p++) {
    if (support[p] !== 1) continue;
    const colour = colourAt(p);
    const a = opacity * opacityScale(p);
    for (let c = 0; c < 3; c++)
      img[p * 3 + c] = (img[p * 3 + c] as number) * (1 - a) + (colour[c] as number) * a;
  }
}

/** A clean surface and the same surface with one defect of `type`; the mask is its support. */
export function makeDefectiveImage(size: number, type: DefectType, rng: Rng): DefectiveImage {
  const surface = renderSurface(size, rng);
  const clean = rgbFromUnit(surface, size, size);
  const mask = drawDefect(surface, size, type, rng);
  return { clean, image: rgbFromUnit(surface, size, size), mask };
}

const name = (i: number): string => String(i).padStart(3, '0');

/** Writes the category described at the top of this file; returns the number of images written. */
export async function synthesizeCategory(opts: SynthesizeOptions): Promise<number> {
  const { outDir, seed = 0, size = 256, train = 60, testGood = 20, testBad = 40, onProgress } = opts;
  for (const [key, value] of Object.entries({ size, train, testGood, testBad })) {
    if (!Number.isInteger(value) || value < 0 || (key === 'size' && value < 32)) {
      throw new DestsegError(
        'CONFIG_INVALID',
        `synthesizeCategory: ${key} must be an integer ≥ ${key === 'size' ? 32 : 0}, got ${value}`,
      );
    }
  }
  const master = new Rng(seed);
  const total = train + testGood + testBad;
  let done = 0;
  const step = (): void => {
    done++;
    onProgress?.(done, total);
  };
  const dirs = [join(outDir, 'train', 'good'), join(outDir, 'test', 'good')];
  for (const t of DEFECT_TYPES.slice(0, Math.min(testBad, DEFECT_TYPES.length))) {
    dirs.push(join(outDir, 'test', t), join(outDir, 'ground_truth', t));
  }
  await Promise.all(dirs.map((d) => mkdir(d, { recursive: true })));

  for (const [split, count] of [
    ['train', train],
    ['test', testGood],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const rng = master.fork();
      await writeFile(
        join(outDir, split, 'good', `${name(i)}.png`),
        await encodePng(rgbFromUnit(renderSurface(size, rng), size, size)),
      );
      step();
    }
  }
  const perType = new Map<DefectType, number>();
  for (let i = 0; i < testBad; i++) {
    const type = DEFECT_TYPES[i % DEFECT_TYPES.length] as DefectType;
    const index = perType.get(type) ?? 0;
    perType.set(type, index + 1);
    const { image, mask } = makeDefectiveImage(size, type, master.fork());
    await writeFile(join(outDir, 'test', type, `${name(index)}.png`), await encodePng(image));
    await writeFile(
      join(outDir, 'ground_truth', type, `${name(index)}_mask.png`),
      await encodeGreyPng(
        mask.map((v) => v * 255),
        size,
        size,
      ),
    );
    step();
  }
  return total;
}
