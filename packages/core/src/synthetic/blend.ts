/**
 * Texture blending of the synthetic anomaly (spec §3.5), in float [0, 1] HWC RGB space.
 */
import { DestsegError } from '../errors.ts';
import type { Rng } from '../random/rng.ts';

/** Upper bound of β: the texture opacity 1−β is uniform on (0.2, 1]. */
const MAX_BETA = 0.8;

/** β = U[0, 1)·0.8, as in the official code (not the paper's [0.15, 1] opacity, see spec §10). */
export function drawBeta(rng: Rng): number {
  return rng.uniform() * MAX_BETA;
}

/**
 * Ia = I·(1−M) + (1−β)·A·M + β·I·M per pixel and channel. `image` and `texture` are HWC RGB floats
 * in [0, 1] with the same size; `mask` has one value per pixel (H·W).
 */
export function blendAnomaly(
  image: Float32Array,
  texture: Float32Array,
  mask: Float32Array,
  beta: number,
): Float32Array {
  if (texture.length !== image.length || mask.length * 3 !== image.length) {
    throw new DestsegError(
      'CONFIG_INVALID',
      `blendAnomaly: image (${image.length}), texture (${texture.length}) and mask (${mask.length}×3) sizes differ`,
    );
  }
  const out = new Float32Array(image.length);
  for (let p = 0; p < mask.length; p++) {
    const m = mask[p] as number;
    for (let c = 0; c < 3; c++) {
      const k = p * 3 + c;
      const i = image[k] as number;
      out[k] = i * (1 - m) + (1 - beta) * (texture[k] as number) * m + beta * i * m;
    }
  }
  return out;
}
