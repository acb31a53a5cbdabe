import type {
  ApiKeyRow,
  CategoryRow,
  DatasetVersionRow,
  EvaluationRow,
  InspectionRow,
  LossPointRow,
  ModelRow,
  ThresholdRow,
  TrainingRunRow,
} from '@destseg/db';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { InspectionPage, TrainingProgressEvent } from '../mapped-types.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  DateTime: { input: Date; output: Date };
  JSON: { input: unknown; output: unknown };
};

/** An API key. Its secret is shown once by createApiKey; the server keeps only its hash. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  label?: Maybe<Scalars['String']['output']>;
  /** When it stopped working; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  source: ApiKeySource;
};

export type ApiKeySource =
  /** Made by createApiKey; revokeApiKey revokes it at once. */
  | 'created'
  /** Declared in DESTSEG_API_KEYS, which stays authoritative: removed there, it is revoked at the next start. */
  | 'env';

export type AugmentationGroup = 'full' | 'none' | 'slight';

export type CancelTrainingRunInput = {
  id: Scalars['ID']['input'];
};

export type CancelTrainingRunPayload = {
  __typename?: 'CancelTrainingRunPayload';
  run?: Maybe<TrainingRun>;
  userErrors: Array<UserError>;
};

export type Category = Node & {
  __typename?: 'Category';
  /** The model inspections use: the newest model of a succeeded run. */
  activeModel?: Maybe<Model>;
  /**
   * The threshold that applies to the active model and the category's scoreOutput (null: the default of 0.5
   * applies).
   */
  activeThreshold?: Maybe<Threshold>;
  augmentationGroup: AugmentationGroup;
  createdAt: Scalars['DateTime']['output'];
  datasetPath: Scalars['String']['output'];
  datasetVersions: Array<DatasetVersion>;
  id: Scalars['ID']['output'];
  imageSize: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /**
   * The output that scores the category's inspections and that FALSE_ALARM_RATE and F1_MAX thresholds are
   * measured on.
   */
  scoreOutput: ScoreOutput;
  /** Sets the active model's threshold after each evaluation (F1_MAX unless chosen otherwise). */
  thresholdPolicy: ThresholdPolicy;
  /** Newest first. */
  thresholds: ThresholdConnection;
};

export type CategoryThresholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateApiKeyInput = {
  label?: InputMaybe<Scalars['String']['input']>;
  role: Role;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  /** The secret, shown only here: the server keeps its hash. */
  key?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Role>;
  userErrors: Array<UserError>;
};

/**
 * A category whose dataset is a zip archive uploaded with the request, extracted on the server under
 * <data dir>/datasets/uploaded/<name>. Accepted layouts (docs/API.md): MVTec (train/good/* images, optionally
 * test/<type>/* images with ground_truth/<type>/<stem>_mask.png masks), or a flat zip of good images only;
 * either may sit inside one top-level folder. Images are PNG or JPEG (.png, .jpg, .jpeg); masks are PNG.
 */
export type CreateCategoryFromZipInput = {
  /** Defaults to the group the DeSTSeg paper uses for the category name. */
  augmentationGroup?: InputMaybe<AugmentationGroup>;
  imageSize?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  scoreOutput?: InputMaybe<ScoreOutput>;
  /**
   * The zip file, base64-encoded (as inspect's imageBase64); at most DESTSEG_MAX_DATASET_ZIP_BYTES, which by
   * default is the largest zip whose base64 fits in a request of DESTSEG_MAX_BODY_BYTES.
   */
  zipBase64: Scalars['String']['input'];
};

export type CreateCategoryFromZipPayload = {
  __typename?: 'CreateCategoryFromZipPayload';
  category?: Maybe<Category>;
  /** Archive files that are not part of the dataset layout (a README, __MACOSX/, hidden files), left out. */
  ignoredFiles: Array<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateCategoryInput = {
  /** Defaults to the group the DeSTSeg paper uses for the category name. */
  augmentationGroup?: InputMaybe<AugmentationGroup>;
  /** MVTec-layout folder (train/good, test/<type>, ground_truth/<type>) on the server. */
  datasetPath: Scalars['String']['input'];
  imageSize?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  scoreOutput?: InputMaybe<ScoreOutput>;
};

export type CreateCategoryPayload = {
  __typename?: 'CreateCategoryPayload';
  category?: Maybe<Category>;
  userErrors: Array<UserError>;
};

export type DatasetFile = {
  __typename?: 'DatasetFile';
  bytes: Scalars['Int']['output'];
  path: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
};

export type DatasetVersion = Node & {
  __typename?: 'DatasetVersion';
  contentHash: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  files: Array<DatasetFile>;
  id: Scalars['ID']['output'];
  testDefectCount: Scalars['Int']['output'];
  testGoodCount: Scalars['Int']['output'];
  trainCount: Scalars['Int']['output'];
};

export type DefectTypeMetrics = {
  __typename?: 'DefectTypeMetrics';
  defectType: Scalars['String']['output'];
  metrics: MetricReport;
};

/**
 * Evaluates a model on its category's test set in a worker process and returns the stored evaluation. A run
 * that succeeds is evaluated the same way without being asked (when its category has test images); asking for
 * a model whose evaluation is already under way waits for that one.
 */
export type EvaluateModelInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** A Model id; defaults to the category's active model. */
  model?: InputMaybe<Scalars['ID']['input']>;
};

export type EvaluateModelPayload = {
  __typename?: 'EvaluateModelPayload';
  evaluation?: Maybe<Evaluation>;
  userErrors: Array<UserError>;
};

export type Evaluation = Node & {
  __typename?: 'Evaluation';
  /**
   * The metrics of the output the model's category scores with now.
   * @deprecated Use scoreOutputMetrics (the ScoreOutput vocabulary).
   */
  chosen?: Maybe<OutputMetrics>;
  createdAt: Scalars['DateTime']['output'];
  datasetVersion: DatasetVersion;
  /** The DeST (student-teacher) branch. */
  dest: OutputMetrics;
  /** The fused output; null for evaluations stored before its metrics were kept. */
  fused?: Maybe<OutputMetrics>;
  id: Scalars['ID']['output'];
  imageCount: Scalars['Int']['output'];
  /** The score of every test image, in dataset order (the histograms and error rates of a threshold). */
  imageScores: EvaluationImageScoreConnection;
  imagesPerSecond: Scalars['Float']['output'];
  model: Model;
  /** The output the model's category scores with now (Category.scoreOutput). */
  scoreOutput: ScoreOutput;
  /**
   * The metrics of scoreOutput, the output the model's category scores with now; null when that is FUSED and the
   * evaluation has no fused metrics.
   */
  scoreOutputMetrics?: Maybe<OutputMetrics>;
  /** The segmentation output (the model's prediction). */
  seg: OutputMetrics;
};

export type EvaluationImageScoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  edges: Array<EvaluationEdge>;
  /** The edges' nodes, for clients that need no cursor per row. */
  nodes: Array<Evaluation>;
  pageInfo: PageInfo;
};

export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  cursor: Scalars['String']['output'];
  node: Evaluation;
};

/** One test image of an evaluation and the scores the model gave it. */
export type EvaluationImageScore = {
  __typename?: 'EvaluationImageScore';
  /**
   * Image score of the output the model's category scores with now.
   * @deprecated Use scoreOutputScore (the ScoreOutput vocabulary).
   */
  chosenScore?: Maybe<Scalars['Float']['output']>;
  /** The test folder: 'good' or a defect type. */
  defectType: Scalars['String']['output'];
  /** True when the image's ground-truth mask marks at least one defect pixel. */
  defective: Scalars['Boolean']['output'];
  /** Image score of the DeST branch. */
  destScore: Scalars['Float']['output'];
  /** Image score of the fused output; null in evaluations stored before it was kept. */
  fusedScore?: Maybe<Scalars['Float']['output']>;
  /** Path inside the dataset folder, e.g. test/scratch/003.png. */
  path: Scalars['String']['output'];
  /**
   * Image score of the segmentation output.
   * @deprecated Use segScore: this is the segmentation output's score.
   */
  score: Scalars['Float']['output'];
  /**
   * Image score of the output the model's category scores with now (Evaluation.scoreOutput), the one its
   * thresholds apply to; null where fusedScore is.
   */
  scoreOutputScore?: Maybe<Scalars['Float']['output']>;
  /** Image score of the segmentation output. */
  segScore: Scalars['Float']['output'];
};

