/**
 * Training batches (spec §2–3): epochs of a seeded shuffle with drop_last, each sample rotated by
 * the category's augmentation group and given a synthetic anomaly. Batch k depends only on
 * (seed, k), which is what makes `--resume` exact.
 */
import { type AugmentationGroup, augment } from '../data/augmentation.ts';
import { DestsegError } from '../errors.ts';
import { normalizeImagenetUnit } from '../image/normalize.ts';
import type { RgbImage } from '../image/rgb-image.ts';
import { makeAnomalySample } from '../synthetic/anomaly-generator.ts';
import type { PerlinScaleRange } from '../synthetic/perlin.ts';
import type { TextureSource } from '../synthetic/texture-source.ts';
import { STREAM, streamRng } from './seeds.ts';

export interface TrainBatch {
  size: number;
  count: number;
  /** N×S×S×3, ImageNet-normalised clean images I. */
  clean: Float32Array;
  /** N×S×S×3, ImageNet-normalised anomalous images Ia. */
  augmented: Float32Array;
  /** N×S×S×1 in {0, 1}. */
  mask: Float32Array;
}

export class BatchSource {
  readonly batchesPerEpoch: number;

  constructor(
    private readonly images: readonly RgbImage[],
    private readonly batchSize: number,
    private readonly group: AugmentationGroup,
    private readonly textures: TextureSource,
    private readonly seed: number,
    private readonly perlinScales: PerlinScaleRange,
  ) {
    this.batchesPerEpoch = Math.floor(images.length / batchSize);
    if (this.batchesPerEpoch === 0) {
      throw new DestsegError(
        'CONFIG_INVALID',
        `batch size ${batchSize} is larger than the ${images.length} training images (batches drop the remainder)`,
      );
    }
  }

  async batch(step: number): Promise<TrainBatch> {
    const epoch = Math.floor(step / this.batchesPerEpoch);
    const first = (step % this.batchesPerEpoch) * this.batchSize;
    const order = streamRng(this.seed, STREAM.epochOrder, epoch).shuffle(this.images.map((_, i) => i));
    const size = (this.images[0] as RgbImage).width;
    const pixels = size * size;
    const out: TrainBatch = {
      size,
      count: this.batchSize,
      clean: new Float32Array(this.batchSize * pixels * 3),
      augmented: new Float32Array(this.batchSize * pixels * 3),
      mask: new Float32Array(this.batchSize * pixels),
    };
    for (let i = 0; i < this.batchSize; i++) {
      const rng = streamRng(this.seed, STREAM.sample, step * this.batchSize + i);
      const image = augment(this.images[order[first + i] as number] as RgbImage, this.group, rng);
      const sample = await makeAnomalySample(image, this.textures, rng, this.perlinScales);
      normalizeImagenetUnit(sample.clean, out.clean, i * pixels * 3);
      normalizeImagenetUnit(sample.augmented, out.augmented, i * pixels * 3);
      out.mask.set(sample.mask, i * pixels);
    }
    return out;
  }
}
