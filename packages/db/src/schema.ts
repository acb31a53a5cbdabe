/**
 * The platform's tables (drizzle, Postgres dialect). The same definitions run on embedded PGlite and on
 * PostgreSQL; drizzle-kit generates the migrations in ../migrations from this file.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** The map that scores an image: the engine's OutputChoice (segmentation, DeST branch or their fusion). */
export type ScoreOutput = 'seg' | 'dest' | 'fused';
// Rows written before the choice existed were all scored by the segmentation output.
const scoreOutput = () => text('score_output').$type<ScoreOutput>().notNull().default('seg');

export const categories = pgTable('categories', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  datasetPath: text('dataset_path').notNull(),
  imageSize: integer('image_size').notNull(),
  augmentationGroup: text('augmentation_group').notNull(),
  /** The output that scores the category's inspections and that its derived thresholds are measured on. */
  scoreOutput: scoreOutput(),
  /** How the threshold is set after each evaluation (setBy 'auto'); core's ThresholdPolicyKind. */
  thresholdPolicy: text('threshold_policy').$type<ThresholdPolicyKind>().notNull().default('f1_max'),
  /** The false_alarm_rate policy's target; null: the engine's default. */
  thresholdPolicyTargetFalseAlarmRate: doublePrecision('threshold_policy_target_false_alarm_rate'),
  /** The good_quantile policy's quantile; null: the engine's default. */
  thresholdPolicyQuantile: doublePrecision('threshold_policy_quantile'),
  /** When the policy was last chosen: a manual threshold set after it wins over the policy until the next. */
  thresholdPolicySetAt: timestamp('threshold_policy_set_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt(),
});

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export const datasetVersions = pgTable(
  'dataset_versions',
  {
    id: serial('id').primaryKey(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    files: jsonb('files').$type<ManifestFile[]>().notNull(),
    trainCount: integer('train_count').notNull(),
    testGoodCount: integer('test_good_count').notNull(),
    testDefectCount: integer('test_defect_count').notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('dataset_versions_category_hash').on(t.categoryId, t.contentHash)],
);

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const trainingRuns = pgTable(
  'training_runs',
  {
    id: serial('id').primaryKey(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    datasetVersionId: integer('dataset_version_id')
      .notNull()
      .references(() => datasetVersions.id),
    /** What engineers call the run; null: unnamed (the API shows a default). */
    name: text('name'),
    /** Free labels to group and filter runs by, kept trimmed, unique and sorted. */
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    backend: text('backend'),
    status: text('status').$type<RunStatus>().notNull().default('queued'),
    /** Set when a cancel was asked for, so a run still queued never starts and a running one stops. */
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    /** How many times the run was picked up again after an interruption. */
    resumeCount: integer('resume_count').notNull().default(0),
    step: integer('step').notNull().default(0),
    totalSteps: integer('total_steps').notNull(),
    etaSeconds: doublePrecision('eta_seconds'),
    runDir: text('run_dir').notNull(),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('training_runs_status').on(t.status),
    index('training_runs_category').on(t.categoryId),
    index('training_runs_tags').using('gin', t.tags),
  ],
);

export const lossPoints = pgTable(
  'loss_points',
  {
    id: serial('id').primaryKey(),
    runId: integer('run_id')
      .notNull()
      .references(() => trainingRuns.id),
    step: integer('step').notNull(),
    stage: integer('stage').notNull(),
    cosine: doublePrecision('cosine'),
    focal: doublePrecision('focal'),
    l1: doublePrecision('l1'),
    imagesPerSecond: doublePrecision('images_per_second').notNull(),
    elapsedSeconds: doublePrecision('elapsed_seconds').notNull(),
    createdAt: createdAt(),
  },
  // A resumed run trains the steps after its checkpoint again; the unique key lets it overwrite them.
  (t) => [uniqueIndex('loss_points_run_step').on(t.runId, t.step)],
);

export const models = pgTable('models', {
  id: serial('id').primaryKey(),
  runId: integer('run_id')
    .notNull()
    .references(() => trainingRuns.id),
  categoryId: integer('category_id')
    .notNull()
    .references(() => categories.id),
  checkpointPath: text('checkpoint_path').notNull(),
  /** The model.onnx beside the checkpoint once exported through the parity gate (report: `${onnxPath}.parity.json`). */
  onnxPath: text('onnx_path'),
  step: integer('step').notNull(),
  imageSize: integer('image_size').notNull(),
  createdAt: createdAt(),
});

export const evaluations = pgTable('evaluations', {
  id: serial('id').primaryKey(),
  modelId: integer('model_id')
    .notNull()
    .references(() => models.id),
  datasetVersionId: integer('dataset_version_id')
    .notNull()
    .references(() => datasetVersions.id),
  imageCount: integer('image_count').notNull(),
  imagesPerSecond: doublePrecision('images_per_second').notNull(),
  createdAt: createdAt(),
});

/** One row per (output, defect type) of an evaluation; defect type 'overall' holds the whole test set. */
export const evaluationMetrics = pgTable(
  'evaluation_metrics',
  {
    id: serial('id').primaryKey(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    output: text('output').$type<ScoreOutput>().notNull(),
    defectType: text('defect_type').notNull(),
    imageAuroc: doublePrecision('image_auroc'),
    pixelAuroc: doublePrecision('pixel_auroc'),
    pixelAp: doublePrecision('pixel_ap'),
    iap: doublePrecision('iap'),
    iap90: doublePrecision('iap90'),
    aupro: doublePrecision('aupro'),
    imageF1: doublePrecision('image_f1'),
    imageF1Threshold: doublePrecision('image_f1_threshold'),
    pixelF1: doublePrecision('pixel_f1'),
    pixelF1Threshold: doublePrecision('pixel_f1_threshold'),
  },
  (t) => [uniqueIndex('evaluation_metrics_key').on(t.evaluationId, t.output, t.defectType)],
);

/**
 * Scores of each test image in an evaluation, so threshold choices can be judged on the test set (the
 * histograms of good vs defective images, false-alarm and miss rates, the false-alarm-rate threshold).
 */
export const evaluationImageScores = pgTable(
  'evaluation_image_scores',
  {
    id: serial('id').primaryKey(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    /** Path inside the dataset folder, e.g. test/scratch/003.png. */
    path: text('path').notNull(),
    defectType: text('defect_type').notNull(),
    /** The ground-truth mask marks at least one defect pixel. */
    defective: boolean('defective').notNull(),
    score: doublePrecision('score').notNull(),
    destScore: doublePrecision('dest_score').notNull(),
    /** Null in evaluations stored before the fused output's scores were kept. */
    fusedScore: doublePrecision('fused_score'),
  },
  (t) => [uniqueIndex('evaluation_image_scores_key').on(t.evaluationId, t.path)],
);

export const THRESHOLD_POLICY_KINDS = ['f1_max', 'false_alarm_rate', 'good_quantile'] as const;
/** The policies of the engine (core's thresholds/threshold-policy.ts), as stored. */
export type ThresholdPolicyKind = (typeof THRESHOLD_POLICY_KINDS)[number];
export const THRESHOLD_METHODS = ['fixed', ...THRESHOLD_POLICY_KINDS] as const;
export type ThresholdMethod = (typeof THRESHOLD_METHODS)[number];

/** What a derived threshold was computed from, beyond its evaluation and parameter. */
export interface ThresholdInputs {
  goodImages: number;
  defectiveImages: number;
  /** The policy asked for when it could not apply (f1_max without defective images) and `method` replaced it. */
  fallbackFrom?: ThresholdPolicyKind;
}

export const thresholds = pgTable(
  'thresholds',
  {
    id: serial('id').primaryKey(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id),
    version: integer('version').notNull(),
    value: doublePrecision('value').notNull(),
    method: text('method').$type<ThresholdMethod>().notNull(),
    targetFalseAlarmRate: doublePrecision('target_false_alarm_rate'),
    quantile: doublePrecision('quantile'),
    /** The evaluation whose image scores a derived value was picked on; null for a fixed value. */
    evaluationId: integer('evaluation_id').references(() => evaluations.id),
    inputs: jsonb('inputs').$type<ThresholdInputs>(),
    /** The output whose scores the value applies to: a threshold only holds while the category uses it. */
    scoreOutput: scoreOutput(),
    /** 'auto' when the category's policy set it after an evaluation, else the API key's name. */
    setBy: text('set_by').notNull(),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('thresholds_category_version').on(t.categoryId, t.version)],
);

export const VERDICTS = ['ok', 'defect'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const inspections = pgTable(
  'inspections',
  {
    id: serial('id').primaryKey(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id),
    /** Null when no threshold was set for the model and the default applied. */
    thresholdId: integer('threshold_id').references(() => thresholds.id),
    thresholdValue: doublePrecision('threshold_value').notNull(),
    /** The score of `scoreOutput`, the output the category used at the time. */
    score: doublePrecision('score').notNull(),
    destScore: doublePrecision('dest_score').notNull(),
    scoreOutput: scoreOutput(),
    verdict: text('verdict').$type<Verdict>().notNull(),
    /** Name of the heatmap and overlay files under the data directory's heatmaps folder. */
    heatmapKey: text('heatmap_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    partId: text('part_id'),
    lotId: text('lot_id'),
    stationId: text('station_id'),
    clientToken: text('client_token').unique(),
    /**
     * sha256 of what the clientToken's request sent (category, image, part, lot, station): a replay must
     * match it. Null for rows from before it was kept, which replay whatever was sent.
     */
    requestHash: text('request_hash'),
    createdAt: createdAt(),
  },
  // The inspections query filters on part, lot and station (exact match), newest first.
  (t) => [
    index('inspections_category').on(t.categoryId, t.id),
    index('inspections_part').on(t.partId, t.id),
    index('inspections_lot').on(t.lotId, t.id),
    index('inspections_station').on(t.stationId, t.id),
  ],
);

export const API_ROLES = ['viewer', 'operator', 'admin'] as const;
export type ApiRole = (typeof API_ROLES)[number];

/** Where a key comes from: DESTSEG_API_KEYS (which stays authoritative for it) or createApiKey. */
export type ApiKeySource = 'env' | 'created';

export const apiKeys = pgTable('api_keys', {
  id: serial('id').primaryKey(),
  keyHash: text('key_hash').notNull().unique(),
  role: text('role').$type<ApiRole>().notNull(),
  label: text('label'),
  source: text('source').$type<ApiKeySource>().notNull().default('created'),
  /** Set by revokeApiKey, or at start for an env key no longer in DESTSEG_API_KEYS; a revoked key never works. */
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: createdAt(),
});

// --- MES outputs (scale-out): per-category sinks and the transactional outbox that feeds them ---

export const OUTPUT_SINK_KINDS = ['mqtt', 'webhook'] as const;
export type OutputSinkKind = (typeof OUTPUT_SINK_KINDS)[number];

/** Where a category's inspections are pushed: at most one sink of each kind per category. */
export const outputSinks = pgTable(
  'output_sinks',
  {
    id: serial('id').primaryKey(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    kind: text('kind').$type<OutputSinkKind>().notNull(),
    /** mqtt://host:port for MQTT, http(s):// for a webhook. */
    url: text('url').notNull(),
    /** MQTT topic with <category> and <station> placeholders; null for a webhook. */
    topicTemplate: text('topic_template'),
    /** Webhook HMAC-SHA256 key; null for MQTT. */
    secret: text('secret'),
    enabled: boolean('enabled').notNull().default(true),
    /** The dispatcher holding the sink (one at a time, so messages leave in order) and until when. */
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    lastError: text('last_error'),
    lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('output_sinks_category_kind').on(t.categoryId, t.kind)],
);

/** One message per inspection and sink, written in the inspection's transaction; kept once delivered. */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: serial('id').primaryKey(),
    sinkId: integer('sink_id')
      .notNull()
      .references(() => outputSinks.id),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    /** The same for every delivery attempt and every sink of the inspection: receivers deduplicate on it. */
    idempotencyKey: text('idempotency_key').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('outbox_messages_pending').on(t.sinkId, t.deliveredAt, t.id),
    uniqueIndex('outbox_messages_sink_inspection').on(t.sinkId, t.inspectionId),
  ],
);
// --- end MES outputs ---

/**
 * Messages of the cross-process PubSub on PostgreSQL (apps/api's PostgresPubSub): every process inserts what
 * it publishes, in one transaction at a time (ids commit in order), and reads `id > last delivered` when
 * NOTIFY wakes it and after each reconnect, so a listening connection that was down misses nothing kept.
 * Rows older than the retention (10 minutes) are deleted by whichever process comes first.
 */
export const pubsubEvents = pgTable(
  'pubsub_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    topic: text('topic').notNull(),
    /** The encoded message (apps/api's payload codec); text, so no size limit but PostgreSQL's 1 GB. */
    payload: text('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('pubsub_events_created_at').on(t.createdAt)],
);
