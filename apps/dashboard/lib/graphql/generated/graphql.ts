/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  | T
  | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AugmentationGroup = 'FULL' | 'NONE' | 'SLIGHT';

/**
 * A category whose dataset is a zip archive uploaded with the request, extracted on the server under
 * <data dir>/datasets/uploaded/<name>. Accepted layouts (docs/API.md): MVTec (train/good/* images, optionally
 * test/<type>/* images with ground_truth/<type>/<stem>_mask.png masks), or a flat zip of good images only;
 * either may sit inside one top-level folder. Images are PNG or JPEG (.png, .jpg, .jpeg); masks are PNG.
 */
export type CreateCategoryFromZipInput = {
  /** Defaults to the group the DeSTSeg paper uses for the category name. */
  augmentationGroup?: AugmentationGroup | null | undefined;
  imageSize?: number | null | undefined;
  name: string;
  scoreOutput?: ScoreOutput | null | undefined;
  /**
   * The zip file, base64-encoded (as inspect's imageBase64); at most DESTSEG_MAX_DATASET_ZIP_BYTES, which by
   * default is the largest zip whose base64 fits in a request of DESTSEG_MAX_BODY_BYTES.
   */
  zipBase64: string;
};

export type CreateCategoryInput = {
  /** Defaults to the group the DeSTSeg paper uses for the category name. */
  augmentationGroup?: AugmentationGroup | null | undefined;
  /** MVTec-layout folder (train/good, test/<type>, ground_truth/<type>) on the server. */
  datasetPath: string;
  imageSize?: number | null | undefined;
  name: string;
  scoreOutput?: ScoreOutput | null | undefined;
};

export type InspectInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: string | null | undefined;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: string | number | null | undefined;
  /** Repeating an inspect with the same token returns the first result instead of inspecting again. */
  clientToken?: string | null | undefined;
  /** The image file (PNG, JPEG, WebP or TIFF), base64-encoded. */
  imageBase64: string;
  lotId?: string | null | undefined;
  partId?: string | null | undefined;
  stationId?: string | null | undefined;
};

export type Role = 'ADMIN' | 'OPERATOR' | 'VIEWER';

export type RunStatus =
  | 'CANCELLED'
  | 'FAILED'
  /** Stopped by a crash or restart; it resumes from its last checkpoint when the server starts. */
  | 'INTERRUPTED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/**
 * The anomaly map that scores an image (its image score, the verdict against the threshold, the heatmap). A
 * per-category choice; see docs/RESULTS.md.
 */
export type ScoreOutput =
  /** The DeST (student-teacher) branch's map: the better detector of defects much smaller than the synthetic ones. */
  | 'DEST'
  /** The pixel-wise geometric mean of the two maps. */
  | 'FUSED'
  /** The segmentation net's map: DeSTSeg's own output, the default. */
  | 'SEG';

/**
 * Sets a threshold for the active model and the category's scoreOutput: FALSE_ALARM_RATE and F1_MAX are measured
 * on that output's scores.
 */
export type SetThresholdInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: string | null | undefined;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: string | number | null | undefined;
  method: ThresholdMethod;
  /** Required for GOOD_QUANTILE: the quantile of the good test images' scores, in [0, 1]. */
  quantile?: number | null | undefined;
  reason?: string | null | undefined;
  /**
   * Required for FALSE_ALARM_RATE: the largest share of good test images allowed to be called defects, measured
   * on the image scores of the model's latest evaluation (the model is evaluated first when it has none).
   */
  targetFalseAlarmRate?: number | null | undefined;
  /** Required for FIXED. */
  value?: number | null | undefined;
};

/**
 * Chooses how the category's threshold is set after each evaluation, and applies it at once to the active model's
 * latest evaluation (when there is one): the new threshold wins over any manual one.
 */
export type SetThresholdPolicyInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: string | null | undefined;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: string | number | null | undefined;
  kind: ThresholdPolicyKind;
  /** GOOD_QUANTILE's quantile in [0, 1]; 0.99 when omitted. */
  quantile?: number | null | undefined;
  /** FALSE_ALARM_RATE's target in [0, 1]; 0.01 when omitted. */
  targetFalseAlarmRate?: number | null | undefined;
};

export type StartTrainingRunInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: string | null | undefined;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: string | number | null | undefined;
  /** At most 100 characters; trimmed, and blank means none. */
  name?: string | null | undefined;
  params?: TrainingParamsInput | null | undefined;
  /** At most 20 tags of at most 40 characters each, without commas; trimmed, blank ones dropped, duplicates merged. */
  tags?: Array<string> | null | undefined;
};

