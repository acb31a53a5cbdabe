/**
 * Inference (spec §7): batched forward passes of a trained model, the segmentation and DeST maps
 * bilinearly upsampled to the model's image size and image scores as the mean of the top-100 values
 * (image/resize-map.ts brings the maps to an image's own size for heat maps).
 */
import * as tf from '@tensorflow/tfjs';
import type { RgbImage } from '../image/rgb-image.ts';
import { imageScore, SCORE_TOP_K } from '../metrics/image-score.ts';
import { DestsegModel } from '../model/destseg/destseg-model.ts';
import { resizeBilinear } from '../model/layers.ts';
import { latestModelPath } from '../train/checkpoint.ts';
import { type MapPrediction, type MapPredictor, normalizedBatch } from './map-predictor.ts';

export { SCORE_TOP_K } from '../metrics/image-score.ts';
export type { MapPrediction } from './map-predictor.ts';

/** The TF.js engine (training's own forward pass). */
export class Inspector implements MapPredictor {
  readonly engine = 'tfjs';

  private constructor(
    readonly model: DestsegModel,
    readonly modelPath: string,
    readonly batchSize: number,
  ) {}

  /** Loads the newest checkpoint of a run directory (or a model.safetensors file directly). */
  static async load(modelDirOrFile: string, opts: { batchSize?: number } = {}): Promise<Inspector> {
    const path = modelDirOrFile.endsWith('.safetensors')
      ? modelDirOrFile
      : await latestModelPath(modelDirOrFile);
    return new Inspector(await DestsegModel.load(path), path, opts.batchSize ?? 8);
  }

  get imageSize(): number {
    return this.model.info.imageSize;
  }

  async predict(images: readonly RgbImage[]): Promise<MapPrediction[]> {
    const size = this.imageSize;
    const out: MapPrediction[] = [];
    for (let start = 0; start < images.length; start += this.batchSize) {
      const chunk = images.slice(start, start + this.batchSize);
      const input = normalizedBatch(chunk, size);
      const [seg, dest] = tf.tidy(() => {
        const maps = this.model.predict(tf.tensor4d(input, [chunk.length, size, size, 3]));
        return [resizeBilinear(maps.seg, size, size), resizeBilinear(maps.dest, size, size)];
      });
      const [segData, destData] = (await Promise.all([seg.data(), dest.data()])) as [
        Float32Array,
        Float32Array,
      ];
      tf.dispose([seg, dest]);
      const n = size * size;
      for (let i = 0; i < chunk.length; i++) {
        const segMap = segData.slice(i * n, (i + 1) * n);
        const destMap = destData.slice(i * n, (i + 1) * n);
        out.push({
          segScore: imageScore(segMap, SCORE_TOP_K),
          destScore: imageScore(destMap, SCORE_TOP_K),
          segMap,
          destMap,
          size,
        });
      }
    }
    return out;
  }

  dispose(): void {
    this.model.dispose();
  }
}
