/**
 * A job worker without the API: what `destseg worker` runs on another machine. It needs the platform's
 * PostgreSQL (DATABASE_URL), the storage every machine shares (DESTSEG_DATA_DIR: run directories, models,
 * datasets) and the teacher; it works the job kinds it is given and publishes progress that every API
 * instance streams to its subscribers.
 */
import { openDatabase } from '@destseg/db';
import type { ApiConfig } from '../config.ts';
import { openPubSub } from '../events/open-pubsub.ts';
import { type Logger, rootLogger } from '../logging/logger.ts';
import { CategoryService } from '../services/categories.ts';
import { EvaluationService } from '../services/evaluations.ts';
import { ModelService } from '../services/models.ts';
import { ThresholdService } from '../services/thresholds.ts';
import { FilesystemStorage } from '../storage/filesystem-storage.ts';
import { EngineRunner } from './engine-runner.ts';
import { type JobKind, JobQueue, jobTiming } from './job-queue.ts';
import { startJobWork } from './job-work.ts';
import { TrainingQueue } from './training-queue.ts';

export interface RunningWorker {
  training: TrainingQueue;
  /** Checkpoints running training (its job is retried elsewhere) and lets go of every connection. */
  close(): Promise<void>;
}

export async function startWorker(
  config: ApiConfig,
  kinds: readonly JobKind[],
  logger: Logger = rootLogger(),
): Promise<RunningWorker> {
  const log = (message: string) => logger.info(message);
  if (!config.databaseUrl) {
    throw new Error('a worker needs DATABASE_URL: the embedded database belongs to the one API process');
  }
  if (kinds.length === 0)
    throw new Error('a worker needs at least one job kind (--jobs train,evaluate,export)');
  // Run directories and models are written where every API instance reads them: the shared storage.
  const storage = new FilesystemStorage(config.dataDir);
  await storage.verify();
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: '' });
  const pubsub = await openPubSub(database, log, config.redisUrl);
  const jobs = await JobQueue.open(database, log, jobTiming(config.jobHeartbeatSeconds));
  const runner = new EngineRunner();
  const training = new TrainingQueue(database.db, pubsub, jobs, {
    teacher: config.teacher,
    concurrency: config.trainingConcurrency,
    log: logger,
  });
  const categories = new CategoryService(database.db);
  const evaluations = new EvaluationService(database.db, categories, runner, pubsub, jobs, log);
  // Registers the category threshold policy, applied after each evaluation this worker stores.
  new ThresholdService(database.db, evaluations, categories, log);
  await startJobWork(kinds, {
    jobs,
    training,
    evaluations,
    models: new ModelService(database.db),
    runner,
    log,
  });
  logger.info(
    { event: 'worker.started', jobs: kinds, storage: storage.location },
    `DeSTSeg worker: ${kinds.join(', ')} jobs (storage: ${storage.location})`,
  );
  return {
    training,
    close: async () => {
      await training.stop();
      await jobs.stopWorking('evaluate');
      await jobs.stopWorking('export');
      runner.stop();
      await jobs.close();
      await pubsub.close();
      await database.close();
    },
  };
}