export type ThresholdMethod = 'F1_MAX' | 'FALSE_ALARM_RATE' | 'FIXED' | 'GOOD_QUANTILE';

/** How a category's threshold is picked from the image scores of each new evaluation (setBy: auto). */
export type ThresholdPolicyKind =
  /** The image F1-max point of the test set; a test set without defective images falls back to GOOD_QUANTILE 0.99. */
  | 'F1_MAX'
  /** The lowest threshold that calls at most targetFalseAlarmRate of the good test images defects. */
  | 'FALSE_ALARM_RATE'
  /** The quantile of the good test images' scores (linear interpolation), for a category with good parts only. */
  | 'GOOD_QUANTILE';

export type TrainingParamsInput = {
  batchSize?: number | null | undefined;
  checkpointEvery?: number | null | undefined;
  lrSegHead?: number | null | undefined;
  lrSegRes?: number | null | undefined;
  lrStudent?: number | null | undefined;
  /**
   * Perlin scale exponents [min, max] of the synthetic defects; the default [0, 5] is the official recipe.
   * Higher exponents give finer noise and so smaller defects: [2, 5] matches tiny defects such as pitting
   * (docs/RESULTS.md).
   */
  perlinScaleRange?: Array<number> | null | undefined;
  seed?: number | null | undefined;
  stage1Steps?: number | null | undefined;
  steps?: number | null | undefined;
};

/**
 * Renames and retags a run, whatever its status. A field left out (or null) keeps its value; name "" removes the
 * name, tags [] removes every tag. The rules of StartTrainingRunInput apply.
 */
export type UpdateTrainingRunInput = {
  id: string | number;
  name?: string | null | undefined;
  tags?: Array<string> | null | undefined;
};

/** The stable code of a userErrors entry (docs/API.md, Errors). */
export type UserErrorCode =
  | 'API_KEY_FROM_ENV'
  | 'API_KEY_NOT_FOUND'
  | 'BACKEND_UNAVAILABLE'
  | 'CANCELLED'
  | 'CATEGORY_EXISTS'
  | 'CATEGORY_NOT_FOUND'
  | 'CHECKPOINT_INVALID'
  | 'CONFIG_INVALID'
  | 'CONFLICT'
  /** The database connection was lost mid-request: retry. */
  | 'DATABASE_UNAVAILABLE'
  | 'DATASET_FOLDER_EXISTS'
  | 'DATASET_INVALID'
  | 'FORBIDDEN'
  | 'IMAGE_EMPTY'
  | 'IMAGE_TOO_LARGE'
  | 'IMAGE_UNREADABLE'
  | 'IMAGE_UNSUPPORTED_TYPE'
  /** Anything unexpected (the code Apollo gives unexpected errors too): the details are only in the server log. */
  | 'INTERNAL_SERVER_ERROR'
  /** A global id that is malformed, beyond the id range, or of another type than the field takes. */
  | 'INVALID_ID'
  | 'INVALID_INPUT'
  | 'METRIC_UNDEFINED'
  | 'MODEL_NOT_FOUND'
  | 'NO_TRAINED_MODEL'
  | 'ONNX_PARITY_FAILED'
  | 'RUN_FINISHED'
  | 'RUN_NOT_FOUND'
  | 'TEACHER_WEIGHTS_INVALID'
  | 'TEACHER_WEIGHTS_MISSING'
  | 'ZIP_DUPLICATE_ENTRY'
  | 'ZIP_IMAGE_TOO_LARGE'
  | 'ZIP_IMAGE_UNREADABLE'
  | 'ZIP_TOO_LARGE'
  | 'ZIP_TOO_MANY_ENTRIES'
  | 'ZIP_TRAIN_GOOD_MISSING'
  | 'ZIP_UNCOMPRESSED_TOO_LARGE'
  | 'ZIP_UNEXPECTED_FILE'
  | 'ZIP_UNREADABLE'
  | 'ZIP_UNSAFE_PATH';

export type Verdict = 'DEFECT' | 'OK';

export type CategoryQueryVariables = Exact<{
  name: string;
}>;

