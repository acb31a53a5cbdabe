/**
 * What inspection and evaluation need from an inference engine: images in, maps and scores out
 * (inspector.ts on TF.js, ort-inspector.ts on onnxruntime), and the normalised input batch both
 * engines take.
 */
import { normalizeImagenet } from '../image/normalize.ts';
import { resizeRgbPil } from '../image/pil-resize.ts';
import type { RgbImage } from '../image/rgb-image.ts';
import type { ScoredMaps } from '../model/destseg/anomaly-map.ts';

export interface MapPrediction extends ScoredMaps {
  /** Image score: mean of the top-100 segmentation-map values. */
  segScore: number;
  /** The DeST branch scored the same way. */
  destScore: number;
  /** Segmentation map at size×size (the model's image size), values in (0, 1). */
  segMap: Float32Array;
  /** DeST branch map at size×size. */
  destMap: Float32Array;
  size: number;
}

export type EngineName = 'ort' | 'tfjs';

export interface MapPredictor {
  readonly engine: EngineName;
  /** The model.safetensors the predictor was made from. */
  readonly modelPath: string;
  readonly imageSize: number;
  readonly batchSize: number;
  /** Images of any size (resized like training images) → maps and scores, in batches. */
  predict(images: readonly RgbImage[]): Promise<MapPrediction[]>;
  dispose(): void | Promise<void>;
}

/** Images resized to size² (PIL bilinear, as training) and ImageNet-normalised into one NHWC batch. */
export function normalizedBatch(images: readonly RgbImage[], size: number): Float32Array {
  const input = new Float32Array(images.length * size * size * 3);
  images.forEach((img, i) => {
    const resized = img.width === size && img.height === size ? img : resizeRgbPil(img, size, size);
    normalizeImagenet(resized, input, i * size * size * 3);
  });
  return input;
}
