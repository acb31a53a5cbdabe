/**
 * One training sample of §3: the clean image I, the synthetic anomalous image Ia and its mask M.
 * aug_prob is 1 (every sample is blended); about 4.6% of masks still come out empty by chance.
 */
import { DestsegError } from '../errors.ts';
import { type RgbImage, unitFromRgb } from '../image/rgb-image.ts';
import type { Rng } from '../random/rng.ts';
import { blendAnomaly, drawBeta } from './blend.ts';
import { FAITHFUL_PERLIN_SCALES, type PerlinScaleRange, perlinMask } from './perlin.ts';
import type { TextureSource } from './texture-source.ts';

export interface AnomalySample {
  /** HWC RGB in [0, 1]. */
  clean: Float32Array;
  /** HWC RGB in [0, 1]. */
  augmented: Float32Array;
  /** size×size, values 0/1. */
  mask: Float32Array;
}

/** Draw order follows the official loader: texture, then scales/noise/rotation, then β. */
export async function makeAnomalySample(
  clean: RgbImage,
  textures: TextureSource,
  rng: Rng,
  perlinScales: PerlinScaleRange = FAITHFUL_PERLIN_SCALES,
): Promise<AnomalySample> {
  const size = clean.width;
  if (clean.height !== size || clean.data.length !== size * size * 3) {
    throw new DestsegError(
      'CONFIG_INVALID',
      `synthetic anomaly needs a square RGB image, got ${clean.width}×${clean.height} (${clean.data.length} bytes)`,
    );
  }
  const texture = await textures.next(rng, size);
  const mask = perlinMask(size, rng, perlinScales);
  const beta = drawBeta(rng);
  const image = unitFromRgb(clean);
  return { clean: image, augmented: blendAnomaly(image, unitFromRgb(texture), mask, beta), mask };
}
