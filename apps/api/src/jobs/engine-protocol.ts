/**
 * Messages between a process that works evaluate or export jobs and its engine worker process (engine-worker.ts,
 * over the child-process IPC channel): one task per process.
 */
import type { DestsegErrorCode, ExportReport, MetricReport, TestImageScore } from '@destseg/core';

export interface StartEvaluation {
  type: 'evaluate';
  /** The model file (it holds the teacher, so nothing else is needed). */
  modelPath: string;
  /** The category's MVTec-layout folder. */
  dataDir: string;
}

/** Exports model.onnx beside the model file through the parity gate (nothing to do when it exists). */
export interface StartExport {
  type: 'export';
  modelPath: string;
}

export type EngineTask = StartEvaluation | StartExport;

export interface ExportResult {
  onnxPath: string;
  /** The gate's report; null when model.onnx already existed. */
  report: ExportReport | null;
}

export interface EngineResults {
  evaluate: EvaluationResult;
  export: ExportResult;
}

export interface OutputMetricsMessage {
  overall: MetricReport;
  perDefectType: Record<string, MetricReport>;
}

export interface EvaluationResult {
  imageCount: number;
  imagesPerSecond: number;
  seg: OutputMetricsMessage;
  dest: OutputMetricsMessage;
  fused: OutputMetricsMessage;
  imageScores: TestImageScore[];
}

export type FromEngineWorker<R = EvaluationResult | ExportResult> =
  | { type: 'done'; result: R }
  /** code: the engine's error code, null for an unexpected failure. */
  | { type: 'failed'; code: DestsegErrorCode | null; message: string };
