/** PNG output and anomaly-map visualisation (jet colour map, overlay on the input image). */
import sharp from 'sharp';
import { resizeFloatAntialiased } from './pil-resize.ts';
import type { RgbImage } from './rgb-image.ts';

export async function encodePng(img: RgbImage): Promise<Buffer> {
  return sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .png()
    .toBuffer();
}

/** A single-channel 8-bit image as a greyscale PNG (as MVTec's masks; sharp would otherwise write sRGB). */
export async function encodeGreyPng(data: Uint8Array, width: number, height: number): Promise<Buffer> {
  return sharp(data, { raw: { width, height, channels: 1 } })
    .toColourspace('b-w')
    .png()
    .toBuffer();
}

/** Maps values in [0, 1] (clamped; NaN as 0) to the jet colour map. */
export function heatmapRgb(map: Float32Array, w: number, h: number): RgbImage {
  checkLength(map, w, h);
  const out = new Uint8Array(w * h * 3);
  for (let i = 0; i < w * h; i++) jet(map[i] as number, out, i * 3);
  return { width: w, height: h, data: out };
}

/** Blends the heat map of `map` over `image`; the map is resized (bilinear) to the image size if needed. */
export function overlayRgb(
  image: RgbImage,
  map: Float32Array,
  w: number,
  h: number,
  opacity = 0.5,
): RgbImage {
  checkLength(map, w, h);
  if (!(opacity >= 0 && opacity <= 1))
    throw new RangeError(`overlay opacity must be in [0, 1], got ${opacity}`);
  const sized =
    w === image.width && h === image.height
      ? map
      : resizeFloatAntialiased(map, w, h, image.width, image.height);
  const heat = heatmapRgb(sized, image.width, image.height).data;
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = Math.round((1 - opacity) * (image.data[i] as number) + opacity * (heat[i] as number));
  }
  return { width: image.width, height: image.height, data: out };
}

function checkLength(map: Float32Array, w: number, h: number): void {
  if (map.length !== w * h)
    throw new RangeError(`map has ${map.length} values, expected ${w}x${h} = ${w * h}`);
}

/** The jet colour map (dark blue → cyan → yellow → dark red), as cv2.COLORMAP_JET-style AD visualisations use. */
function jet(value: number, out: Uint8Array, o: number): void {
  const x = value > 0 ? Math.min(value, 1) : 0;
  out[o] = toByte(1.5 - Math.abs(4 * x - 3));
  out[o + 1] = toByte(1.5 - Math.abs(4 * x - 2));
  out[o + 2] = toByte(1.5 - Math.abs(4 * x - 1));
}

function toByte(v: number): number {
  return Math.round(255 * (v < 0 ? 0 : Math.min(v, 1)));
}
