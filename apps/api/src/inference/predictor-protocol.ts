/** Messages between the API and its predictor worker thread (predictor-worker.ts). */
import type { EngineName, MapPrediction, RgbImage } from '@destseg/core';

export interface PredictorWorkerData {
  modelPath: string;
  engine: EngineName;
  batchSize: number;
  /** ORT intra-op threads; undefined: DESTSEG_ORT_THREADS or the cores. */
  threads: number | undefined;
  /** Whether the worker may export a missing model.onnx itself (false in the API: exports are jobs). */
  exportMissing: boolean;
}

export type ToPredictor = { type: 'predict'; id: number; images: RgbImage[] };

export type FromPredictor =
  | { type: 'ready'; engine: EngineName; imageSize: number }
  | { type: 'log'; message: string }
  | { type: 'failed'; code: string | null; message: string }
  | { type: 'result'; id: number; predictions: MapPrediction[] }
  | { type: 'error'; id: number; code: string | null; message: string };
