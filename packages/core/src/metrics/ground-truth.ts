/**
 * Binarisation of a resized ground-truth mask as the official evaluation does it: after the
 * antialiased bilinear resize to the model size, values >= 0.5 are defect (exactly 0.5 included).
 */

/** 1 where `mask` >= 0.5, else 0. */
export function binarizeMask(mask: Float32Array): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let i = 0; i < mask.length; i++) out[i] = (mask[i] as number) >= 0.5 ? 1 : 0;
  return out;
}
