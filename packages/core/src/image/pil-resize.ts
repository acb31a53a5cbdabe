/**
 * PIL's `Image.resize(size, BILINEAR)` (Resample.c) reproduced bit for bit, and the same triangle
 * filter in float, which is what torchvision `Resize(antialias=True)` bilinear computes for masks.
 * The filter support grows with the downscale factor, so downscaling is antialiased.
 */
import type { RgbImage } from './rgb-image.ts';

/** Per output index: first input index, tap count, and `ksize` weights (zero-padded). */
interface Coeffs {
  ksize: number;
  xmin: Int32Array;
  count: Int32Array;
  weights: Float64Array;
}

// Resample.c: 8-bit images use 22-bit fixed-point coefficients (32 - 8 bits - 2 guard bits).
const PRECISION_BITS = 22;
const ONE = 1 << PRECISION_BITS;
const HALF = 1 << (PRECISION_BITS - 1);

function triangle(x: number): number {
  const a = x < 0 ? -x : x;
  return a < 1 ? 1 - a : 0;
}

/** Resample.c `precompute_coeffs` for the full-image box, with the bilinear (support 1) filter. */
export function precomputeCoeffs(inSize: number, outSize: number): Coeffs {
  const scale = inSize / outSize;
  const filterscale = Math.max(scale, 1);
  const support = filterscale;
  const ksize = Math.ceil(support) * 2 + 1;
  const xmin = new Int32Array(outSize);
  const count = new Int32Array(outSize);
  const weights = new Float64Array(outSize * ksize);
  const ss = 1 / filterscale;
  for (let xx = 0; xx < outSize; xx++) {
    const center = (xx + 0.5) * scale;
    // C's (int) cast truncates toward zero; negatives are clamped to 0 right after anyway.
    const lo = Math.max(Math.trunc(center - support + 0.5), 0);
    const hi = Math.min(Math.trunc(center + support + 0.5), inSize);
    const n = hi - lo;
    const k = xx * ksize;
    let ww = 0;
    for (let x = 0; x < n; x++) {
      const w = triangle((x + lo - center + 0.5) * ss);
      weights[k + x] = w;
      ww += w;
    }
    if (ww !== 0) for (let x = 0; x < n; x++) weights[k + x] = (weights[k + x] as number) / ww;
    xmin[xx] = lo;
    count[xx] = n;
  }
  return { ksize, xmin, count, weights };
}

/** Resample.c `normalize_coeffs_8bpc`: round half away from zero to fixed point. */
function fixedPoint(weights: Float64Array): Int32Array {
  const out = new Int32Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    out[i] = Math.trunc(w < 0 ? -0.5 + w * ONE : 0.5 + w * ONE);
  }
  return out;
}

/** Resample.c `clip8`: arithmetic shift (floor) then clamp to [0, 255]. */
function clip8(ss: number): number {
  const v = ss >> PRECISION_BITS;
  return v < 0 ? 0 : Math.min(v, 255);
}

/** `Image.resize((w, h), Image.BILINEAR)` of an RGB image. */
export function resizeRgbPil(img: RgbImage, w: number, h: number): RgbImage {
  return { width: w, height: h, data: resizeUint8(img.data, img.width, img.height, 3, w, h) };
}

/** PIL's two-pass 8-bit resample of interleaved `channels`-band data. */
export function resizeUint8(
  src: Uint8Array,
  width: number,
  height: number,
  channels: number,
  outW: number,
  outH: number,
): Uint8Array {
  checkSizes(width, height, outW, outH);
  // PIL skips a pass whose dimension is unchanged; each pass rounds to uint8.
  if (outW === width && outH === height) return src.slice();
  const cv = precomputeCoeffs(height, outH);
  if (outW === width) return vertical8(src, width, channels, cv, outH, 0);
  // Only the input rows that the vertical pass reads are resampled horizontally.
  const first = outH !== height ? (cv.xmin[0] as number) : 0;
  const last = outH !== height ? (cv.xmin[outH - 1] as number) + (cv.count[outH - 1] as number) : height;
  const tmp = horizontal8(src, width, channels, first, last, precomputeCoeffs(width, outW), outW);
  return outH === height ? tmp : vertical8(tmp, outW, channels, cv, outH, first);
}