export type EvaluationImageScoreConnection = {
  __typename?: 'EvaluationImageScoreConnection';
  edges: Array<EvaluationImageScoreEdge>;
  /** The edges' nodes, for clients that need no cursor per row. */
  nodes: Array<EvaluationImageScore>;
  pageInfo: PageInfo;
};

export type EvaluationImageScoreEdge = {
  __typename?: 'EvaluationImageScoreEdge';
  cursor: Scalars['String']['output'];
  node: EvaluationImageScore;
};

export type F1Max = {
  __typename?: 'F1Max';
  f1?: Maybe<Scalars['Float']['output']>;
  threshold?: Maybe<Scalars['Float']['output']>;
};

export type InspectInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Repeating an inspect with the same token returns the first result instead of inspecting again. */
  clientToken?: InputMaybe<Scalars['String']['input']>;
  /** The image file (PNG, JPEG, WebP or TIFF), base64-encoded. */
  imageBase64: Scalars['String']['input'];
  lotId?: InputMaybe<Scalars['String']['input']>;
  partId?: InputMaybe<Scalars['String']['input']>;
  stationId?: InputMaybe<Scalars['String']['input']>;
};

export type InspectPayload = {
  __typename?: 'InspectPayload';
  inspection?: Maybe<Inspection>;
  /** The model used (same as inspection.model). */
  model?: Maybe<Model>;
  /** Id of the model used (same as inspection.model.id). */
  modelId?: Maybe<Scalars['ID']['output']>;
  /**
   * Id of the model used.
   * @deprecated Use modelId: it holds the model's id, not a version.
   */
  modelVersion?: Maybe<Scalars['ID']['output']>;
  /** True when the result is the stored one of an earlier call with the same clientToken. */
  replayed: Scalars['Boolean']['output'];
  /** Version of the threshold used; null when the default applied. */
  thresholdVersion?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type Inspection = Node & {
  __typename?: 'Inspection';
  category: Category;
  clientToken?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The DeST branch's image score, whatever the output. */
  destScore: Scalars['Float']['output'];
  /** The scoreOutput map as a colour heatmap, at the image's size. */
  heatmapUrl: Scalars['String']['output'];
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The inspected image as uploaded, re-encoded as PNG (404 for inspections made before images were kept). */
  imageUrl: Scalars['String']['output'];
  lotId?: Maybe<Scalars['String']['output']>;
  model: Model;
  /** The heatmap blended onto the image. */
  overlayUrl: Scalars['String']['output'];
  partId?: Maybe<Scalars['String']['output']>;
  /** The image score of scoreOutput, compared with thresholdValue for the verdict. */
  score: Scalars['Float']['output'];
  /** The output that scored this inspection (the category's choice at the time). */
  scoreOutput: ScoreOutput;
  stationId?: Maybe<Scalars['String']['output']>;
  /** Null when no threshold was set and the default applied. */
  threshold?: Maybe<Threshold>;
  thresholdValue: Scalars['Float']['output'];
  verdict: Verdict;
  width: Scalars['Int']['output'];
};

export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  edges: Array<InspectionEdge>;
  /** The edges' nodes, for clients that need no cursor per row. */
  nodes: Array<Inspection>;
  pageInfo: PageInfo;
  /** Inspections matching the filters, on every page (the cursor aside). */
  totalCount: Scalars['Int']['output'];
};

export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  cursor: Scalars['String']['output'];
  node: Inspection;
};

export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  evaluation: Evaluation;
  model: Model;
  rank: Scalars['Int']['output'];
};

export type LossPoint = {
  __typename?: 'LossPoint';
  cosine?: Maybe<Scalars['Float']['output']>;
  elapsedSeconds: Scalars['Float']['output'];
  focal?: Maybe<Scalars['Float']['output']>;
  imagesPerSecond: Scalars['Float']['output'];
  l1?: Maybe<Scalars['Float']['output']>;
  stage: Scalars['Int']['output'];
  step: Scalars['Int']['output'];
};

export type LossPointConnection = {
  __typename?: 'LossPointConnection';
  edges: Array<LossPointEdge>;
  /** The edges' nodes, for clients that need no cursor per row. */
  nodes: Array<LossPoint>;
  pageInfo: PageInfo;
};

export type LossPointEdge = {
  __typename?: 'LossPointEdge';
  cursor: Scalars['String']['output'];
  node: LossPoint;
};

/** Metrics of one output on one subset; null where a metric is undefined for the data. */
export type MetricReport = {
  __typename?: 'MetricReport';
  aupro?: Maybe<Scalars['Float']['output']>;
  iap?: Maybe<Scalars['Float']['output']>;
  iap90?: Maybe<Scalars['Float']['output']>;
  imageAuroc?: Maybe<Scalars['Float']['output']>;
  imageF1Max: F1Max;
  pixelAp?: Maybe<Scalars['Float']['output']>;
  pixelAuroc?: Maybe<Scalars['Float']['output']>;
  pixelF1Max: F1Max;
};

export type Model = Node & {
  __typename?: 'Model';
  category: Category;
  createdAt: Scalars['DateTime']['output'];
  /** Newest first. */
  evaluations: EvaluationConnection;
  id: Scalars['ID']['output'];
  imageSize: Scalars['Int']['output'];
  /** The newest evaluation; null until the model has been evaluated. */
  latestEvaluation?: Maybe<Evaluation>;
  /** Its run's name and the step it was saved at, e.g. 'baseline · step 400'. */
  name: Scalars['String']['output'];
  /** The model's ONNX export (what inspections run on) and its parity gate; null until it has been exported. */
  onnxExport?: Maybe<OnnxExport>;
  run: TrainingRun;
  step: Scalars['Int']['output'];
};

export type ModelEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  cancelTrainingRun: CancelTrainingRunPayload;
  createApiKey: CreateApiKeyPayload;
  createCategory: CreateCategoryPayload;
  /**
   * Creates a category from an uploaded zip (admin), all or nothing: a refused archive leaves no folder and no
   * row. Refusals: ZIP_TOO_LARGE, ZIP_UNREADABLE, ZIP_TOO_MANY_ENTRIES, ZIP_UNCOMPRESSED_TOO_LARGE,
   * ZIP_UNSAFE_PATH, ZIP_DUPLICATE_ENTRY, ZIP_UNEXPECTED_FILE, ZIP_TRAIN_GOOD_MISSING, ZIP_IMAGE_UNREADABLE,
   * ZIP_IMAGE_TOO_LARGE, DATASET_INVALID, DATASET_FOLDER_EXISTS, besides createCategory's own.
   */
  createCategoryFromZip: CreateCategoryFromZipPayload;
  evaluateModel: EvaluateModelPayload;
  inspect: InspectPayload;
  /** Revokes a key made by createApiKey (admin); its next request is refused. Keys from DESTSEG_API_KEYS: API_KEY_FROM_ENV. */
  revokeApiKey: RevokeApiKeyPayload;
  /** Creates or replaces the category's sink of that kind (admin role). */
  setOutputSink: SetOutputSinkPayload;
  setScoreOutput: SetScoreOutputPayload;
  setThreshold: SetThresholdPayload;
  setThresholdPolicy: SetThresholdPolicyPayload;
  startTrainingRun: StartTrainingRunPayload;
  updateTrainingRun: UpdateTrainingRunPayload;
};

