/** Builds every service over one database, so the server and the tests wire them the same way. */
import type { Database } from '@destseg/db';
import type { InferenceSettings } from '../config.ts';
import type { PubSub } from '../events/pubsub.ts';
import { ModelCache } from '../inference/model-cache.ts';
import { PixelPool } from '../inference/pixel-pool.ts';
import type { EngineRunner } from '../jobs/engine-runner.ts';
import { exportAndWait } from '../jobs/export-jobs.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { TrainingQueue } from '../jobs/training-queue.ts';
import { ApiMetrics } from '../metrics/api-metrics.ts';
import { OutputSinkService } from '../sinks/output-sinks.ts';
import type { PlatformStorage } from '../storage/platform-storage.ts';
import { CategoryService } from './categories.ts';
import { CategoryUploadService, type UploadLimits } from './category-uploads.ts';
import { DatasetUploadStore } from './dataset-upload/dataset-upload-store.ts';
import { EvaluationService } from './evaluations.ts';
import type { ImageLimits } from './image-input.ts';
import { InspectionFileStore } from './inspection-file-store.ts';
import { InspectionService } from './inspections.ts';
import { ModelService } from './models.ts';
import { ThresholdService } from './thresholds.ts';
import { TrainingRunService } from './training-runs.ts';

export interface Services {
  db: Database;
  pubsub: PubSub;
  categories: CategoryService;
  categoryUploads: CategoryUploadService;
  datasetUploads: DatasetUploadStore;
  runs: TrainingRunService;
  models: ModelService;
  evaluations: EvaluationService;
  thresholds: ThresholdService;
  inspections: InspectionService;
  cache: ModelCache;
  inspectionFiles: InspectionFileStore;
  /** The worker threads that read and decode uploads and draw heat maps and overlays (closed by the server). */
  pixels: PixelPool;
  sinks: OutputSinkService;
  /** Prometheus metrics of this server (GET /metrics). */
  metrics: ApiMetrics;
}

export function createServices(opts: {
  db: Database;
  pubsub: PubSub;
  queue: TrainingQueue;
  engineRunner: EngineRunner;
  jobs: JobQueue;
  storage: PlatformStorage;
  /** The data directory: uploaded datasets are unpacked under it. */
  dataDir: string;
  inspectBatchSize: number;
  inspectBatchPixels: number;
  /** Predictor workers per model and their threads. */
  inference: InferenceSettings;
  uploadLimits: UploadLimits;
  /** The inspect upload's limits (bytes, pixels). */
  imageLimits: ImageLimits;
  /** Warnings of the services (a failed evaluation, a threshold policy that could not apply). */
  log: (message: string) => void;
  /** The model cache's messages: loads, exports, engine fallbacks (info level). */
  inferenceLog?: (message: string) => void;
  /** Called after an inspection wrote outbox messages (wakes the dispatcher). */
  onOutboxWritten?: () => void;
}): Services {
  const { db, pubsub, queue } = opts;
  const models = new ModelService(db);
  const metrics = new ApiMetrics();
  const cache = new ModelCache({
    maxBatch: opts.inspectBatchSize,
    maxBatchPixels: opts.inspectBatchPixels,
    predictorWorkers: opts.inference.predictorWorkers,
    threads: opts.inference.ortThreads,
    log: opts.inferenceLog ?? opts.log,
    exportModel: (model, closing) => exportAndWait(opts.jobs, model, closing),
    onPass: (images) => metrics.countPass(images),
  });
  const pixels = new PixelPool();
  const inspectionFiles = new InspectionFileStore(opts.storage.inspectionFiles, (upload, map, size) =>
    pixels.render(upload, opts.imageLimits, map, size),
  );
  const categories = new CategoryService(db);
  const datasetUploads = new DatasetUploadStore(opts.dataDir);
  const evaluations = new EvaluationService(db, categories, opts.engineRunner, pubsub, opts.jobs, opts.log);
  const thresholds = new ThresholdService(db, evaluations, categories, opts.log);
  return {
    db,
    pubsub,
    categories,
    categoryUploads: new CategoryUploadService(categories, datasetUploads, opts.uploadLimits),
    datasetUploads,
    runs: new TrainingRunService(db, categories, queue, pubsub, opts.storage),
    models,
    evaluations,
    thresholds,
    inspections: new InspectionService(
      db,
      pubsub,
      models,
      thresholds,
      cache,
      inspectionFiles,
      metrics,
      (upload, size) => pixels.decode(upload, opts.imageLimits, size),
      opts.onOutboxWritten,
    ),
    cache,
    inspectionFiles,
    pixels,
    sinks: new OutputSinkService(db),
    metrics,
  };
}
