/**
 * The platform's tables (drizzle, Postgres dialect). The same definitions run on embedded PGlite and on
 * PostgreSQL; drizzle-kit generates the migrations in ../migrations from this file. Column names are the
 * keys in snake_case (drizzle's `casing: 'snake_case'`, set in the client and in drizzle.config.ts); a name
 * is written out only where that rule gives another one (`imageF1` would be `image_f_1`).
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
/** A row's required link to another table's row, by its serial id. */
const requiredReference = (target: () => AnyPgColumn) => integer().notNull().references(target);

/** The map that scores an image: the engine's ScoreOutput (segmentation, DeST branch or their fusion). */
export type ScoreOutput = 'seg' | 'dest' | 'fused';
// Rows written before the choice existed were all scored by the segmentation output.
const scoreOutput = () => text().$type<ScoreOutput>().notNull().default('seg');

export const categories = pgTable('categories', {
  id: serial().primaryKey(),
  name: text().notNull().unique(),
  datasetPath: text().notNull(),
  imageSize: integer().notNull(),
  augmentationGroup: text().notNull(),
  /** The output that scores the category's inspections and that its derived thresholds are measured on. */
  scoreOutput: scoreOutput(),
  /** How the threshold is set after each evaluation (setBy 'auto'); core's ThresholdPolicyKind. */
  thresholdPolicy: text().$type<ThresholdPolicyKind>().notNull().default('f1_max'),
  /** The false_alarm_rate policy's target; null: the engine's default. */
  thresholdPolicyTargetFalseAlarmRate: doublePrecision(),
  /** The good_quantile policy's quantile; null: the engine's default. */
  thresholdPolicyQuantile: doublePrecision(),
  /** When the policy was last chosen: a manual threshold set after it wins over the policy until the next. */
  thresholdPolicySetAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
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
    id: serial().primaryKey(),
    categoryId: requiredReference(() => categories.id),
    files: jsonb().$type<ManifestFile[]>().notNull(),
    trainCount: integer().notNull(),
    testGoodCount: integer().notNull(),
    testDefectCount: integer().notNull(),
    contentHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('dataset_versions_category_hash').on(t.categoryId, t.contentHash)],
);

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const trainingRuns = pgTable(
  'training_runs',
  {
    id: serial().primaryKey(),
    categoryId: requiredReference(() => categories.id),
    datasetVersionId: requiredReference(() => datasetVersions.id),
    /** What engineers call the run; null: unnamed (the API shows a default). */
    name: text(),
    /** Free labels to group and filter runs by, kept trimmed, unique and sorted. */
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    params: jsonb().$type<Record<string, unknown>>().notNull(),
    backend: text(),
    status: text().$type<RunStatus>().notNull().default('queued'),
    /** Set when a cancel was asked for, so a run still queued never starts and a running one stops. */
    cancelRequested: boolean().notNull().default(false),
    /** How many times the run was picked up again after an interruption. */
    resumeCount: integer().notNull().default(0),
    step: integer().notNull().default(0),
    totalSteps: integer().notNull(),
    etaSeconds: doublePrecision(),
    runDir: text().notNull(),
    errorCode: text(),
    errorMessage: text(),
    createdAt: createdAt(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
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
    id: serial().primaryKey(),
    runId: requiredReference(() => trainingRuns.id),
    step: integer().notNull(),
    stage: integer().notNull(),
    cosine: doublePrecision(),
    focal: doublePrecision(),
    l1: doublePrecision(),
    imagesPerSecond: doublePrecision().notNull(),
    elapsedSeconds: doublePrecision().notNull(),
    createdAt: createdAt(),
  },
  // A resumed run trains the steps after its checkpoint again; the unique key lets it overwrite them.
  (t) => [uniqueIndex('loss_points_run_step').on(t.runId, t.step)],
);

export const models = pgTable('models', {
  id: serial().primaryKey(),
  runId: requiredReference(() => trainingRuns.id),
  categoryId: requiredReference(() => categories.id),
  checkpointPath: text().notNull(),
  /** The model.onnx beside the checkpoint once exported through the parity gate (report: `${onnxPath}.parity.json`). */
  onnxPath: text(),
  step: integer().notNull(),
  imageSize: integer().notNull(),
  createdAt: createdAt(),
});

export const evaluations = pgTable('evaluations', {
  id: serial().primaryKey(),
  modelId: requiredReference(() => models.id),
  datasetVersionId: requiredReference(() => datasetVersions.id),
  imageCount: integer().notNull(),
  imagesPerSecond: doublePrecision().notNull(),
  createdAt: createdAt(),
});

/** One row per (output, defect type) of an evaluation; defect type 'overall' holds the whole test set. */
export const evaluationMetrics = pgTable(
  'evaluation_metrics',
  {
    id: serial().primaryKey(),
    evaluationId: requiredReference(() => evaluations.id),
    output: text().$type<ScoreOutput>().notNull(),
    defectType: text().notNull(),
    imageAuroc: doublePrecision(),
    pixelAuroc: doublePrecision(),
    pixelAp: doublePrecision(),
    iap: doublePrecision(),
    iap90: doublePrecision(),
    aupro: doublePrecision(),
    // The casing rule splits a capital before a digit (`image_f_1`): these names stay written out.
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
    id: serial().primaryKey(),
    evaluationId: requiredReference(() => evaluations.id),
    /** Path inside the dataset folder, e.g. test/scratch/003.png. */
    path: text().notNull(),
    defectType: text().notNull(),
    /** The ground-truth mask marks at least one defect pixel. */
    defective: boolean().notNull(),
    score: doublePrecision().notNull(),
    destScore: doublePrecision().notNull(),
    /** Null in evaluations stored before the fused output's scores were kept. */
    fusedScore: doublePrecision(),
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
    id: serial().primaryKey(),
    categoryId: requiredReference(() => categories.id),
    modelId: requiredReference(() => models.id),
    version: integer().notNull(),
    value: doublePrecision().notNull(),
    method: text().$type<ThresholdMethod>().notNull(),
    targetFalseAlarmRate: doublePrecision(),
    quantile: doublePrecision(),
    /** The evaluation whose image scores a derived value was picked on; null for a fixed value. */
    evaluationId: integer().references(() => evaluations.id),
    inputs: jsonb().$type<ThresholdInputs>(),
    /** The output whose scores the value applies to: a threshold only holds while the category uses it. */
    scoreOutput: scoreOutput(),
    /** 'auto' when the category's policy set it after an evaluation, else the API key's name. */
    setBy: text().notNull(),
    reason: text(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('thresholds_category_version').on(t.categoryId, t.version)],
);

export const VERDICTS = ['ok', 'defect'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const inspections = pgTable(
  'inspections',
  {
    id: serial().primaryKey(),
    categoryId: requiredReference(() => categories.id),
    modelId: requiredReference(() => models.id),
    /** Null when no threshold was set for the model and the default applied. */
    thresholdId: integer().references(() => thresholds.id),
    thresholdValue: doublePrecision().notNull(),
    /** The score of `scoreOutput`, the output the category used at the time. */
    score: doublePrecision().notNull(),
    destScore: doublePrecision().notNull(),
    scoreOutput: scoreOutput(),
    verdict: text().$type<Verdict>().notNull(),
    /** Name of the heatmap and overlay files under the data directory's heatmaps folder. */
    heatmapKey: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    partId: text(),
    lotId: text(),
    stationId: text(),
    // drizzle names a unique constraint after the key, not the cased column: the migrations' name is kept.
    clientToken: text().unique('inspections_client_token_unique'),
    /**
     * sha256 of what the clientToken's request sent (category, image, part, lot, station): a replay must
     * match it. Null for rows from before it was kept, which replay whatever was sent.
     */
    requestHash: text(),
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
  id: serial().primaryKey(),
  keyHash: text().notNull().unique('api_keys_key_hash_unique'),
  role: text().$type<ApiRole>().notNull(),
  label: text(),
  source: text().$type<ApiKeySource>().notNull().default('created'),
  /** Set by revokeApiKey, or at start for an env key no longer in DESTSEG_API_KEYS; a revoked key never works. */
  revokedAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});

// --- MES outputs (scale-out): per-category sinks and the transactional outbox that feeds them ---

export const OUTPUT_SINK_KINDS = ['mqtt', 'webhook'] as const;
export type OutputSinkKind = (typeof OUTPUT_SINK_KINDS)[number];

/** Where a category's inspections are pushed: at most one sink of each kind per category. */
export const outputSinks = pgTable(
  'output_sinks',
  {
    id: serial().primaryKey(),
    categoryId: requiredReference(() => categories.id),
    kind: text().$type<OutputSinkKind>().notNull(),
    /** mqtt://host:port for MQTT, http(s):// for a webhook. */
    url: text().notNull(),
    /** MQTT topic with <category> and <station> placeholders; null for a webhook. */
    topicTemplate: text(),
    /** Webhook HMAC-SHA256 key; null for MQTT. */
    secret: text(),
    enabled: boolean().notNull().default(true),
    /** The dispatcher holding the sink (one at a time, so messages leave in order) and until when. */
    leaseOwner: text(),
    leaseUntil: timestamp({ withTimezone: true }),
    lastSuccessAt: timestamp({ withTimezone: true }),
    lastError: text(),
    lastErrorAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('output_sinks_category_kind').on(t.categoryId, t.kind)],
);

/** One message per inspection and sink, written in the inspection's transaction; kept once delivered. */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: serial().primaryKey(),
    sinkId: requiredReference(() => outputSinks.id),
    inspectionId: requiredReference(() => inspections.id),
    /** The same for every delivery attempt and every sink of the inspection: receivers deduplicate on it. */
    idempotencyKey: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
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
    id: bigserial({ mode: 'bigint' }).primaryKey(),
    topic: text().notNull(),
    /** The encoded message (apps/api's payload codec); text, so no size limit but PostgreSQL's 1 GB. */
    payload: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('pubsub_events_created_at').on(t.createdAt)],
);