export type MutationCancelTrainingRunArgs = {
  input: CancelTrainingRunInput;
};

export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};

export type MutationCreateCategoryArgs = {
  input: CreateCategoryInput;
};

export type MutationCreateCategoryFromZipArgs = {
  input: CreateCategoryFromZipInput;
};

export type MutationEvaluateModelArgs = {
  input: EvaluateModelInput;
};

export type MutationInspectArgs = {
  input: InspectInput;
};

export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};

export type MutationSetOutputSinkArgs = {
  input: SetOutputSinkInput;
};

export type MutationSetScoreOutputArgs = {
  input: SetScoreOutputInput;
};

export type MutationSetThresholdArgs = {
  input: SetThresholdInput;
};

export type MutationSetThresholdPolicyArgs = {
  input: SetThresholdPolicyInput;
};

export type MutationStartTrainingRunArgs = {
  input: StartTrainingRunInput;
};

export type MutationUpdateTrainingRunArgs = {
  input: UpdateTrainingRunInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** How an exported model.onnx compares with the training engine (TF.js) on the parity images. */
export type OnnxExport = {
  __typename?: 'OnnxExport';
  createdAt: Scalars['DateTime']['output'];
  /** The same for the DeST map. */
  destMapError?: Maybe<Scalars['Float']['output']>;
  destScoreError?: Maybe<Scalars['Float']['output']>;
  exportVersion: Scalars['String']['output'];
  /** Images both engines ran on (the category's test images, else seeded ones). */
  imageCount: Scalars['Int']['output'];
  mapTolerance: Scalars['Float']['output'];
  /** False: the gate refused the export and inspections run on TF.js. */
  passed: Scalars['Boolean']['output'];
  /** Largest relative difference of the segmentation and DeST image scores. */
  scoreError?: Maybe<Scalars['Float']['output']>;
  scoreTolerance: Scalars['Float']['output'];
  /** Largest max|Δ| / max|map| of the segmentation map over the images; null when an engine gave a non-finite value. */
  segMapError?: Maybe<Scalars['Float']['output']>;
};

export type OutputMetrics = {
  __typename?: 'OutputMetrics';
  overall: MetricReport;
  perDefectType: Array<DefectTypeMetrics>;
};

/** Where a category's inspections are pushed, and how delivery is going. */
export type OutputSink = {
  __typename?: 'OutputSink';
  /** Inspections not delivered to this sink yet. */
  backlog: Scalars['Int']['output'];
  category: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  /** Whether a webhook signing secret is set (the secret is never returned). */
  hasSecret: Scalars['Boolean']['output'];
  kind: OutputSinkKind;
  lastError?: Maybe<Scalars['String']['output']>;
  lastErrorAt?: Maybe<Scalars['DateTime']['output']>;
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** MQTT topic with <category> and <station> placeholders; null for a webhook. */
  topicTemplate?: Maybe<Scalars['String']['output']>;
  /** mqtt:// or mqtts:// for MQTT, http(s):// for a webhook. */
  url: Scalars['String']['output'];
};

export type OutputSinkKind = 'mqtt' | 'webhook';

/**
 * Where a page sits in its list (Relay). Lists are newest first, except lossCurve and imageScores (in step and
 * dataset order). With first/after, hasPreviousPage is true when after was given; with last/before, hasNextPage
 * is true when before was given (rows exist beyond the cursor then, unless its own row was deleted).
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last edge's cursor; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first edge's cursor; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Every API key, revoked ones included, oldest first (admin; FORBIDDEN otherwise). */
  apiKeys: Array<ApiKey>;
  categories: Array<Category>;
  category?: Maybe<Category>;
  inspection?: Maybe<Inspection>;
  inspections: InspectionConnection;
  /** Models of the category that have an evaluation, best first (image AUROC, then pixel AUROC, then AUPRO). */
  leaderboard: Array<LeaderboardEntry>;
  node?: Maybe<Node>;
  /** The category's MES output sinks with their delivery status (admin role). */
  outputSinks: Array<OutputSink>;
  trainingRun?: Maybe<TrainingRun>;
  /** Every tag some training run carries, sorted. */
  trainingRunTags: Array<Scalars['String']['output']>;
  trainingRuns: TrainingRunConnection;
  viewer: Viewer;
};

export type QueryCategoryArgs = {
  name: Scalars['String']['input'];
};

export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};

export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  lotId?: InputMaybe<Scalars['String']['input']>;
  partId?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  stationId?: InputMaybe<Scalars['String']['input']>;
  verdict?: InputMaybe<Verdict>;
};

export type QueryLeaderboardArgs = {
  category: Scalars['String']['input'];
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOutputSinksArgs = {
  category: Scalars['String']['input'];
};

export type QueryTrainingRunArgs = {
  id: Scalars['ID']['input'];
};

export type QueryTrainingRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RunStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  userErrors: Array<UserError>;
};

export type Role = 'admin' | 'operator' | 'viewer';

export type RunStatus =
  | 'cancelled'
  | 'failed'
  /** Stopped by a crash or restart; it resumes from its last checkpoint when the server starts. */
  | 'interrupted'
  | 'queued'
  | 'running'
  | 'succeeded';

/**
 * The anomaly map that scores an image (its image score, the verdict against the threshold, the heatmap). A
 * per-category choice; see docs/RESULTS.md.
 */
export type ScoreOutput =
  /** The DeST (student-teacher) branch's map: the better detector of defects much smaller than the synthetic ones. */
  | 'dest'
  /** The pixel-wise geometric mean of the two maps. */
  | 'fused'
  /** The segmentation net's map: DeSTSeg's own output, the default. */
  | 'seg';

export type SetOutputSinkInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind: OutputSinkKind;
  /** Webhook only, required: the HMAC-SHA256 key of the x-destseg-signature header. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** MQTT only; default destseg/<category>/<station>/inspection. */
  topicTemplate?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

export type SetOutputSinkPayload = {
  __typename?: 'SetOutputSinkPayload';
  sink?: Maybe<OutputSink>;
  userErrors: Array<UserError>;
};

export type SetScoreOutputInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The output that scores the category's inspections from now on. Thresholds are kept per output: the newest
   * one set for this output applies again (the default of 0.5 when none was).
   */
  scoreOutput: ScoreOutput;
};

export type SetScoreOutputPayload = {
  __typename?: 'SetScoreOutputPayload';
  category?: Maybe<Category>;
  userErrors: Array<UserError>;
};

/**
 * Sets a threshold for the active model and the category's scoreOutput: FALSE_ALARM_RATE and F1_MAX are measured
 * on that output's scores.
 */
export type SetThresholdInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  method: ThresholdMethod;
  /** Required for GOOD_QUANTILE: the quantile of the good test images' scores, in [0, 1]. */
  quantile?: InputMaybe<Scalars['Float']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  /**
   * Required for FALSE_ALARM_RATE: the largest share of good test images allowed to be called defects, measured
   * on the image scores of the model's latest evaluation (the model is evaluated first when it has none).
   */
  targetFalseAlarmRate?: InputMaybe<Scalars['Float']['input']>;
  /** Required for FIXED. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

export type SetThresholdPayload = {
  __typename?: 'SetThresholdPayload';
  threshold?: Maybe<Threshold>;
  userErrors: Array<UserError>;
};

/**
 * Chooses how the category's threshold is set after each evaluation, and applies it at once to the active model's
 * latest evaluation (when there is one): the new threshold wins over any manual one.
 */
