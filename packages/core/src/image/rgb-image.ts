/** 8-bit RGB image, row-major HWC (3 bytes per pixel, no padding). */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Single-channel float image (mask, noise, anomaly map), row-major. */
export interface FloatImage {
  width: number;
  height: number;
  data: Float32Array;
}

/** HWC RGB in [0, 1] (clamped) → 8-bit, rounded to the nearest level. */
export function rgbFromUnit(img: Float32Array, width: number, height: number): RgbImage {
  const data = new Uint8Array(img.length);
  for (let k = 0; k < img.length; k++) data[k] = Math.round(Math.min(1, Math.max(0, img[k] as number)) * 255);
  return { width, height, data };
}

/** 8-bit RGB → HWC floats in [0, 1] (level / 255). */
export function unitFromRgb(img: RgbImage): Float32Array {
  const out = new Float32Array(img.data.length);
  for (let k = 0; k < out.length; k++) out[k] = (img.data[k] as number) / 255;
  return out;
}
