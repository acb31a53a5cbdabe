/**
 * Perlin-noise anomaly masks (spec §3.1–3.4, `rand_perlin_2d_np` + `perlin_noise` of the official
 * code, derived from DRAEM).
 *
 * Sizes: the official code assumes 256 px, where every cell is an integer number of pixels. For a
 * size s we keep the same relative pattern: pixel i lies at lattice coordinate i·r/s, computed
 * exactly in integers (cell ⌊i·r/s⌋, local (i·r mod s)/s), so cells of non-integer width (s = 100,
 * r = 32) are sampled consistently. When r divides s this is the official `d = s/r` tiling (checked
 * against the numpy code to float32 precision); below 32 px the finest scales fall on lattice
 * points only and give empty masks.
 */
import { rotateFloat } from '../image/rotate.ts';
import type { Rng } from '../random/rng.ts';

const SQRT2 = Math.SQRT2;

/**
 * Inclusive range [min, max] of the scale exponents tx, ty: each axis gets 2^t cells. Larger
 * exponents mean finer noise and therefore smaller defects.
 */
export type PerlinScaleRange = readonly [min: number, max: number];

/** Scale exponents of §3.1: tx, ty uniform on {0..5}. */
export const FAITHFUL_PERLIN_SCALES: PerlinScaleRange = [0, 5];

/**
 * Largest exponent accepted: 2^7 = 128 cells are 2 px wide at 256 px. Cells under 2 px fall on
 * lattice points only and give empty masks (the noise is zero there).
 */
export const MAX_PERLIN_SCALE_EXP = 7;

/** The mask threshold of §3.4 (strictly greater). */
const MASK_THRESHOLD = 0.5;

const fade = (t: number): number => t * t * t * (t * (t * 6 - 15) + 10);

/** Cell index and local coordinate of every pixel along one axis of length `n` with `res` cells. */
function axisCoords(n: number, res: number): { cell: Int32Array; local: Float64Array } {
  const cell = new Int32Array(n);
  const local = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const num = i * res;
    const rem = num % n;
    cell[i] = (num - rem) / n;
    local[i] = rem / n;
  }
  return { cell, local };
}

/**
 * 2-D gradient noise of shape height×width (row-major) with `resY` cells along the rows (first
 * axis) and `resX` along the columns, in [−1, 1] (the √2 factor rescales the ±√½ range of 2-D
 * Perlin noise). Draws (resY+1)·(resX+1) angles from `rng` in row-major order.
 */
export function perlinNoise(
  height: number,
  width: number,
  resY: number,
  resX: number,
  rng: Rng,
): Float32Array {
  const lw = resX + 1;
  const cos = new Float64Array((resY + 1) * lw);
  const sin = new Float64Array((resY + 1) * lw);
  for (let k = 0; k < cos.length; k++) {
    const theta = 2 * Math.PI * rng.uniform();
    cos[k] = Math.cos(theta);
    sin[k] = Math.sin(theta);
  }
  const rows = axisCoords(height, resY);
  const cols = axisCoords(width, resX);
  const out = new Float32Array(height * width);
  for (let i = 0; i < height; i++) {
    const ci = rows.cell[i] as number;
    const gx = rows.local[i] as number;
    const fx = fade(gx);
    const top = ci * lw;
    const bottom = top + lw;
    for (let j = 0; j < width; j++) {
      const cj = cols.cell[j] as number;
      const gy = cols.local[j] as number;
      const k00 = top + cj;
      const k10 = bottom + cj;
      const n00 = gx * (cos[k00] as number) + gy * (sin[k00] as number);
      const n10 = (gx - 1) * (cos[k10] as number) + gy * (sin[k10] as number);
      const n01 = gx * (cos[k00 + 1] as number) + (gy - 1) * (sin[k00 + 1] as number);
      const n11 = (gx - 1) * (cos[k10 + 1] as number) + (gy - 1) * (sin[k10 + 1] as number);
      const a = n00 + (n10 - n00) * fx;
      const b = n01 + (n11 - n01) * fx;
      out[i * width + j] = SQRT2 * (a + (b - a) * fade(gy));
    }
  }
  return out;
}

/**
 * A binary anomaly mask (size×size, values 0/1) as in §3.1–3.4: random scales 2^{0..5} per axis,
 * Perlin noise, rotation by U(−90°, 90°) about the centre (bilinear, fill 0), threshold > 0.5.
 * About 5% of masks are empty, as in the official code (spec: 4.6%).
 *
 * `scales` narrows or shifts the exponent range (a non-faithful option for categories whose real
 * defects are much smaller than the official Perlin blobs); the default draws exactly as the
 * official code, so the random stream is unchanged.
 */
export function perlinMask(
  size: number,
  rng: Rng,
  scales: PerlinScaleRange = FAITHFUL_PERLIN_SCALES,
): Float32Array {
  const [min, max] = scales;
  const resY = 2 ** (min + rng.int(max - min + 1));
  const resX = 2 ** (min + rng.int(max - min + 1));
  const noise = perlinNoise(size, size, resY, resX, rng);
  const rotated = rotateFloat({ width: size, height: size, data: noise }, rng.range(-90, 90)).data;
  const mask = new Float32Array(size * size);
  for (let k = 0; k < mask.length; k++) mask[k] = (rotated[k] as number) > MASK_THRESHOLD ? 1 : 0;
  return mask;
}
