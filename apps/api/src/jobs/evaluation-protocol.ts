/** Messages between the API process and an evaluation worker process (over the child-process IPC channel). */
import type { DestsegErrorCode, MetricReport, TestImageScore } from '@destseg/core';

export interface StartEvaluation {
  type: 'evaluate';
  /** The model file (it holds the teacher, so nothing else is needed). */
  modelPath: string;
  /** The category's MVTec-layout folder. */
  dataDir: string;
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

export type FromEvaluationWorker =
  | { type: 'done'; result: EvaluationResult }
  /** code: the engine's error code, null for an unexpected failure. */
  | { type: 'failed'; code: DestsegErrorCode | null; message: string };
