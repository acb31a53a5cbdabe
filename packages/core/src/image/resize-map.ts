/**
 * Bilinear resize of a single-channel float map, by hand so it runs anywhere (a worker thread without
 * TF.js, the API's render pool): PyTorch's `F.interpolate(mode='bilinear', align_corners=False)` and
 * TF.js's `resizeBilinear(…, alignCorners=false, halfPixelCenters=true)`, the convention of the model's
 * own upsampling (model/layers.ts). Source coordinates are (dst + 0.5)·scale − 0.5, clamped at the
 * edges; no antialiasing. `resize-map.test.ts` checks it against TF.js value for value.
 */
export function resizeMapBilinear(
  src: Float32Array,
  srcWidth: number,
  srcHeight: number,
  width: number,
  height: number,
): Float32Array {
  if (src.length !== srcWidth * srcHeight)
    throw new RangeError(`map has ${src.length} values, expected ${srcWidth}x${srcHeight}`);
  if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height)))
    throw new RangeError(`resize target must be positive integers, got ${width}x${height}`);
  if (width === srcWidth && height === srcHeight) return src;
  const columns = sourceTaps(srcWidth, width);
  const out = new Float32Array(width * height);
  const scaleY = srcHeight / height;
  for (let y = 0; y < height; y++) {
    const [y0, y1, fy] = tap(y, scaleY, srcHeight);
    const row0 = y0 * srcWidth;
    const row1 = y1 * srcWidth;
    const o = y * width;
    for (let x = 0; x < width; x++) {
      const c = x * 3;
      const x0 = columns[c] as number;
      const x1 = columns[c + 1] as number;
      const fx = columns[c + 2] as number;
      const top = (src[row0 + x0] as number) + ((src[row0 + x1] as number) - (src[row0 + x0] as number)) * fx;
      const bottom =
        (src[row1 + x0] as number) + ((src[row1 + x1] as number) - (src[row1 + x0] as number)) * fx;
      out[o + x] = top + (bottom - top) * fy;
    }
  }
  return out;
}

/** The two source indices and the weight of the second for destination index `i`. */
function tap(i: number, scale: number, inSize: number): [number, number, number] {
  const s = Math.max(0, (i + 0.5) * scale - 0.5);
  const i0 = Math.min(Math.floor(s), inSize - 1);
  const i1 = Math.min(i0 + 1, inSize - 1);
  return [i0, i1, s - i0];
}

function sourceTaps(inSize: number, outSize: number): Float64Array {
  const taps = new Float64Array(outSize * 3);
  const scale = inSize / outSize;
  for (let i = 0; i < outSize; i++) taps.set(tap(i, scale, inSize), i * 3);
  return taps;
}

/** A size×size model map at an image's own width×height (the heat map and overlay size). */
export function mapAtImageSize(map: Float32Array, size: number, width: number, height: number): Float32Array {
  return resizeMapBilinear(map, size, size, width, height);
}
