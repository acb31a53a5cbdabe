/**
 * The onnxruntime engine: an exported model.onnx behind the same MapPredictor contract as the TF.js
 * Inspector (same input batch, maps at the model size). Image scores are taken from the maps by
 * metrics/image-score.ts, the one rule the TF.js engine and the metrics use too, so a threshold picked on
 * an evaluation's scores is exactly a stored inspection's score; the graph's own score outputs (for other
 * ONNX consumers) are checked by the parity gate through `predictWithGraphScores`.
 */
import type { RgbImage } from '../image/rgb-image.ts';
import { type MapPrediction, type MapPredictor, normalizedBatch } from '../inference/map-predictor.ts';
import { imageScore, SCORE_TOP_K } from '../metrics/image-score.ts';
import { OrtDestsegSession, type OrtSessionOptions } from './ort-session.ts';

export class OrtInspector implements MapPredictor {
  readonly engine = 'ort';

  private constructor(
    private readonly session: OrtDestsegSession,
    readonly modelPath: string,
    readonly batchSize: number,
  ) {}

  /** `onnx`: the model.onnx path or its bytes; `modelPath`: the model.safetensors it was exported from. */
  static async load(
    onnx: string | Uint8Array,
    modelPath: string,
    opts: OrtSessionOptions & { batchSize?: number } = {},
  ): Promise<OrtInspector> {
    const session = await OrtDestsegSession.create(onnx, opts);
    return new OrtInspector(session, modelPath, opts.batchSize ?? 8);
  }

  get imageSize(): number {
    return this.session.imageSize;
  }

  get threads(): number {
    return this.session.threads;
  }

  async predict(images: readonly RgbImage[]): Promise<MapPrediction[]> {
    return (await this.predictWithGraphScores(images)).predictions;
  }

  /** The predictions, and the scores the graph itself computed for each image. */
  async predictWithGraphScores(
    images: readonly RgbImage[],
  ): Promise<{ predictions: MapPrediction[]; graphScores: Array<{ segScore: number; destScore: number }> }> {
    const size = this.imageSize;
    const n = size * size;
    const predictions: MapPrediction[] = [];
    const graphScores: Array<{ segScore: number; destScore: number }> = [];
    for (let start = 0; start < images.length; start += this.batchSize) {
      const chunk = images.slice(start, start + this.batchSize);
      const result = await this.session.run(normalizedBatch(chunk, size), chunk.length);
      for (let i = 0; i < chunk.length; i++) {
        const segMap = result.segMap.slice(i * n, (i + 1) * n);
        const destMap = result.destMap.slice(i * n, (i + 1) * n);
        predictions.push({
          segScore: imageScore(segMap, SCORE_TOP_K),
          destScore: imageScore(destMap, SCORE_TOP_K),
          segMap,
          destMap,
          size,
        });
        graphScores.push({
          segScore: result.segScore[i] as number,
          destScore: result.destScore[i] as number,
        });
      }
    }
    return { predictions, graphScores };
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}