function horizontal8(
  src: Uint8Array,
  width: number,
  channels: number,
  first: number,
  last: number,
  c: Coeffs,
  outW: number,
): Uint8Array {
  const kk = fixedPoint(c.weights);
  const out = new Uint8Array((last - first) * outW * channels);
  let o = 0;
  for (let y = first; y < last; y++) {
    const row = y * width * channels;
    for (let xx = 0; xx < outW; xx++) {
      const base = row + (c.xmin[xx] as number) * channels;
      const n = c.count[xx] as number;
      const k = xx * c.ksize;
      for (let b = 0; b < channels; b++) {
        let ss = HALF;
        for (let x = 0; x < n; x++) ss += (src[base + x * channels + b] as number) * (kk[k + x] as number);
        out[o++] = clip8(ss);
      }
    }
  }
  return out;
}

/** Vertical pass; `rowOffset` is the input row that row 0 of `src` holds. */
function vertical8(
  src: Uint8Array,
  width: number,
  channels: number,
  c: Coeffs,
  outH: number,
  rowOffset: number,
): Uint8Array {
  const kk = fixedPoint(c.weights);
  const stride = width * channels;
  const out = new Uint8Array(outH * stride);
  let o = 0;
  for (let yy = 0; yy < outH; yy++) {
    const base = ((c.xmin[yy] as number) - rowOffset) * stride;
    const n = c.count[yy] as number;
    const k = yy * c.ksize;
    for (let i = 0; i < stride; i++) {
      let ss = HALF;
      for (let y = 0; y < n; y++) ss += (src[base + y * stride + i] as number) * (kk[k + y] as number);
      out[o++] = clip8(ss);
    }
  }
  return out;
}

/**
 * Single-channel float resize with the same antialiasing triangle filter and no rounding:
 * torch `interpolate(mode='bilinear', antialias=True, align_corners=False)`, width pass first.
 */
export function resizeFloatAntialiased(
  data: Float32Array,
  w: number,
  h: number,
  outW: number,
  outH: number,
): Float32Array {
  checkSizes(w, h, outW, outH);
  let cur: Float64Array | Float32Array = data;
  if (outW !== w) {
    const c = precomputeCoeffs(w, outW);
    const next = new Float64Array(outW * h);
    for (let y = 0; y < h; y++) {
      const row = y * w;
      for (let xx = 0; xx < outW; xx++) {
        const base = row + (c.xmin[xx] as number);
        const n = c.count[xx] as number;
        const k = xx * c.ksize;
        let s = 0;
        for (let x = 0; x < n; x++) s += (cur[base + x] as number) * (c.weights[k + x] as number);
        next[y * outW + xx] = s;
      }
    }
    cur = next;
  }
  if (outH !== h) {
    const c = precomputeCoeffs(h, outH);
    const next = new Float64Array(outW * outH);
    for (let yy = 0; yy < outH; yy++) {
      const base = (c.xmin[yy] as number) * outW;
      const n = c.count[yy] as number;
      const k = yy * c.ksize;
      for (let x = 0; x < outW; x++) {
        let s = 0;
        for (let y = 0; y < n; y++) s += (cur[base + y * outW + x] as number) * (c.weights[k + y] as number);
        next[yy * outW + x] = s;
      }
    }
    cur = next;
  }
  return Float32Array.from(cur);
}

function checkSizes(w: number, h: number, outW: number, outH: number): void {
  for (const v of [w, h, outW, outH]) {
    if (!Number.isInteger(v) || v <= 0)
      throw new RangeError(`resize sizes must be positive integers, got ${v}`);
  }
}
