export { aupro } from './aupro.ts';
export { type ComponentLabels, labelComponents } from './connected-components.ts';
export { type EvaluateInput, evaluateMaps, type MetricReport } from './evaluate.ts';
export { binarizeMask } from './ground-truth.ts';
export { type IapResult, instanceAveragePrecision, instanceScore } from './iap.ts';
export { imageScore } from './image-score.ts';
export { groupInstanceScores, type InstanceScores } from './instances.ts';
export {
  auroc,
  aurocOfSplit,
  averagePrecision,
  averagePrecisionOfSplit,
  countAtLeast,
  type F1Max,
  f1Max,
  f1MaxOfSplit,
  type SplitScores,
  splitByLabel,
  ThresholdWalker,
} from './roc.ts';