export type CategoryQuery = {
  category: {
    id: string;
    name: string;
    imageSize: number;
    augmentationGroup: AugmentationGroup;
    datasetPath: string;
    scoreOutput: ScoreOutput;
    thresholdPolicy: {
      kind: ThresholdPolicyKind;
      targetFalseAlarmRate: number | null;
      quantile: number | null;
      setAt: string;
    };
    activeModel: {
      id: string;
      step: number;
      createdAt: string;
      run: { id: string };
      latestEvaluation: {
        id: string;
        createdAt: string;
        scoreOutputMetrics: {
          overall: {
            imageAuroc: number | null;
            pixelAuroc: number | null;
            pixelAp: number | null;
            iap: number | null;
            iap90: number | null;
            aupro: number | null;
            imageF1Max: { f1: number | null; threshold: number | null };
          };
        } | null;
        imageScores: {
          nodes: Array<{
            path: string;
            defectType: string;
            defective: boolean;
            scoreOutputScore: number | null;
          }>;
        };
      } | null;
    } | null;
    activeThreshold: {
      id: string;
      version: number;
      value: number;
      method: ThresholdMethod;
      targetFalseAlarmRate: number | null;
      quantile: number | null;
      goodImages: number | null;
      defectiveImages: number | null;
      fallbackFrom: ThresholdPolicyKind | null;
      scoreOutput: ScoreOutput;
      setBy: string;
      reason: string | null;
      createdAt: string;
      model: { id: string };
    } | null;
    thresholds: {
      nodes: Array<{
        id: string;
        version: number;
        value: number;
        method: ThresholdMethod;
        targetFalseAlarmRate: number | null;
        quantile: number | null;
        goodImages: number | null;
        defectiveImages: number | null;
        fallbackFrom: ThresholdPolicyKind | null;
        scoreOutput: ScoreOutput;
        setBy: string;
        reason: string | null;
        createdAt: string;
        model: { id: string };
      }>;
    };
    datasetVersions: Array<{
      id: string;
      trainCount: number;
      testGoodCount: number;
      testDefectCount: number;
      createdAt: string;
    }>;
  } | null;
};

export type InspectionQueryVariables = Exact<{
  id: string | number;
}>;

export type InspectionQuery = {
  inspection: {
    imageUrl: string;
    destScore: number;
    scoreOutput: ScoreOutput;
    width: number;
    height: number;
    clientToken: string | null;
    id: string;
    verdict: Verdict;
    score: number;
    thresholdValue: number;
    heatmapUrl: string;
    overlayUrl: string;
    partId: string | null;
    lotId: string | null;
    stationId: string | null;
    createdAt: string;
    model: { id: string; name: string; step: number; createdAt: string; run: { id: string } };
    threshold: {
      id: string;
      version: number;
      method: ThresholdMethod;
      targetFalseAlarmRate: number | null;
      quantile: number | null;
      setBy: string;
      createdAt: string;
    } | null;
    category: { id: string; name: string };
  } | null;
};

export type CategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type CategoriesQuery = {
  categories: Array<{
    id: string;
    name: string;
    imageSize: number;
    augmentationGroup: AugmentationGroup;
    activeModel: { id: string; name: string; step: number } | null;
    activeThreshold: { version: number; value: number } | null;
    datasetVersions: Array<{ testGoodCount: number; testDefectCount: number }>;
  }>;
};

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;

