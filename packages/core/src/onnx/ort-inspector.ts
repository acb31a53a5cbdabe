/**
 * The onnxruntime engine: an exported model.onnx behind the same MapPredictor contract as the TF.js
 * Inspector (same input batch, maps at the model size, scores computed in the graph).
 */
import type { RgbImage } from '../image/rgb-image.ts';
import { type MapPrediction, type MapPredictor, normalizedBatch } from '../inference/map-predictor.ts';
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
    const size = this.imageSize;
    const n = size * size;
    const out: MapPrediction[] = [];
    for (let start = 0; start < images.length; start += this.batchSize) {
      const chunk = images.slice(start, start + this.batchSize);
      const result = await this.session.run(normalizedBatch(chunk, size), chunk.length);
      for (let i = 0; i < chunk.length; i++) {
        out.push({
          score: result.segScore[i] as number,
          destScore: result.destScore[i] as number,
          segMap: result.segMap.slice(i * n, (i + 1) * n),
          destMap: result.destMap.slice(i * n, (i + 1) * n),
          size,
        });
      }
    }
    return out;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}
