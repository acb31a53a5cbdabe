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