export type CreateCategoryMutation = {
  createCategory: {
    category: { id: string; name: string } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type CreateCategoryFromZipMutationVariables = Exact<{
  input: CreateCategoryFromZipInput;
}>;

export type CreateCategoryFromZipMutation = {
  createCategoryFromZip: {
    ignoredFiles: Array<string>;
    category: { id: string; name: string } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type SetScoreOutputMutationVariables = Exact<{
  category: string;
  scoreOutput: ScoreOutput;
}>;

export type SetScoreOutputMutation = {
  setScoreOutput: {
    category: { id: string; scoreOutput: ScoreOutput } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type SetThresholdMutationVariables = Exact<{
  input: SetThresholdInput;
}>;

export type SetThresholdMutation = {
  setThreshold: {
    threshold: {
      id: string;
      version: number;
      value: number;
      method: ThresholdMethod;
      targetFalseAlarmRate: number | null;
      quantile: number | null;
      goodImages: number | null;
      defectiveImages: number | null;
      fallbackFrom: ThresholdPolicyKind | null;
      scoreOutput: ScoreOutput;
      setBy: string;
      reason: string | null;
      createdAt: string;
      model: { id: string };
    } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type ThresholdFieldsFragment = {
  id: string;
  version: number;
  value: number;
  method: ThresholdMethod;
  targetFalseAlarmRate: number | null;
  quantile: number | null;
  goodImages: number | null;
  defectiveImages: number | null;
  fallbackFrom: ThresholdPolicyKind | null;
  scoreOutput: ScoreOutput;
  setBy: string;
  reason: string | null;
  createdAt: string;
  model: { id: string };
};

export type ThresholdPolicyFieldsFragment = {
  kind: ThresholdPolicyKind;
  targetFalseAlarmRate: number | null;
  quantile: number | null;
  setAt: string;
};

export type SetThresholdPolicyMutationVariables = Exact<{
  input: SetThresholdPolicyInput;
}>;

export type SetThresholdPolicyMutation = {
  setThresholdPolicy: {
    category: {
      id: string;
      thresholdPolicy: {
        kind: ThresholdPolicyKind;
        targetFalseAlarmRate: number | null;
        quantile: number | null;
        setAt: string;
      };
    } | null;
    threshold: {
      id: string;
      version: number;
      value: number;
      method: ThresholdMethod;
      targetFalseAlarmRate: number | null;
      quantile: number | null;
      goodImages: number | null;
      defectiveImages: number | null;
      fallbackFrom: ThresholdPolicyKind | null;
      scoreOutput: ScoreOutput;
      setBy: string;
      reason: string | null;
      createdAt: string;
      model: { id: string };
    } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type LossPointFieldsFragment = {
  step: number;
  stage: number;
  cosine: number | null;
  focal: number | null;
  l1: number | null;
  imagesPerSecond: number;
  elapsedSeconds: number;
};

export type DefectDetectedSubscriptionVariables = Exact<{
  category?: string | null | undefined;
  minScore?: number | null | undefined;
}>;

export type DefectDetectedSubscription = {
  defectDetected: {
    id: string;
    verdict: Verdict;
    score: number;
    thresholdValue: number;
    heatmapUrl: string;
    overlayUrl: string;
    partId: string | null;
    lotId: string | null;
    stationId: string | null;
    createdAt: string;
    category: { id: string; name: string };
  };
};

export type InspectMutationVariables = Exact<{
  input: InspectInput;
}>;

export type InspectMutation = {
  inspect: {
    modelId: string | null;
    thresholdVersion: number | null;
    replayed: boolean;
    inspection: {
      imageUrl: string;
      destScore: number;
      scoreOutput: ScoreOutput;
      width: number;
      height: number;
      clientToken: string | null;
      id: string;
      verdict: Verdict;
      score: number;
      thresholdValue: number;
      heatmapUrl: string;
      overlayUrl: string;
      partId: string | null;
      lotId: string | null;
      stationId: string | null;
      createdAt: string;
      model: { id: string; name: string; step: number; createdAt: string; run: { id: string } };
      threshold: {
        id: string;
        version: number;
        method: ThresholdMethod;
        targetFalseAlarmRate: number | null;
        quantile: number | null;
        setBy: string;
        createdAt: string;
      } | null;
      category: { id: string; name: string };
    } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type InspectionSummaryFragment = {
  id: string;
  verdict: Verdict;
  score: number;
  thresholdValue: number;
  heatmapUrl: string;
  overlayUrl: string;
  partId: string | null;
  lotId: string | null;
  stationId: string | null;
  createdAt: string;
  category: { id: string; name: string };
};

export type InspectionDetailFragment = {
  imageUrl: string;
  destScore: number;
  scoreOutput: ScoreOutput;
  width: number;
  height: number;
  clientToken: string | null;
  id: string;
  verdict: Verdict;
  score: number;
  thresholdValue: number;
  heatmapUrl: string;
  overlayUrl: string;
  partId: string | null;
  lotId: string | null;
  stationId: string | null;
  createdAt: string;
  model: { id: string; name: string; step: number; createdAt: string; run: { id: string } };
  threshold: {
    id: string;
    version: number;
    method: ThresholdMethod;
    targetFalseAlarmRate: number | null;
    quantile: number | null;
    setBy: string;
    createdAt: string;
  } | null;
  category: { id: string; name: string };
};

export type LeaderboardQueryVariables = Exact<{
  category: string;
}>;

export type LeaderboardQuery = {
  leaderboard: Array<{
    rank: number;
    model: { id: string; name: string; step: number; createdAt: string; run: { id: string } };
    evaluation: {
      id: string;
      imageCount: number;
      imagesPerSecond: number;
      createdAt: string;
      seg: {
        overall: {
          imageAuroc: number | null;
          pixelAuroc: number | null;
          pixelAp: number | null;
          iap: number | null;
          iap90: number | null;
          aupro: number | null;
          imageF1Max: { f1: number | null; threshold: number | null };
        };
      };
      dest: {
        overall: {
          imageAuroc: number | null;
          pixelAuroc: number | null;
          pixelAp: number | null;
          iap: number | null;
          iap90: number | null;
          aupro: number | null;
          imageF1Max: { f1: number | null; threshold: number | null };
        };
      };
      fused: {
        overall: {
          imageAuroc: number | null;
          pixelAuroc: number | null;
          pixelAp: number | null;
          iap: number | null;
          iap90: number | null;
          aupro: number | null;
          imageF1Max: { f1: number | null; threshold: number | null };
        };
      } | null;
    };
  }>;
};

export type MetricFieldsFragment = {
  imageAuroc: number | null;
  pixelAuroc: number | null;
  pixelAp: number | null;
  iap: number | null;
  iap90: number | null;
  aupro: number | null;
  imageF1Max: { f1: number | null; threshold: number | null };
};

export type CancelTrainingRunMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelTrainingRunMutation = {
  cancelTrainingRun: {
    run: {
      id: string;
      name: string;
      named: boolean;
      tags: Array<string>;
      status: RunStatus;
      step: number;
      totalSteps: number;
      progress: number;
      etaSeconds: number | null;
      backend: string | null;
      createdAt: string;
      startedAt: string | null;
      finishedAt: string | null;
      errorCode: string | null;
      errorMessage: string | null;
      category: { id: string; name: string };
      model: {
        id: string;
        name: string;
        latestEvaluation: {
          id: string;
          scoreOutputMetrics: { overall: { imageAuroc: number | null } } | null;
        } | null;
      } | null;
    } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type EvaluationFieldsFragment = {
  id: string;
  imageCount: number;
  imagesPerSecond: number;
  createdAt: string;
  seg: {
    overall: {
      imageAuroc: number | null;
      pixelAuroc: number | null;
      pixelAp: number | null;
      iap: number | null;
      iap90: number | null;
      aupro: number | null;
      imageF1Max: { f1: number | null; threshold: number | null };
    };
  };
  dest: {
    overall: {
      imageAuroc: number | null;
      pixelAuroc: number | null;
      pixelAp: number | null;
      iap: number | null;
      iap90: number | null;
      aupro: number | null;
      imageF1Max: { f1: number | null; threshold: number | null };
    };
  };
  fused: {
    overall: {
      imageAuroc: number | null;
      pixelAuroc: number | null;
      pixelAp: number | null;
      iap: number | null;
      iap90: number | null;
      aupro: number | null;
      imageF1Max: { f1: number | null; threshold: number | null };
    };
  } | null;
};

export type EvaluateModelMutationVariables = Exact<{
  category: string;
  model: string | number;
}>;

export type EvaluateModelMutation = {
  evaluateModel: {
    evaluation: {
      id: string;
      imageCount: number;
      imagesPerSecond: number;
      createdAt: string;
      seg: {
        overall: {
          imageAuroc: number | null;
          pixelAuroc: number | null;
          pixelAp: number | null;
          iap: number | null;
          iap90: number | null;
          aupro: number | null;
          imageF1Max: { f1: number | null; threshold: number | null };
        };
      };
      dest: {
        overall: {
          imageAuroc: number | null;
          pixelAuroc: number | null;
          pixelAp: number | null;
          iap: number | null;
          iap90: number | null;
          aupro: number | null;
          imageF1Max: { f1: number | null; threshold: number | null };
        };
      };
      fused: {
        overall: {
          imageAuroc: number | null;
          pixelAuroc: number | null;
          pixelAp: number | null;
          iap: number | null;
          iap90: number | null;
          aupro: number | null;
          imageF1Max: { f1: number | null; threshold: number | null };
        };
      } | null;
    } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type TrainingRunTagsQueryVariables = Exact<{ [key: string]: never }>;

export type TrainingRunTagsQuery = { trainingRunTags: Array<string> };

export type UpdateTrainingRunMutationVariables = Exact<{
  input: UpdateTrainingRunInput;
}>;

export type UpdateTrainingRunMutation = {
  updateTrainingRun: {
    run: { id: string; name: string; named: boolean; tags: Array<string> } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type RunSummaryFragment = {
  id: string;
  name: string;
  named: boolean;
  tags: Array<string>;
  status: RunStatus;
  step: number;
  totalSteps: number;
  progress: number;
  etaSeconds: number | null;
  backend: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  category: { id: string; name: string };
  model: {
    id: string;
    name: string;
    latestEvaluation: {
      id: string;
      scoreOutputMetrics: { overall: { imageAuroc: number | null } } | null;
    } | null;
  } | null;
};

export type StartTrainingRunMutationVariables = Exact<{
  input: StartTrainingRunInput;
}>;

export type StartTrainingRunMutation = {
  startTrainingRun: {
    run: {
      id: string;
      name: string;
      named: boolean;
      tags: Array<string>;
      status: RunStatus;
      step: number;
      totalSteps: number;
      progress: number;
      etaSeconds: number | null;
      backend: string | null;
      createdAt: string;
      startedAt: string | null;
      finishedAt: string | null;
      errorCode: string | null;
      errorMessage: string | null;
      category: { id: string; name: string };
      model: {
        id: string;
        name: string;
        latestEvaluation: {
          id: string;
          scoreOutputMetrics: { overall: { imageAuroc: number | null } } | null;
        } | null;
      } | null;
    } | null;
    userErrors: Array<{ field: Array<string>; message: string; code: UserErrorCode }>;
  };
};

export type UserErrorFieldsFragment = { field: Array<string>; message: string; code: UserErrorCode };

export type TrainingRunQueryVariables = Exact<{
  id: string | number;
}>;

export type TrainingRunQuery = {
  trainingRun: {
    resumeCount: number;
    id: string;
    name: string;
    named: boolean;
    tags: Array<string>;
    status: RunStatus;
    step: number;
    totalSteps: number;
    progress: number;
    etaSeconds: number | null;
    backend: string | null;
    createdAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    errorCode: string | null;
    errorMessage: string | null;
    params: {
      imageSize: number;
      batchSize: number;
      steps: number;
      stage1Steps: number;
      seed: number;
      checkpointEvery: number;
      all: unknown;
    };
    datasetVersion: { id: string; trainCount: number; testGoodCount: number; testDefectCount: number };
    lossCurve: {
      nodes: Array<{
        step: number;
        stage: number;
        cosine: number | null;
        focal: number | null;
        l1: number | null;
        imagesPerSecond: number;
        elapsedSeconds: number;
      }>;
    };
    model: {
      id: string;
      name: string;
      step: number;
      evaluations: {
        nodes: Array<{
          id: string;
          imageCount: number;
          imagesPerSecond: number;
          createdAt: string;
          seg: {
            overall: {
              imageAuroc: number | null;
              pixelAuroc: number | null;
              pixelAp: number | null;
              iap: number | null;
              iap90: number | null;
              aupro: number | null;
              imageF1Max: { f1: number | null; threshold: number | null };
            };
          };
          dest: {
            overall: {
              imageAuroc: number | null;
              pixelAuroc: number | null;
              pixelAp: number | null;
              iap: number | null;
              iap90: number | null;
              aupro: number | null;
              imageF1Max: { f1: number | null; threshold: number | null };
            };
          };
          fused: {
            overall: {
              imageAuroc: number | null;
              pixelAuroc: number | null;
              pixelAp: number | null;
              iap: number | null;
              iap90: number | null;
              aupro: number | null;
              imageF1Max: { f1: number | null; threshold: number | null };
            };
          } | null;
        }>;
      };
      latestEvaluation: {
        id: string;
        scoreOutputMetrics: { overall: { imageAuroc: number | null } } | null;
      } | null;
    } | null;
    category: { id: string; name: string };
  } | null;
};

export type EvaluationCreatedSubscriptionVariables = Exact<{
  category?: string | null | undefined;
}>;

export type EvaluationCreatedSubscription = { evaluationCreated: { id: string; model: { id: string } } };

export type InspectionCreatedSubscriptionVariables = Exact<{
  category?: string | null | undefined;
}>;

export type InspectionCreatedSubscription = {
  inspectionCreated: {
    id: string;
    verdict: Verdict;
    score: number;
    thresholdValue: number;
    heatmapUrl: string;
    overlayUrl: string;
    partId: string | null;
    lotId: string | null;
    stationId: string | null;
    createdAt: string;
    category: { id: string; name: string };
  };
};

export type TrainingRunsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  category?: string | null | undefined;
  status?: RunStatus | null | undefined;
  tag?: string | null | undefined;
  search?: string | null | undefined;
}>;

export type TrainingRunsQuery = {
  trainingRuns: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        named: boolean;
        tags: Array<string>;
        status: RunStatus;
        step: number;
        totalSteps: number;
        progress: number;
        etaSeconds: number | null;
        backend: string | null;
        createdAt: string;
        startedAt: string | null;
        finishedAt: string | null;
        errorCode: string | null;
        errorMessage: string | null;
        category: { id: string; name: string };
        model: {
          id: string;
          name: string;
          latestEvaluation: {
            id: string;
            scoreOutputMetrics: { overall: { imageAuroc: number | null } } | null;
          } | null;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type TrainingRunUpdatedSubscriptionVariables = Exact<{
  category?: string | null | undefined;
}>;

export type TrainingRunUpdatedSubscription = {
  trainingRunUpdated: {
    id: string;
    name: string;
    named: boolean;
    tags: Array<string>;
    status: RunStatus;
    step: number;
    totalSteps: number;
    progress: number;
    etaSeconds: number | null;
    backend: string | null;
    createdAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    errorCode: string | null;
    errorMessage: string | null;
    category: { id: string; name: string };
    model: {
      id: string;
      name: string;
      latestEvaluation: {
        id: string;
        scoreOutputMetrics: { overall: { imageAuroc: number | null } } | null;
      } | null;
    } | null;
  };
};

export type TrainingProgressSubscriptionVariables = Exact<{
  runId: string | number;
}>;

export type TrainingProgressSubscription = {
  trainingProgress: {
    status: RunStatus;
    step: number;
    totalSteps: number;
    progress: number;
    etaSeconds: number | null;
    lossPoint: {
      step: number;
      stage: number;
      cosine: number | null;
      focal: number | null;
      l1: number | null;
      imagesPerSecond: number;
      elapsedSeconds: number;
    } | null;
    run: {
      id: string;
      status: RunStatus;
      backend: string | null;
      startedAt: string | null;
      finishedAt: string | null;
      errorMessage: string | null;
    };
  };
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = { viewer: { role: Role; authenticated: boolean } };

export type InspectionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  category?: string | null | undefined;
  verdict?: Verdict | null | undefined;
  since?: string | null | undefined;
  partId?: string | null | undefined;
  lotId?: string | null | undefined;
  stationId?: string | null | undefined;
}>;

export type InspectionsQuery = {
  inspections: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        verdict: Verdict;
        score: number;
        thresholdValue: number;
        heatmapUrl: string;
        overlayUrl: string;
        partId: string | null;
        lotId: string | null;
        stationId: string | null;
        createdAt: string;
        category: { id: string; name: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export const ThresholdFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ThresholdFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Threshold' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodImages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defectiveImages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fallbackFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoreOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ThresholdFieldsFragment, unknown>;
export const ThresholdPolicyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ThresholdPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ThresholdPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ThresholdPolicyFieldsFragment, unknown>;
export const LossPointFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LossPointFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LossPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cosine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'l1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imagesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'elapsedSeconds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LossPointFieldsFragment, unknown>;
export const InspectionSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heatmapUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overlayUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InspectionSummaryFragment, unknown>;
export const InspectionDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InspectionSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoreOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'width' } },
          { kind: 'Field', name: { kind: 'Name', value: 'height' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientToken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'run' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threshold' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heatmapUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overlayUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InspectionDetailFragment, unknown>;
export const MetricFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MetricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap90' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aupro' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'imageF1Max' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'f1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MetricFieldsFragment, unknown>;
export const EvaluationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imagesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seg' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fused' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MetricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap90' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aupro' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'imageF1Max' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'f1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationFieldsFragment, unknown>;
export const RunSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'named' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'etaSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestEvaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scoreOutputMetrics' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'overall' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunSummaryFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const CategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Category' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'augmentationGroup' } },
                { kind: 'Field', name: { kind: 'Name', value: 'datasetPath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreOutput' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'thresholdPolicy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ThresholdPolicyFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activeModel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'run' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latestEvaluation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'scoreOutputMetrics' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'overall' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'MetricFields' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'imageScores' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'nodes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'defectType' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'defective' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'scoreOutputScore' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activeThreshold' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ThresholdFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'thresholds' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ThresholdFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'datasetVersions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trainCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'testGoodCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'testDefectCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ThresholdPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ThresholdPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MetricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap90' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aupro' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'imageF1Max' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'f1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ThresholdFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Threshold' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodImages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defectiveImages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fallbackFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoreOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoryQuery, CategoryQueryVariables>;
export const InspectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Inspection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inspection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InspectionDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heatmapUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overlayUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InspectionSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoreOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'width' } },
          { kind: 'Field', name: { kind: 'Name', value: 'height' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientToken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'run' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threshold' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InspectionQuery, InspectionQueryVariables>;
export const CategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Categories' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'augmentationGroup' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activeModel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activeThreshold' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'datasetVersions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'testGoodCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'testDefectCount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const CreateCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const CreateCategoryFromZipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCategoryFromZip' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCategoryFromZipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCategoryFromZip' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'ignoredFiles' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCategoryFromZipMutation, CreateCategoryFromZipMutationVariables>;
export const SetScoreOutputDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetScoreOutput' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scoreOutput' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScoreOutput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setScoreOutput' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'category' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'scoreOutput' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'scoreOutput' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scoreOutput' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetScoreOutputMutation, SetScoreOutputMutationVariables>;
export const SetThresholdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetThreshold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetThresholdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setThreshold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'threshold' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ThresholdFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ThresholdFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Threshold' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodImages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defectiveImages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fallbackFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoreOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetThresholdMutation, SetThresholdMutationVariables>;
export const SetThresholdPolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetThresholdPolicy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetThresholdPolicyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setThresholdPolicy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'thresholdPolicy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ThresholdPolicyFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'threshold' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ThresholdFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ThresholdPolicyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ThresholdPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ThresholdFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Threshold' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodImages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defectiveImages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fallbackFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoreOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetThresholdPolicyMutation, SetThresholdPolicyMutationVariables>;
export const DefectDetectedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'DefectDetected' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defectDetected' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minScore' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minScore' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InspectionSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heatmapUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overlayUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DefectDetectedSubscription, DefectDetectedSubscriptionVariables>;
export const InspectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Inspect' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InspectInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inspect' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'inspection' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InspectionDetail' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'modelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heatmapUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overlayUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InspectionSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scoreOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'width' } },
          { kind: 'Field', name: { kind: 'Name', value: 'height' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clientToken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'run' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threshold' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetFalseAlarmRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantile' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InspectMutation, InspectMutationVariables>;
export const LeaderboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Leaderboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaderboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'model' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'run' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MetricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap90' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aupro' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'imageF1Max' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'f1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imagesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seg' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fused' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaderboardQuery, LeaderboardQueryVariables>;
export const CancelTrainingRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelTrainingRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelTrainingRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'run' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'named' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'etaSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestEvaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scoreOutputMetrics' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'overall' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelTrainingRunMutation, CancelTrainingRunMutationVariables>;
export const EvaluateModelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvaluateModel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'model' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluateModel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'category' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'model' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'model' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MetricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap90' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aupro' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'imageF1Max' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'f1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imagesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seg' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fused' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluateModelMutation, EvaluateModelMutationVariables>;
export const TrainingRunTagsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrainingRunTags' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'trainingRunTags' } }],
      },
    },
  ],
} as unknown as DocumentNode<TrainingRunTagsQuery, TrainingRunTagsQueryVariables>;
export const UpdateTrainingRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTrainingRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTrainingRunInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTrainingRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'run' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'named' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTrainingRunMutation, UpdateTrainingRunMutationVariables>;
export const StartTrainingRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartTrainingRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartTrainingRunInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startTrainingRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'run' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserErrorFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'named' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'etaSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestEvaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scoreOutputMetrics' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'overall' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartTrainingRunMutation, StartTrainingRunMutationVariables>;
export const TrainingRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrainingRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resumeCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'params' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'imageSize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'batchSize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'steps' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage1Steps' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'checkpointEvery' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'all' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'datasetVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trainCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'testGoodCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'testDefectCount' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lossCurve' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LossPointFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'model' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'evaluations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'EvaluationFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MetricFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAuroc' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pixelAp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iap90' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aupro' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'imageF1Max' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'f1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'named' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'etaSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestEvaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scoreOutputMetrics' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'overall' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LossPointFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LossPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cosine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'l1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imagesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'elapsedSeconds' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imageCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imagesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seg' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fused' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MetricFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingRunQuery, TrainingRunQueryVariables>;
export const EvaluationCreatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'EvaluationCreated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluationCreated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'model' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationCreatedSubscription, EvaluationCreatedSubscriptionVariables>;
export const InspectionCreatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'InspectionCreated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inspectionCreated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InspectionSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heatmapUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overlayUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InspectionCreatedSubscription, InspectionCreatedSubscriptionVariables>;
export const TrainingRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrainingRuns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RunStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tag' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingRuns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tag' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tag' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'named' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'etaSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestEvaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scoreOutputMetrics' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'overall' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingRunsQuery, TrainingRunsQueryVariables>;
export const TrainingRunUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'TrainingRunUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingRunUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'named' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'etaSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'model' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestEvaluation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scoreOutputMetrics' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'overall' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'imageAuroc' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingRunUpdatedSubscription, TrainingRunUpdatedSubscriptionVariables>;
export const TrainingProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'TrainingProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalSteps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'etaSeconds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lossPoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LossPointFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'run' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'backend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LossPointFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LossPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'step' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cosine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'l1' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imagesPerSecond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'elapsedSeconds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingProgressSubscription, TrainingProgressSubscriptionVariables>;
export const ViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Viewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authenticated' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const InspectionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Inspections' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'verdict' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Verdict' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'partId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lotId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inspections' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'verdict' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'verdict' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'partId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'partId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lotId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lotId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InspectionSummary' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InspectionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Inspection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heatmapUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overlayUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InspectionsQuery, InspectionsQueryVariables>;