export type SetThresholdPolicyInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  kind: ThresholdPolicyKind;
  /** GOOD_QUANTILE's quantile in [0, 1]; 0.99 when omitted. */
  quantile?: InputMaybe<Scalars['Float']['input']>;
  /** FALSE_ALARM_RATE's target in [0, 1]; 0.01 when omitted. */
  targetFalseAlarmRate?: InputMaybe<Scalars['Float']['input']>;
};

export type SetThresholdPolicyPayload = {
  __typename?: 'SetThresholdPolicyPayload';
  category?: Maybe<Category>;
  /** The threshold the policy set for the active model; null when the model has no evaluation yet. */
  threshold?: Maybe<Threshold>;
  userErrors: Array<UserError>;
};

export type StartTrainingRunInput = {
  /** The category by name; give this or categoryId, not both. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The category by global id; give this or category (its name), not both. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 100 characters; trimmed, and blank means none. */
  name?: InputMaybe<Scalars['String']['input']>;
  params?: InputMaybe<TrainingParamsInput>;
  /** At most 20 tags of at most 40 characters each, without commas; trimmed, blank ones dropped, duplicates merged. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type StartTrainingRunPayload = {
  __typename?: 'StartTrainingRunPayload';
  run?: Maybe<TrainingRun>;
  userErrors: Array<UserError>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Inspections whose verdict is DEFECT and whose score is at least minScore. */
  defectDetected: Inspection;
  /** Every evaluation stored, the automatic ones after training included. */
  evaluationCreated: Evaluation;
  inspectionCreated: Inspection;
  /** Every loss point of the run (those already recorded first), and each status change, until it ends. */
  trainingProgress: TrainingProgress;
  trainingRunUpdated: TrainingRun;
};

export type SubscriptionDefectDetectedArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};

export type SubscriptionEvaluationCreatedArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
};

export type SubscriptionInspectionCreatedArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
};

export type SubscriptionTrainingProgressArgs = {
  runId: Scalars['ID']['input'];
};

export type SubscriptionTrainingRunUpdatedArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
};

export type Threshold = Node & {
  __typename?: 'Threshold';
  category: Category;
  createdAt: Scalars['DateTime']['output'];
  defectiveImages?: Maybe<Scalars['Int']['output']>;
  /** The evaluation whose image scores a derived value was picked on; null for FIXED. */
  evaluation?: Maybe<Evaluation>;
  /** The policy asked for when it could not apply (F1_MAX on a test set without defective images). */
  fallbackFrom?: Maybe<ThresholdPolicyKind>;
  /** Good and defective test images the value was picked on; null for FIXED. */
  goodImages?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  method: ThresholdMethod;
  model: Model;
  quantile?: Maybe<Scalars['Float']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** The output whose scores the value applies to: the threshold is in force only while the category uses it. */
  scoreOutput: ScoreOutput;
  /** 'auto' when the category's threshold policy set it, else the name of the API key that did. */
  setBy: Scalars['String']['output'];
  targetFalseAlarmRate?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
};

export type ThresholdConnection = {
  __typename?: 'ThresholdConnection';
  edges: Array<ThresholdEdge>;
  /** The edges' nodes, for clients that need no cursor per row. */
  nodes: Array<Threshold>;
  pageInfo: PageInfo;
};

export type ThresholdEdge = {
  __typename?: 'ThresholdEdge';
  cursor: Scalars['String']['output'];
  node: Threshold;
};

export type ThresholdMethod = 'f1_max' | 'false_alarm_rate' | 'fixed' | 'good_quantile';

export type ThresholdPolicy = {
  __typename?: 'ThresholdPolicy';
  kind: ThresholdPolicyKind;
  /** GOOD_QUANTILE's quantile (0.99 when none was given); null for the other kinds. */
  quantile?: Maybe<Scalars['Float']['output']>;
  /** When it was chosen: a manual threshold set after this wins over the policy until the policy is chosen again. */
  setAt: Scalars['DateTime']['output'];
  /** FALSE_ALARM_RATE's target (0.01 when none was given); null for the other kinds. */
  targetFalseAlarmRate?: Maybe<Scalars['Float']['output']>;
};

/** How a category's threshold is picked from the image scores of each new evaluation (setBy: auto). */
export type ThresholdPolicyKind =
  /** The image F1-max point of the test set; a test set without defective images falls back to GOOD_QUANTILE 0.99. */
  | 'f1_max'
  /** The lowest threshold that calls at most targetFalseAlarmRate of the good test images defects. */
  | 'false_alarm_rate'
  /** The quantile of the good test images' scores (linear interpolation), for a category with good parts only. */
  | 'good_quantile';

export type TrainingParams = {
  __typename?: 'TrainingParams';
  /** Every resolved training parameter, the learning rates included. */
  all: Scalars['JSON']['output'];
  batchSize: Scalars['Int']['output'];
  checkpointEvery: Scalars['Int']['output'];
  imageSize: Scalars['Int']['output'];
  seed: Scalars['Int']['output'];
  stage1Steps: Scalars['Int']['output'];
  steps: Scalars['Int']['output'];
};

export type TrainingParamsInput = {
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  checkpointEvery?: InputMaybe<Scalars['Int']['input']>;
  lrSegHead?: InputMaybe<Scalars['Float']['input']>;
  lrSegRes?: InputMaybe<Scalars['Float']['input']>;
  lrStudent?: InputMaybe<Scalars['Float']['input']>;
  /**
   * Perlin scale exponents [min, max] of the synthetic defects; the default [0, 5] is the official recipe.
   * Higher exponents give finer noise and so smaller defects: [2, 5] matches tiny defects such as pitting
   * (docs/RESULTS.md).
   */
  perlinScaleRange?: InputMaybe<Array<Scalars['Int']['input']>>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  stage1Steps?: InputMaybe<Scalars['Int']['input']>;
  steps?: InputMaybe<Scalars['Int']['input']>;
};

export type TrainingProgress = {
  __typename?: 'TrainingProgress';
  etaSeconds?: Maybe<Scalars['Float']['output']>;
  /** The loss point of this step; null for status changes. */
  lossPoint?: Maybe<LossPoint>;
  progress: Scalars['Float']['output'];
  run: TrainingRun;
  status: RunStatus;
  step: Scalars['Int']['output'];
  totalSteps: Scalars['Int']['output'];
};

export type TrainingRun = Node & {
  __typename?: 'TrainingRun';
  backend?: Maybe<Scalars['String']['output']>;
  /** True once cancelTrainingRun was asked: a running run keeps RUNNING until its worker stops, within one step, then reads CANCELLED. */
  cancelRequested: Scalars['Boolean']['output'];
  category: Category;
  createdAt: Scalars['DateTime']['output'];
  datasetVersion: DatasetVersion;
  errorCode?: Maybe<Scalars['String']['output']>;
  errorMessage?: Maybe<Scalars['String']['output']>;
  etaSeconds?: Maybe<Scalars['Float']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** In step order. */
  lossCurve: LossPointConnection;
  model?: Maybe<Model>;
  /** The name given at the start or by updateTrainingRun; 'run <number>' for a run that has none. */
  name: Scalars['String']['output'];
  /** True when name was given rather than the default. */
  named: Scalars['Boolean']['output'];
  params: TrainingParams;
  /** step / totalSteps, in [0, 1]. */
  progress: Scalars['Float']['output'];
  resumeCount: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: RunStatus;
  step: Scalars['Int']['output'];
  /** Labels to group and filter runs by, sorted. */
  tags: Array<Scalars['String']['output']>;
  totalSteps: Scalars['Int']['output'];
};

export type TrainingRunLossCurveArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type TrainingRunConnection = {
  __typename?: 'TrainingRunConnection';
  edges: Array<TrainingRunEdge>;
  /** The edges' nodes, for clients that need no cursor per row. */
  nodes: Array<TrainingRun>;
  pageInfo: PageInfo;
};

