/** Result shapes of the dashboard's documents (documents.ts), built from the generated schema types. */
import type {
  Category,
  DatasetVersion,
  Evaluation,
  EvaluationImageScore,
  F1Max,
  Inspection,
  LossPoint,
  MetricReport,
  Model,
  PageInfo,
  Role,
  Threshold,
  ThresholdPolicy,
  TrainingParams,
  TrainingProgress,
  TrainingRun,
  UserError,
} from '@destseg/schema';
import type { Selected } from './wire.ts';

export type { RunStatus, ScoreOutput, ThresholdMethod, ThresholdPolicyKind, Verdict } from '@destseg/schema';

export type UserErrorFields = Selected<UserError, 'field' | 'message' | 'code'>;

export type MetricFields = Selected<
  MetricReport,
  'imageAuroc' | 'pixelAuroc' | 'pixelAp' | 'iap' | 'iap90' | 'aupro'
> & {
  imageF1Max: Selected<F1Max, 'f1' | 'threshold'>;
};

export type EvaluationFields = Selected<Evaluation, 'id' | 'imageCount' | 'imagesPerSecond' | 'createdAt'> & {
  seg: { overall: MetricFields };
  dest: { overall: MetricFields };
  /** Null for evaluations stored before the fused output's metrics were kept. */
  fused: { overall: MetricFields } | null;
};

export type LossPointFields = Selected<
  LossPoint,
  'step' | 'stage' | 'cosine' | 'focal' | 'l1' | 'imagesPerSecond' | 'elapsedSeconds'
>;

export type RunSummary = Selected<
  TrainingRun,
  | 'id'
  | 'name'
  | 'named'
  | 'tags'
  | 'status'
  | 'step'
  | 'totalSteps'
  | 'progress'
  | 'etaSeconds'
  | 'backend'
  | 'createdAt'
  | 'startedAt'
  | 'finishedAt'
  | 'errorCode'
  | 'errorMessage'
> & {
  category: Selected<Category, 'id' | 'name'>;
  model:
    | (Selected<Model, 'id' | 'name'> & {
        latestEvaluation:
          | (Selected<Evaluation, 'id'> & {
              chosen: { overall: Selected<MetricReport, 'imageAuroc'> } | null;
            })
          | null;
      })
    | null;
};

export type RunDetail = Omit<RunSummary, 'model'> &
  Selected<TrainingRun, 'resumeCount'> & {
    params: Selected<
      TrainingParams,
      'imageSize' | 'batchSize' | 'steps' | 'stage1Steps' | 'seed' | 'checkpointEvery' | 'all'
    >;
    datasetVersion: Selected<DatasetVersion, 'id' | 'trainCount' | 'testGoodCount' | 'testDefectCount'>;
    lossCurve: LossPointFields[];
    model: (Selected<Model, 'id' | 'name' | 'step'> & { evaluations: EvaluationFields[] }) | null;
  };

export type TrainingProgressEvent = Selected<
  TrainingProgress,
  'status' | 'step' | 'totalSteps' | 'progress' | 'etaSeconds'
> & {
  lossPoint: LossPointFields | null;
  run: Selected<TrainingRun, 'id' | 'status' | 'backend' | 'startedAt' | 'finishedAt' | 'errorMessage'>;
};

export type ThresholdFields = Selected<
  Threshold,
  | 'id'
  | 'version'
  | 'value'
  | 'method'
  | 'targetFalseAlarmRate'
  | 'quantile'
  | 'goodImages'
  | 'defectiveImages'
  | 'fallbackFrom'
  | 'scoreOutput'
  | 'setBy'
  | 'reason'
  | 'createdAt'
> & { model: Selected<Model, 'id'> };

export type ThresholdPolicyFields = Selected<
  ThresholdPolicy,
  'kind' | 'targetFalseAlarmRate' | 'quantile' | 'setAt'
>;

export type InspectionSummary = Selected<
  Inspection,
  | 'id'
  | 'verdict'
  | 'score'
  | 'thresholdValue'
  | 'heatmapUrl'
  | 'overlayUrl'
  | 'partId'
  | 'lotId'
  | 'stationId'
  | 'createdAt'
> & { category: Selected<Category, 'id' | 'name'> };

export type InspectionDetail = InspectionSummary &
  Selected<Inspection, 'imageUrl' | 'destScore' | 'scoreOutput' | 'width' | 'height' | 'clientToken'> & {
    model: Selected<Model, 'id' | 'name' | 'step' | 'createdAt'> & { run: Selected<TrainingRun, 'id'> };
    threshold: Selected<
      Threshold,
      'id' | 'version' | 'method' | 'targetFalseAlarmRate' | 'quantile' | 'setBy' | 'createdAt'
    > | null;
  };

export type CategorySummary = Selected<Category, 'id' | 'name' | 'imageSize' | 'augmentationGroup'> & {
  activeModel: Selected<Model, 'id' | 'name' | 'step'> | null;
  activeThreshold: Selected<Threshold, 'version' | 'value'> | null;
  datasetVersions: Selected<DatasetVersion, 'testGoodCount' | 'testDefectCount'>[];
};

export type ImageScoreFields = Selected<
  EvaluationImageScore,
  'path' | 'defectType' | 'defective' | 'chosenScore'
>;

export type CategoryScoreOutput = Selected<Category, 'id' | 'scoreOutput'>;

export type CategoryDetail = Selected<
  Category,
  'id' | 'name' | 'imageSize' | 'augmentationGroup' | 'datasetPath' | 'scoreOutput'
> & {
  activeModel:
    | (Selected<Model, 'id' | 'step' | 'createdAt'> & {
        run: Selected<TrainingRun, 'id'>;
        latestEvaluation:
          | (Selected<Evaluation, 'id' | 'createdAt'> & {
              chosen: { overall: MetricFields } | null;
              imageScores: ImageScoreFields[];
            })
          | null;
      })
    | null;
  thresholdPolicy: ThresholdPolicyFields;
  activeThreshold: ThresholdFields | null;
  thresholds: ThresholdFields[];
  datasetVersions: Selected<
    DatasetVersion,
    'id' | 'trainCount' | 'testGoodCount' | 'testDefectCount' | 'createdAt'
  >[];
};

export type LeaderboardRow = {
  rank: number;
  model: Selected<Model, 'id' | 'name' | 'step' | 'createdAt'> & { run: Selected<TrainingRun, 'id'> };
  evaluation: EvaluationFields;
};

export type Connection<Node> = {
  edges: { cursor: string; node: Node }[];
  pageInfo: Selected<PageInfo, 'hasNextPage' | 'endCursor'>;
};

export type ViewerFields = { role: Role; authenticated: boolean };
