/**
 * The fused output (not in the paper): the pixel-wise geometric mean √(seg·dest) of the
 * segmentation and DeST maps, a per-category option where the segmentation net has learnt the
 * size of the synthetic defects and misses much smaller real ones (docs/RESULTS.md). A pixel
 * scores high only where both maps agree. It needs no calibration: scaling either map by a
 * constant scales the fused map and its top-k image scores by a constant, so every ranking (and
 * therefore every metric) is unchanged.
 */
export function fuseMaps(seg: Float32Array, dest: Float32Array): Float32Array {
  if (seg.length !== dest.length) {
    throw new RangeError(`maps differ in size: ${seg.length} vs ${dest.length}`);
  }
  const out = new Float32Array(seg.length);
  // Both maps are ≥ 0 (a sigmoid and a product of cosine distances); the clamp only absorbs
  // float rounding below zero.
  for (let k = 0; k < out.length; k++)
    out[k] = Math.sqrt(Math.max(0, (seg[k] as number) * (dest[k] as number)));
  return out;
}