export type TrainingRunEdge = {
  __typename?: 'TrainingRunEdge';
  cursor: Scalars['String']['output'];
  node: TrainingRun;
};

/**
 * Renames and retags a run, whatever its status. A field left out (or null) keeps its value; name "" removes the
 * name, tags [] removes every tag. The rules of StartTrainingRunInput apply.
 */
export type UpdateTrainingRunInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateTrainingRunPayload = {
  __typename?: 'UpdateTrainingRunPayload';
  run?: Maybe<TrainingRun>;
  userErrors: Array<UserError>;
};

export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Input field at fault, as a path such as ['input', 'category']; empty when no single field is. */
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
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

export type Verdict = 'defect' | 'ok';

export type Viewer = {
  __typename?: 'Viewer';
  /** False when no API keys are configured (localhost-only mode). */
  authenticated: Scalars['Boolean']['output'];
  role: Role;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ApiKeyRow
    | CategoryRow
    | DatasetVersionRow
    | EvaluationRow
    | InspectionRow
    | ModelRow
    | ThresholdRow
    | TrainingRunRow;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiKeySource: ApiKeySource;
  AugmentationGroup: AugmentationGroup;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CancelTrainingRunInput: CancelTrainingRunInput;
  CancelTrainingRunPayload: ResolverTypeWrapper<
    Omit<CancelTrainingRunPayload, 'run'> & { run?: Maybe<ResolversTypes['TrainingRun']> }
  >;
  Category: ResolverTypeWrapper<CategoryRow>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<
    Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }
  >;
  CreateCategoryFromZipInput: CreateCategoryFromZipInput;
  CreateCategoryFromZipPayload: ResolverTypeWrapper<
    Omit<CreateCategoryFromZipPayload, 'category'> & { category?: Maybe<ResolversTypes['Category']> }
  >;
  CreateCategoryInput: CreateCategoryInput;
  CreateCategoryPayload: ResolverTypeWrapper<
    Omit<CreateCategoryPayload, 'category'> & { category?: Maybe<ResolversTypes['Category']> }
  >;
  DatasetFile: ResolverTypeWrapper<DatasetFile>;
  DatasetVersion: ResolverTypeWrapper<DatasetVersionRow>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DefectTypeMetrics: ResolverTypeWrapper<DefectTypeMetrics>;
  EvaluateModelInput: EvaluateModelInput;
  EvaluateModelPayload: ResolverTypeWrapper<
    Omit<EvaluateModelPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }
  >;
  Evaluation: ResolverTypeWrapper<EvaluationRow>;
  EvaluationConnection: ResolverTypeWrapper<
    Omit<EvaluationConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['EvaluationEdge']>;
      nodes: Array<ResolversTypes['Evaluation']>;
    }
  >;
  EvaluationEdge: ResolverTypeWrapper<Omit<EvaluationEdge, 'node'> & { node: ResolversTypes['Evaluation'] }>;
  EvaluationImageScore: ResolverTypeWrapper<EvaluationImageScore>;
  EvaluationImageScoreConnection: ResolverTypeWrapper<EvaluationImageScoreConnection>;
  EvaluationImageScoreEdge: ResolverTypeWrapper<EvaluationImageScoreEdge>;
  F1Max: ResolverTypeWrapper<F1Max>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InspectInput: InspectInput;
  InspectPayload: ResolverTypeWrapper<
    Omit<InspectPayload, 'inspection' | 'model'> & {
      inspection?: Maybe<ResolversTypes['Inspection']>;
      model?: Maybe<ResolversTypes['Model']>;
    }
  >;
  Inspection: ResolverTypeWrapper<InspectionRow>;
  InspectionConnection: ResolverTypeWrapper<InspectionPage>;
  InspectionEdge: ResolverTypeWrapper<Omit<InspectionEdge, 'node'> & { node: ResolversTypes['Inspection'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LeaderboardEntry: ResolverTypeWrapper<
    Omit<LeaderboardEntry, 'evaluation' | 'model'> & {
      evaluation: ResolversTypes['Evaluation'];
      model: ResolversTypes['Model'];
    }
  >;
  LossPoint: ResolverTypeWrapper<LossPointRow>;
  LossPointConnection: ResolverTypeWrapper<
    Omit<LossPointConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['LossPointEdge']>;
      nodes: Array<ResolversTypes['LossPoint']>;
    }
  >;
  LossPointEdge: ResolverTypeWrapper<Omit<LossPointEdge, 'node'> & { node: ResolversTypes['LossPoint'] }>;
  MetricReport: ResolverTypeWrapper<MetricReport>;
  Model: ResolverTypeWrapper<ModelRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OnnxExport: ResolverTypeWrapper<OnnxExport>;
  OutputMetrics: ResolverTypeWrapper<OutputMetrics>;
  OutputSink: ResolverTypeWrapper<OutputSink>;
  OutputSinkKind: OutputSinkKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<
    Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }
  >;
  Role: Role;
  RunStatus: RunStatus;
  ScoreOutput: ScoreOutput;
  SetOutputSinkInput: SetOutputSinkInput;
  SetOutputSinkPayload: ResolverTypeWrapper<SetOutputSinkPayload>;
  SetScoreOutputInput: SetScoreOutputInput;
  SetScoreOutputPayload: ResolverTypeWrapper<
    Omit<SetScoreOutputPayload, 'category'> & { category?: Maybe<ResolversTypes['Category']> }
  >;
  SetThresholdInput: SetThresholdInput;
  SetThresholdPayload: ResolverTypeWrapper<
    Omit<SetThresholdPayload, 'threshold'> & { threshold?: Maybe<ResolversTypes['Threshold']> }
  >;
  SetThresholdPolicyInput: SetThresholdPolicyInput;
  SetThresholdPolicyPayload: ResolverTypeWrapper<
    Omit<SetThresholdPolicyPayload, 'category' | 'threshold'> & {
      category?: Maybe<ResolversTypes['Category']>;
      threshold?: Maybe<ResolversTypes['Threshold']>;
    }
  >;
  StartTrainingRunInput: StartTrainingRunInput;
  StartTrainingRunPayload: ResolverTypeWrapper<
    Omit<StartTrainingRunPayload, 'run'> & { run?: Maybe<ResolversTypes['TrainingRun']> }
  >;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Threshold: ResolverTypeWrapper<ThresholdRow>;
  ThresholdConnection: ResolverTypeWrapper<
    Omit<ThresholdConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['ThresholdEdge']>;
      nodes: Array<ResolversTypes['Threshold']>;
    }
  >;
  ThresholdEdge: ResolverTypeWrapper<Omit<ThresholdEdge, 'node'> & { node: ResolversTypes['Threshold'] }>;
  ThresholdMethod: ThresholdMethod;
  ThresholdPolicy: ResolverTypeWrapper<ThresholdPolicy>;
  ThresholdPolicyKind: ThresholdPolicyKind;
  TrainingParams: ResolverTypeWrapper<TrainingParams>;
  TrainingParamsInput: TrainingParamsInput;
  TrainingProgress: ResolverTypeWrapper<TrainingProgressEvent>;
  TrainingRun: ResolverTypeWrapper<TrainingRunRow>;
  TrainingRunConnection: ResolverTypeWrapper<
    Omit<TrainingRunConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['TrainingRunEdge']>;
      nodes: Array<ResolversTypes['TrainingRun']>;
    }
  >;
  TrainingRunEdge: ResolverTypeWrapper<
    Omit<TrainingRunEdge, 'node'> & { node: ResolversTypes['TrainingRun'] }
  >;
  UpdateTrainingRunInput: UpdateTrainingRunInput;
  UpdateTrainingRunPayload: ResolverTypeWrapper<
    Omit<UpdateTrainingRunPayload, 'run'> & { run?: Maybe<ResolversTypes['TrainingRun']> }
  >;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Verdict: Verdict;
  Viewer: ResolverTypeWrapper<Viewer>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiKey: ApiKeyRow;
  Boolean: Scalars['Boolean']['output'];
  CancelTrainingRunInput: CancelTrainingRunInput;
  CancelTrainingRunPayload: Omit<CancelTrainingRunPayload, 'run'> & {
    run?: Maybe<ResolversParentTypes['TrainingRun']>;
  };
  Category: CategoryRow;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & {
    apiKey?: Maybe<ResolversParentTypes['ApiKey']>;
  };
  CreateCategoryFromZipInput: CreateCategoryFromZipInput;
  CreateCategoryFromZipPayload: Omit<CreateCategoryFromZipPayload, 'category'> & {
    category?: Maybe<ResolversParentTypes['Category']>;
  };
  CreateCategoryInput: CreateCategoryInput;
  CreateCategoryPayload: Omit<CreateCategoryPayload, 'category'> & {
    category?: Maybe<ResolversParentTypes['Category']>;
  };
  DatasetFile: DatasetFile;
  DatasetVersion: DatasetVersionRow;
  DateTime: Scalars['DateTime']['output'];
  DefectTypeMetrics: DefectTypeMetrics;
  EvaluateModelInput: EvaluateModelInput;
  EvaluateModelPayload: Omit<EvaluateModelPayload, 'evaluation'> & {
    evaluation?: Maybe<ResolversParentTypes['Evaluation']>;
  };
  Evaluation: EvaluationRow;
  EvaluationConnection: Omit<EvaluationConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['EvaluationEdge']>;
    nodes: Array<ResolversParentTypes['Evaluation']>;
  };
  EvaluationEdge: Omit<EvaluationEdge, 'node'> & { node: ResolversParentTypes['Evaluation'] };
  EvaluationImageScore: EvaluationImageScore;
  EvaluationImageScoreConnection: EvaluationImageScoreConnection;
  EvaluationImageScoreEdge: EvaluationImageScoreEdge;
  F1Max: F1Max;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  InspectInput: InspectInput;
  InspectPayload: Omit<InspectPayload, 'inspection' | 'model'> & {
    inspection?: Maybe<ResolversParentTypes['Inspection']>;
    model?: Maybe<ResolversParentTypes['Model']>;
  };
  Inspection: InspectionRow;
  InspectionConnection: InspectionPage;
  InspectionEdge: Omit<InspectionEdge, 'node'> & { node: ResolversParentTypes['Inspection'] };
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LeaderboardEntry: Omit<LeaderboardEntry, 'evaluation' | 'model'> & {
    evaluation: ResolversParentTypes['Evaluation'];
    model: ResolversParentTypes['Model'];
  };
  LossPoint: LossPointRow;
  LossPointConnection: Omit<LossPointConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['LossPointEdge']>;
    nodes: Array<ResolversParentTypes['LossPoint']>;
  };
  LossPointEdge: Omit<LossPointEdge, 'node'> & { node: ResolversParentTypes['LossPoint'] };
  MetricReport: MetricReport;
  Model: ModelRow;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OnnxExport: OnnxExport;
  OutputMetrics: OutputMetrics;
  OutputSink: OutputSink;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey'> & {
    apiKey?: Maybe<ResolversParentTypes['ApiKey']>;
  };
  SetOutputSinkInput: SetOutputSinkInput;
  SetOutputSinkPayload: SetOutputSinkPayload;
  SetScoreOutputInput: SetScoreOutputInput;
  SetScoreOutputPayload: Omit<SetScoreOutputPayload, 'category'> & {
    category?: Maybe<ResolversParentTypes['Category']>;
  };
  SetThresholdInput: SetThresholdInput;
  SetThresholdPayload: Omit<SetThresholdPayload, 'threshold'> & {
    threshold?: Maybe<ResolversParentTypes['Threshold']>;
  };
  SetThresholdPolicyInput: SetThresholdPolicyInput;
  SetThresholdPolicyPayload: Omit<SetThresholdPolicyPayload, 'category' | 'threshold'> & {
    category?: Maybe<ResolversParentTypes['Category']>;
    threshold?: Maybe<ResolversParentTypes['Threshold']>;
  };
  StartTrainingRunInput: StartTrainingRunInput;
  StartTrainingRunPayload: Omit<StartTrainingRunPayload, 'run'> & {
    run?: Maybe<ResolversParentTypes['TrainingRun']>;
  };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Threshold: ThresholdRow;
  ThresholdConnection: Omit<ThresholdConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['ThresholdEdge']>;
    nodes: Array<ResolversParentTypes['Threshold']>;
  };
  ThresholdEdge: Omit<ThresholdEdge, 'node'> & { node: ResolversParentTypes['Threshold'] };
  ThresholdPolicy: ThresholdPolicy;
  TrainingParams: TrainingParams;
  TrainingParamsInput: TrainingParamsInput;
  TrainingProgress: TrainingProgressEvent;
  TrainingRun: TrainingRunRow;
  TrainingRunConnection: Omit<TrainingRunConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['TrainingRunEdge']>;
    nodes: Array<ResolversParentTypes['TrainingRun']>;
  };
  TrainingRunEdge: Omit<TrainingRunEdge, 'node'> & { node: ResolversParentTypes['TrainingRun'] };
  UpdateTrainingRunInput: UpdateTrainingRunInput;
  UpdateTrainingRunPayload: Omit<UpdateTrainingRunPayload, 'run'> & {
    run?: Maybe<ResolversParentTypes['TrainingRun']>;
  };
  UserError: UserError;
  Viewer: Viewer;
};

