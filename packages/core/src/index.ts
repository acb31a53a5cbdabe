/** Public API of @destseg/core: what the CLI, the API server and the dashboard build on. */
export { type BackendChoice, type BackendName, selectBackend } from './backend/select-backend.ts';
export { augmentationGroupFor } from './data/augmentation.ts';
export { loadTestSample, loadTrainImage, scanMvtecCategory } from './data/mvtec-dataset.ts';
export { DestsegError, type DestsegErrorCode, isDestsegError } from './errors.ts';
export { type EvaluationReport, evaluateModel, type TestImageScore } from './evaluation/evaluate-model.ts';
export { type DecodeOptions, decodeImage, verifyImageDecodes } from './image/decode-image.ts';
export { encodePng, heatmapRgb, overlayRgb } from './image/encode-png.ts';
export { mapAtImageSize, resizeMapBilinear } from './image/resize-map.ts';
export type { RgbImage } from './image/rgb-image.ts';
export { type InspectFileResult, inspectFiles } from './inference/inspect-files.ts';
export { type InspectionImages, renderInspectionImages } from './inference/inspection-images.ts';
export { Inspector, SCORE_TOP_K } from './inference/inspector.ts';
export type { EngineName, MapPrediction, MapPredictor } from './inference/map-predictor.ts';
export {
  type FlatMetricReport,
  flattenMetricReport,
  unflattenMetricReport,
} from './metrics/flat-metric-report.ts';
export { evaluateMaps, type MetricReport } from './metrics/map-metrics.ts';
export {
  fuseMaps,
  parseScoreOutput,
  SCORE_OUTPUTS,
  type ScoreOutput,
  scoreOutputMap,
} from './model/destseg/anomaly-map.ts';
export { isUrl, PUBLIC_TEACHER_URL, resolveTeacherSource } from './model/destseg/teacher-weights.ts';
export {
  type ExportReport,
  exportOnnx,
  onnxPathFor,
  readParityReport,
  resolveModelPath,
} from './onnx/export-onnx.ts';
export { ensureOnnx, loadPredictor, parseEngine } from './onnx/load-predictor.ts';
export { ortThreadsFrom } from './onnx/ort-session.ts';
export { relativeError } from './onnx/parity.ts';
export { synthesizeCategory } from './synthetic/synth-dataset.ts';
export {
  DEFAULT_GOOD_QUANTILE,
  DEFAULT_TARGET_FALSE_ALARM_RATE,
  type LabelledScore,
  pickEveryPolicy,
  pickThreshold,
  THRESHOLD_POLICY_KINDS,
  type ThresholdPick,
  type ThresholdPolicy,
  type ThresholdPolicyKind,
  thresholdForFalseAlarmRate,
  thresholdPolicy,
} from './thresholds/threshold-policy.ts';
export { latestModelPath, readLatest } from './train/checkpoint.ts';
export {
  OFFICIAL_RECIPE,
  resolveTrainConfig,
  TRAIN_PARAM_BOUNDS,
  type TrainConfig,
  TrainConfigError,
} from './train/train-config.ts';
export { type TrainEvent, type TrainOptions, type TrainResult, train } from './train/trainer.ts';
