/**
 * Rotation about the image centre without expanding the canvas; positive angles turn the content
 * counter-clockwise. `rotateRgbPil` is PIL's `Image.rotate(angle, BILINEAR, fillcolor=...)` including
 * its exact transposes; `rotateFloat` is the bilinear, constant-0 rotation used for Perlin noise.
 */
import type { FloatImage, RgbImage } from './rgb-image.ts';

export const PIL_FILL_GREY: readonly [number, number, number] = [114, 114, 114];

/** PIL `Image.rotate(angleDeg, resample=BILINEAR, fillcolor=fill)` of an RGB image. */
export function rotateRgbPil(
  img: RgbImage,
  angleDeg: number,
  fill: readonly [number, number, number] = PIL_FILL_GREY,
): RgbImage {
  // Python's float modulo: the result takes the sign of 360.
  let angle = angleDeg % 360;
  if (angle < 0) angle += 360;
  if (angle === 0) return { width: img.width, height: img.height, data: img.data.slice() };
  if (angle === 180) return transpose(img, 180);
  if ((angle === 90 || angle === 270) && img.width === img.height) return transpose(img, angle);
  return affineBilinear(img, pilRotationMatrix(img.width, img.height, angle), fill);
}

/** Image.py `rotate`: the inverse (output → input) affine matrix, entries rounded to 15 decimals. */
function pilRotationMatrix(w: number, h: number, angle: number): number[] {
  const rad = -(angle * (Math.PI / 180));
  const r15 = (v: number): number => Number(v.toFixed(15));
  const a = r15(Math.cos(rad));
  const b = r15(Math.sin(rad));
  const d = r15(-Math.sin(rad));
  const e = r15(Math.cos(rad));
  const cx = w / 2;
  const cy = h / 2;
  return [a, b, a * -cx + b * -cy + 0 + cx, d, e, d * -cx + e * -cy + 0 + cy];
}

/** PIL's exact ROTATE_90 / ROTATE_180 / ROTATE_270 transposes (counter-clockwise). */
function transpose(img: RgbImage, angle: 90 | 180 | 270): RgbImage {
  const { width: w, height: h, data: src } = img;
  const outW = angle === 180 ? w : h;
  const outH = angle === 180 ? h : w;
  const out = new Uint8Array(src.length);
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      // Source pixel (sx, sy) of output pixel (x, y).
      const sx = angle === 90 ? w - 1 - y : angle === 180 ? w - 1 - x : y;
      const sy = angle === 90 ? x : angle === 180 ? h - 1 - y : h - 1 - x;
      const s = (sy * w + sx) * 3;
      const o = (y * outW + x) * 3;
      out[o] = src[s] as number;
      out[o + 1] = src[s + 1] as number;
      out[o + 2] = src[s + 2] as number;
    }
  }
  return { width: outW, height: outH, data: out };
}

/** Geometry.c `ImagingGenericTransform` with `affine_transform` and `bilinear_filter32RGB`. */
function affineBilinear(img: RgbImage, m: number[], fill: readonly [number, number, number]): RgbImage {
  const { width: w, height: h, data: src } = img;
  const [a0, a1, a2, a3, a4, a5] = m as [number, number, number, number, number, number];
  const out = new Uint8Array(w * h * 3);
  const clampX = (x: number): number => (x < 0 ? 0 : x >= w ? w - 1 : x);
  for (let y = 0, o = 0; y < h; y++) {
    for (let x = 0; x < w; x++, o += 3) {
      let xin = a0 * (x + 0.5) + a1 * (y + 0.5) + a2;
      let yin = a3 * (x + 0.5) + a4 * (y + 0.5) + a5;
      if (xin < 0 || xin >= w || yin < 0 || yin >= h) {
        out[o] = fill[0];
        out[o + 1] = fill[1];
        out[o + 2] = fill[2];
        continue;
      }
      xin -= 0.5;
      yin -= 0.5;
      const ix = Math.floor(xin);
      const iy = Math.floor(yin);
      const dx = xin - ix;
      const dy = yin - iy;
      const x0 = clampX(ix) * 3;
      const x1 = clampX(ix + 1) * 3;
      const row0 = (iy < 0 ? 0 : iy >= h ? h - 1 : iy) * w * 3;
      // The second row falls back to the first outside the image, as BILINEAR_BODY does.
      const row1 = iy + 1 >= 0 && iy + 1 < h ? (iy + 1) * w * 3 : -1;
      for (let c = 0; c < 3; c++) {
        const p0 = src[row0 + x0 + c] as number;
        let v1 = p0 + ((src[row0 + x1 + c] as number) - p0) * dx;
        if (row1 >= 0) {
          const q0 = src[row1 + x0 + c] as number;
          const v2 = q0 + ((src[row1 + x1 + c] as number) - q0) * dx;
          v1 = v1 + (v2 - v1) * dy;
        }
        out[o + c] = Math.trunc(v1);
      }
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Bilinear rotation of a float map about its centre, same size, neighbours outside the image read
 * as 0 (imgaug `Affine(rotate)`, order 1, constant 0). imgaug turns positive angles clockwise and
 * this function counter-clockwise; callers draw the angle symmetrically, so either is faithful.
 */
export function rotateFloat(map: FloatImage, angleDeg: number): FloatImage {
  const { width: w, height: h, data: src } = map;
  const rad = angleDeg * (Math.PI / 180);
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // Pixel centres sit at integer coordinates here, so the centre is ((w-1)/2, (h-1)/2).
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const out = new Float32Array(w * h);
  const at = (x: number, y: number): number =>
    x >= 0 && x < w && y >= 0 && y < h ? (src[y * w + x] as number) : 0;
  for (let y = 0, o = 0; y < h; y++) {
    for (let x = 0; x < w; x++, o++) {
      const sx = cx + cos * (x - cx) - sin * (y - cy);
      const sy = cy + sin * (x - cx) + cos * (y - cy);
      const ix = Math.floor(sx);
      const iy = Math.floor(sy);
      if (ix < -1 || ix >= w || iy < -1 || iy >= h) continue;
      const dx = sx - ix;
      const dy = sy - iy;
      const top = at(ix, iy) * (1 - dx) + at(ix + 1, iy) * dx;
      const bottom = at(ix, iy + 1) * (1 - dx) + at(ix + 1, iy + 1) * dx;
      out[o] = top * (1 - dy) + bottom * dy;
    }
  }
  return { width: w, height: h, data: out };
}