export type ApiKeyResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ApiKeySource'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancelTrainingRunPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['CancelTrainingRunPayload'] = ResolversParentTypes['CancelTrainingRunPayload'],
> = {
  run?: Resolver<Maybe<ResolversTypes['TrainingRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CategoryResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category'],
> = {
  activeModel?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType>;
  activeThreshold?: Resolver<Maybe<ResolversTypes['Threshold']>, ParentType, ContextType>;
  augmentationGroup?: Resolver<ResolversTypes['AugmentationGroup'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  datasetPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datasetVersions?: Resolver<Array<ResolversTypes['DatasetVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scoreOutput?: Resolver<ResolversTypes['ScoreOutput'], ParentType, ContextType>;
  thresholdPolicy?: Resolver<ResolversTypes['ThresholdPolicy'], ParentType, ContextType>;
  thresholds?: Resolver<
    ResolversTypes['ThresholdConnection'],
    ParentType,
    ContextType,
    Partial<CategoryThresholdsArgs>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload'],
> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateCategoryFromZipPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['CreateCategoryFromZipPayload'] = ResolversParentTypes['CreateCategoryFromZipPayload'],
> = {
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  ignoredFiles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateCategoryPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['CreateCategoryPayload'] = ResolversParentTypes['CreateCategoryPayload'],
> = {
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DatasetFileResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['DatasetFile'] = ResolversParentTypes['DatasetFile'],
> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DatasetVersionResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['DatasetVersion'] = ResolversParentTypes['DatasetVersion'],
> = {
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['DatasetFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  testDefectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  testGoodCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DefectTypeMetricsResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['DefectTypeMetrics'] = ResolversParentTypes['DefectTypeMetrics'],
> = {
  defectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metrics?: Resolver<ResolversTypes['MetricReport'], ParentType, ContextType>;
};

export type EvaluateModelPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['EvaluateModelPayload'] = ResolversParentTypes['EvaluateModelPayload'],
> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation'],
> = {
  chosen?: Resolver<Maybe<ResolversTypes['OutputMetrics']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  datasetVersion?: Resolver<ResolversTypes['DatasetVersion'], ParentType, ContextType>;
  dest?: Resolver<ResolversTypes['OutputMetrics'], ParentType, ContextType>;
  fused?: Resolver<Maybe<ResolversTypes['OutputMetrics']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  imageScores?: Resolver<
    ResolversTypes['EvaluationImageScoreConnection'],
    ParentType,
    ContextType,
    Partial<EvaluationImageScoresArgs>
  >;
  imagesPerSecond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  scoreOutput?: Resolver<ResolversTypes['ScoreOutput'], ParentType, ContextType>;
  scoreOutputMetrics?: Resolver<Maybe<ResolversTypes['OutputMetrics']>, ParentType, ContextType>;
  seg?: Resolver<ResolversTypes['OutputMetrics'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluationConnectionResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['EvaluationConnection'] = ResolversParentTypes['EvaluationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EvaluationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EvaluationEdgeResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['EvaluationEdge'] = ResolversParentTypes['EvaluationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
};

export type EvaluationImageScoreResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['EvaluationImageScore'] = ResolversParentTypes['EvaluationImageScore'],
> = {
  chosenScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  defectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  destScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fusedScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreOutputScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  segScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EvaluationImageScoreConnectionResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['EvaluationImageScoreConnection'] = ResolversParentTypes['EvaluationImageScoreConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EvaluationImageScoreEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EvaluationImageScore']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EvaluationImageScoreEdgeResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['EvaluationImageScoreEdge'] = ResolversParentTypes['EvaluationImageScoreEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EvaluationImageScore'], ParentType, ContextType>;
};

export type F1MaxResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['F1Max'] = ResolversParentTypes['F1Max'],
> = {
  f1?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type InspectPayloadResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['InspectPayload'] = ResolversParentTypes['InspectPayload'],
> = {
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType>;
  modelId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  modelVersion?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  thresholdVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InspectionResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection'],
> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  clientToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  heatmapUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lotId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  overlayUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreOutput?: Resolver<ResolversTypes['ScoreOutput'], ParentType, ContextType>;
  stationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Threshold']>, ParentType, ContextType>;
  thresholdValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['Verdict'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InspectionConnectionResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['InspectionConnection'] = ResolversParentTypes['InspectionConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['InspectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionEdgeResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['InspectionEdge'] = ResolversParentTypes['InspectionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LeaderboardEntryResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['LeaderboardEntry'] = ResolversParentTypes['LeaderboardEntry'],
> = {
  evaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LossPointResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['LossPoint'] = ResolversParentTypes['LossPoint'],
> = {
  cosine?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  elapsedSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  focal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  imagesPerSecond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  l1?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LossPointConnectionResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['LossPointConnection'] = ResolversParentTypes['LossPointConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LossPointEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LossPoint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LossPointEdgeResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['LossPointEdge'] = ResolversParentTypes['LossPointEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LossPoint'], ParentType, ContextType>;
};

export type MetricReportResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['MetricReport'] = ResolversParentTypes['MetricReport'],
> = {
  aupro?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  iap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  iap90?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  imageAuroc?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  imageF1Max?: Resolver<ResolversTypes['F1Max'], ParentType, ContextType>;
  pixelAp?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pixelAuroc?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pixelF1Max?: Resolver<ResolversTypes['F1Max'], ParentType, ContextType>;
};

export type ModelResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Model'] = ResolversParentTypes['Model'],
> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evaluations?: Resolver<
    ResolversTypes['EvaluationConnection'],
    ParentType,
    ContextType,
    Partial<ModelEvaluationsArgs>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  latestEvaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onnxExport?: Resolver<Maybe<ResolversTypes['OnnxExport']>, ParentType, ContextType>;
  run?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  cancelTrainingRun?: Resolver<
    ResolversTypes['CancelTrainingRunPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCancelTrainingRunArgs, 'input'>
  >;
  createApiKey?: Resolver<
    ResolversTypes['CreateApiKeyPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateApiKeyArgs, 'input'>
  >;
  createCategory?: Resolver<
    ResolversTypes['CreateCategoryPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateCategoryArgs, 'input'>
  >;
  createCategoryFromZip?: Resolver<
    ResolversTypes['CreateCategoryFromZipPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateCategoryFromZipArgs, 'input'>
  >;
  evaluateModel?: Resolver<
    ResolversTypes['EvaluateModelPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationEvaluateModelArgs, 'input'>
  >;
  inspect?: Resolver<
    ResolversTypes['InspectPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationInspectArgs, 'input'>
  >;
  revokeApiKey?: Resolver<
    ResolversTypes['RevokeApiKeyPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRevokeApiKeyArgs, 'input'>
  >;
  setOutputSink?: Resolver<
    ResolversTypes['SetOutputSinkPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetOutputSinkArgs, 'input'>
  >;
  setScoreOutput?: Resolver<
    ResolversTypes['SetScoreOutputPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetScoreOutputArgs, 'input'>
  >;
  setThreshold?: Resolver<
    ResolversTypes['SetThresholdPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetThresholdArgs, 'input'>
  >;
  setThresholdPolicy?: Resolver<
    ResolversTypes['SetThresholdPolicyPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetThresholdPolicyArgs, 'input'>
  >;
  startTrainingRun?: Resolver<
    ResolversTypes['StartTrainingRunPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationStartTrainingRunArgs, 'input'>
  >;
  updateTrainingRun?: Resolver<
    ResolversTypes['UpdateTrainingRunPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateTrainingRunArgs, 'input'>
  >;
};

export type NodeResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType: TypeResolveFn<
    | 'ApiKey'
    | 'Category'
    | 'DatasetVersion'
    | 'Evaluation'
    | 'Inspection'
    | 'Model'
    | 'Threshold'
    | 'TrainingRun',
    ParentType,
    ContextType
  >;
};

export type OnnxExportResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['OnnxExport'] = ResolversParentTypes['OnnxExport'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destMapError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  destScoreError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  exportVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  imageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mapTolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scoreError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scoreTolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  segMapError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type OutputMetricsResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['OutputMetrics'] = ResolversParentTypes['OutputMetrics'],
> = {
  overall?: Resolver<ResolversTypes['MetricReport'], ParentType, ContextType>;
  perDefectType?: Resolver<Array<ResolversTypes['DefectTypeMetrics']>, ParentType, ContextType>;
};

export type OutputSinkResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['OutputSink'] = ResolversParentTypes['OutputSink'],
> = {
  backlog?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasSecret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutputSinkKind'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSuccessAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  topicTemplate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  category?: Resolver<
    Maybe<ResolversTypes['Category']>,
    ParentType,
    ContextType,
    RequireFields<QueryCategoryArgs, 'name'>
  >;
  inspection?: Resolver<
    Maybe<ResolversTypes['Inspection']>,
    ParentType,
    ContextType,
    RequireFields<QueryInspectionArgs, 'id'>
  >;
  inspections?: Resolver<
    ResolversTypes['InspectionConnection'],
    ParentType,
    ContextType,
    Partial<QueryInspectionsArgs>
  >;
  leaderboard?: Resolver<
    Array<ResolversTypes['LeaderboardEntry']>,
    ParentType,
    ContextType,
    RequireFields<QueryLeaderboardArgs, 'category'>
  >;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  outputSinks?: Resolver<
    Array<ResolversTypes['OutputSink']>,
    ParentType,
    ContextType,
    RequireFields<QueryOutputSinksArgs, 'category'>
  >;
  trainingRun?: Resolver<
    Maybe<ResolversTypes['TrainingRun']>,
    ParentType,
    ContextType,
    RequireFields<QueryTrainingRunArgs, 'id'>
  >;
  trainingRunTags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  trainingRuns?: Resolver<
    ResolversTypes['TrainingRunConnection'],
    ParentType,
    ContextType,
    Partial<QueryTrainingRunsArgs>
  >;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RevokeApiKeyPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload'],
> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetOutputSinkPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['SetOutputSinkPayload'] = ResolversParentTypes['SetOutputSinkPayload'],
> = {
  sink?: Resolver<Maybe<ResolversTypes['OutputSink']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetScoreOutputPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['SetScoreOutputPayload'] = ResolversParentTypes['SetScoreOutputPayload'],
> = {
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetThresholdPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['SetThresholdPayload'] = ResolversParentTypes['SetThresholdPayload'],
> = {
  threshold?: Resolver<Maybe<ResolversTypes['Threshold']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetThresholdPolicyPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['SetThresholdPolicyPayload'] = ResolversParentTypes['SetThresholdPolicyPayload'],
> = {
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Threshold']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StartTrainingRunPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['StartTrainingRunPayload'] = ResolversParentTypes['StartTrainingRunPayload'],
> = {
  run?: Resolver<Maybe<ResolversTypes['TrainingRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription'],
> = {
  defectDetected?: SubscriptionResolver<
    ResolversTypes['Inspection'],
    'defectDetected',
    ParentType,
    ContextType,
    RequireFields<SubscriptionDefectDetectedArgs, 'minScore'>
  >;
  evaluationCreated?: SubscriptionResolver<
    ResolversTypes['Evaluation'],
    'evaluationCreated',
    ParentType,
    ContextType,
    Partial<SubscriptionEvaluationCreatedArgs>
  >;
  inspectionCreated?: SubscriptionResolver<
    ResolversTypes['Inspection'],
    'inspectionCreated',
    ParentType,
    ContextType,
    Partial<SubscriptionInspectionCreatedArgs>
  >;
  trainingProgress?: SubscriptionResolver<
    ResolversTypes['TrainingProgress'],
    'trainingProgress',
    ParentType,
    ContextType,
    RequireFields<SubscriptionTrainingProgressArgs, 'runId'>
  >;
  trainingRunUpdated?: SubscriptionResolver<
    ResolversTypes['TrainingRun'],
    'trainingRunUpdated',
    ParentType,
    ContextType,
    Partial<SubscriptionTrainingRunUpdatedArgs>
  >;
};

export type ThresholdResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Threshold'] = ResolversParentTypes['Threshold'],
> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defectiveImages?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  fallbackFrom?: Resolver<Maybe<ResolversTypes['ThresholdPolicyKind']>, ParentType, ContextType>;
  goodImages?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ThresholdMethod'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  quantile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoreOutput?: Resolver<ResolversTypes['ScoreOutput'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetFalseAlarmRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThresholdConnectionResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['ThresholdConnection'] = ResolversParentTypes['ThresholdConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ThresholdEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Threshold']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ThresholdEdgeResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['ThresholdEdge'] = ResolversParentTypes['ThresholdEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Threshold'], ParentType, ContextType>;
};

export type ThresholdPolicyResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['ThresholdPolicy'] = ResolversParentTypes['ThresholdPolicy'],
> = {
  kind?: Resolver<ResolversTypes['ThresholdPolicyKind'], ParentType, ContextType>;
  quantile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  targetFalseAlarmRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type TrainingParamsResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['TrainingParams'] = ResolversParentTypes['TrainingParams'],
> = {
  all?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  batchSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkpointEvery?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  imageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage1Steps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingProgressResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['TrainingProgress'] = ResolversParentTypes['TrainingProgress'],
> = {
  etaSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lossPoint?: Resolver<Maybe<ResolversTypes['LossPoint']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunStatus'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalSteps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingRunResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['TrainingRun'] = ResolversParentTypes['TrainingRun'],
> = {
  backend?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelRequested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  datasetVersion?: Resolver<ResolversTypes['DatasetVersion'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  etaSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lossCurve?: Resolver<
    ResolversTypes['LossPointConnection'],
    ParentType,
    ContextType,
    Partial<TrainingRunLossCurveArgs>
  >;
  model?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  named?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['TrainingParams'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  resumeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunStatus'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  totalSteps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TrainingRunConnectionResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['TrainingRunConnection'] = ResolversParentTypes['TrainingRunConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TrainingRunEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TrainingRun']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TrainingRunEdgeResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['TrainingRunEdge'] = ResolversParentTypes['TrainingRunEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType>;
};

export type UpdateTrainingRunPayloadResolvers<
  ContextType = any,
  ParentType extends
    ResolversParentTypes['UpdateTrainingRunPayload'] = ResolversParentTypes['UpdateTrainingRunPayload'],
> = {
  run?: Resolver<Maybe<ResolversTypes['TrainingRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError'],
> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<
  ContextType = any,
  ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer'],
> = {
  authenticated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  CancelTrainingRunPayload?: CancelTrainingRunPayloadResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateCategoryFromZipPayload?: CreateCategoryFromZipPayloadResolvers<ContextType>;
  CreateCategoryPayload?: CreateCategoryPayloadResolvers<ContextType>;
  DatasetFile?: DatasetFileResolvers<ContextType>;
  DatasetVersion?: DatasetVersionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DefectTypeMetrics?: DefectTypeMetricsResolvers<ContextType>;
  EvaluateModelPayload?: EvaluateModelPayloadResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationConnection?: EvaluationConnectionResolvers<ContextType>;
  EvaluationEdge?: EvaluationEdgeResolvers<ContextType>;
  EvaluationImageScore?: EvaluationImageScoreResolvers<ContextType>;
  EvaluationImageScoreConnection?: EvaluationImageScoreConnectionResolvers<ContextType>;
  EvaluationImageScoreEdge?: EvaluationImageScoreEdgeResolvers<ContextType>;
  F1Max?: F1MaxResolvers<ContextType>;
  InspectPayload?: InspectPayloadResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  InspectionConnection?: InspectionConnectionResolvers<ContextType>;
  InspectionEdge?: InspectionEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LeaderboardEntry?: LeaderboardEntryResolvers<ContextType>;
  LossPoint?: LossPointResolvers<ContextType>;
  LossPointConnection?: LossPointConnectionResolvers<ContextType>;
  LossPointEdge?: LossPointEdgeResolvers<ContextType>;
  MetricReport?: MetricReportResolvers<ContextType>;
  Model?: ModelResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OnnxExport?: OnnxExportResolvers<ContextType>;
  OutputMetrics?: OutputMetricsResolvers<ContextType>;
  OutputSink?: OutputSinkResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  SetOutputSinkPayload?: SetOutputSinkPayloadResolvers<ContextType>;
  SetScoreOutputPayload?: SetScoreOutputPayloadResolvers<ContextType>;
  SetThresholdPayload?: SetThresholdPayloadResolvers<ContextType>;
  SetThresholdPolicyPayload?: SetThresholdPolicyPayloadResolvers<ContextType>;
  StartTrainingRunPayload?: StartTrainingRunPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Threshold?: ThresholdResolvers<ContextType>;
  ThresholdConnection?: ThresholdConnectionResolvers<ContextType>;
  ThresholdEdge?: ThresholdEdgeResolvers<ContextType>;
  ThresholdPolicy?: ThresholdPolicyResolvers<ContextType>;
  TrainingParams?: TrainingParamsResolvers<ContextType>;
  TrainingProgress?: TrainingProgressResolvers<ContextType>;
  TrainingRun?: TrainingRunResolvers<ContextType>;
  TrainingRunConnection?: TrainingRunConnectionResolvers<ContextType>;
  TrainingRunEdge?: TrainingRunEdgeResolvers<ContextType>;
  UpdateTrainingRunPayload?: UpdateTrainingRunPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};
