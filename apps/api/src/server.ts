/**
 * Assembles the API: database (migrated), services, training queue and evaluation workers, Express with
 * Apollo on /graphql, graphql-ws on the same path, and the inspection image files. `startServer` returns
 * once it listens.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { isUrl, selectBackend } from '@destseg/core';
import { openDatabase } from '@destseg/db';
import express from 'express';
import { type Principal, syncConfiguredKeys } from './auth/api-keys.ts';
import { decideListenAddress, type ListenDecision, LOCALHOST } from './auth/listen-address.ts';
import type { ApiConfig } from './config.ts';
import { seedDemoCategory } from './demo/seed-demo.ts';
import { openPubSub } from './events/open-pubsub.ts';
import type { ApiContext } from './graphql/context.ts';
import { formatHttpError } from './graphql/error-masking.ts';
import { createExecutableSchema } from './graphql/executable-schema.ts';
import { createLoaders } from './graphql/loaders.ts';
import { requestValidationRules } from './graphql/validation-rules.ts';
import { authMiddleware } from './http/auth-middleware.ts';
import { errorHandler } from './http/error-handler.ts';
import { graphqlRequestGuard } from './http/graphql-request-guard.ts';
import { inspectionImageRoute } from './http/inspection-image-route.ts';
import { LocalOnlyGuard } from './http/local-only-guard.ts';
import { startWebSocketServer } from './http/websocket-server.ts';
import { EngineRunner } from './jobs/engine-runner.ts';
import { JobQueue, jobTiming } from './jobs/job-queue.ts';
import { startJobWork } from './jobs/job-work.ts';
import { TrainingQueue } from './jobs/training-queue.ts';
import { startLifecycleLog } from './logging/lifecycle-log.ts';
import { type Logger, rootLogger } from './logging/logger.ts';
import { createServices, type Services } from './services/services.ts';
import { DEFAULT_OUTBOX_TIMING, OutboxDispatcher } from './sinks/outbox-dispatcher.ts';
import { FilesystemStorage } from './storage/filesystem-storage.ts';

export interface RunningServer {
  url: string;
  /** The interface it listens on (auth/listen-address.ts). */
  host: string;
  port: number;
  authEnabled: boolean;
  services: Services;
  queue: TrainingQueue;
  /** Stops everything (running training checkpointed) and closes the database; later calls wait for the first. */
  close(): Promise<void>;
}

export async function startServer(config: ApiConfig, logger: Logger = rootLogger()): Promise<RunningServer> {
  const startedAt = new Date();
  const log = (message: string) => logger.info(message);
  await selectBackend(undefined, log);
  const database = await openDatabase({
    url: config.databaseUrl,
    pgliteDir: join(config.dataDir, 'pglite'),
    onConnectionError: (err) =>
      logger.warn({ event: 'database.connection_lost', err }, 'database connection lost; reconnecting'),
  });
  const { db } = database;
  const keys = await syncConfiguredKeys(db, config.apiKeys);
  const { authEnabled } = keys;
  // Decided before anything else starts, so a refused address leaves no half-started server behind.
  let listen: ListenDecision;
  try {
    listen = decideListenAddress(config.host, keys);
  } catch (error) {
    await database.close();
    throw error;
  }
  if (keys.revokedFromEnv > 0) {
    logger.warn(
      { event: 'auth.keys_revoked', count: keys.revokedFromEnv },
      `${keys.revokedFromEnv} API key(s) no longer in DESTSEG_API_KEYS were revoked`,
    );
  }
  // Jobs and events (scale-out): one job model on pg-boss, events across processes on PostgreSQL or Redis.
  let pubsub: Awaited<ReturnType<typeof openPubSub>>;
  let jobs: JobQueue;
  try {
    pubsub = await openPubSub(database, log, config.redisUrl);
    jobs = await JobQueue.open(database, log, jobTiming(config.jobHeartbeatSeconds));
  } catch (error) {
    await database.close();
    throw error;
  }
  const engineRunner = new EngineRunner();
  const queue = new TrainingQueue(db, pubsub, jobs, {
    teacher: config.teacher,
    concurrency: config.trainingConcurrency,
    // A model trained in this process is loaded (in its worker thread) before its first inspection; its
    // evaluation is an `evaluate` job enqueued with the model row.
    onModelCreated: (model) => services.cache.preload(model),
    // Within the 15 s a stop may take, with room for the database to close.
    stopGraceMs: 10_000,
    log: logger,
  });
  const storage = new FilesystemStorage(config.dataDir);
  const outbox = new OutboxDispatcher(db, log, {
    ...DEFAULT_OUTBOX_TIMING,
    leaseSeconds: config.outboxLeaseSeconds,
  });
  const services = createServices({
    db,
    pubsub,
    queue,
    engineRunner,
    jobs,
    onOutboxWritten: () => outbox.wake(),
    storage,
    dataDir: config.dataDir,
    inspectBatchSize: config.limits.inspectBatchSize,
    inspectBatchPixels: config.limits.inspectBatchPixels,
    inference: config.inference,
    uploadLimits: config.limits,
    imageLimits: config.limits,
    log: (message) => logger.warn({ event: 'service.warning' }, message),
    inferenceLog: (message) => logger.info({ event: 'inference.message' }, message),
  });
  const orphans = await services.inspections.sweepOrphanFiles(startedAt);
  if (orphans.length > 0) {
    logger.warn(
      { event: 'inspections.orphan_files_removed', count: orphans.length },
      `${orphans.length} inspection file set(s) without a row were removed`,
    );
  }
  const stagedUploads = await services.datasetUploads.sweepIncoming();
  if (stagedUploads > 0) {
    logger.warn(
      { event: 'datasets.staged_uploads_removed', count: stagedUploads },
      `${stagedUploads} dataset upload(s) left unfinished by the last stop were removed`,
    );
  }
  if (config.seedDemo) await seedDemoCategory(services.categories, config.dataDir, log);
  // Each category's active model is loaded (in its worker thread) before its first inspection.
  for (const model of await services.models.allActive()) services.cache.preload(model);
  // A model trained by another process (a worker) is loaded here too, as soon as its run succeeds.
  const stopPreloading = pubsub.listen('trainingRunUpdated', (run) => {
    if (run.status !== 'succeeded') return;
    void services.models.active(run.categoryId).then(
      (model) => model && services.cache.preload(model),
      (err: unknown) => logger.warn({ event: 'model.preload_failed', err }, 'model preload'),
    );
  });

  const schema = createExecutableSchema(config.limits);
  const validationRules = requestValidationRules(config.limits, config.introspection);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  // Known once the server listens; URLs are built per request, after that.
  let port = 0;
  let publicUrl = config.publicUrl ?? '';
  const localOnly = authEnabled ? undefined : new LocalOnlyGuard(() => port, config.dashboardOrigins);
  const ws = startWebSocketServer({
    httpServer,
    schema,
    db,
    services,
    localOnly,
    limits: config.limits,
    validationRules,
    publicUrl: () => publicUrl,
  });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    validationRules,
    introspection: config.introspection,
    parseOptions: { maxTokens: config.limits.maxQueryTokens },
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM and calls close(): two handlers stopping Apollo never finished.
    stopOnTerminationSignals: false,
    // In-flight requests get 2 s to finish on stop; inspections take well under that.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2000 })],
    formatError: formatHttpError,
  });
  await apollo.start();

  if (localOnly) app.use(localOnly.middleware());
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.get(
    '/heatmaps/:file',
    inspectionImageRoute(services.inspectionFiles, (message) =>
      logger.warn({ event: 'inspection.image_failed' }, message),
    ),
  );
  // Prometheus scrapes with a key when keys are on (any role), like every other caller.
  app.get('/metrics', authMiddleware(db, authEnabled), async (_req, res, next) => {
    try {
      const { contentType, body } = await services.metrics.scrape();
      res.type(contentType).send(body);
    } catch (error) {
      next(error);
    }
  });
  app.use(
    '/graphql',
    authMiddleware(db, authEnabled),
    express.json({ limit: config.limits.maxBodyBytes }),
    graphqlRequestGuard(config.limits.maxQueryTokens),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({
        principal: res.locals.principal as Principal,
        services,
        loaders: createLoaders(services.db),
        baseUrl: publicUrl,
      }),
    }),
  );
  app.use(errorHandler);

  const { host } = listen;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, host, resolve);
  });
  port = (httpServer.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  publicUrl ||= `http://${shownHost}:${port}`;
  logger.info(
    {
      event: 'server.started',
      host,
      port,
      storage: database.kind,
      dataDir: config.dataDir,
      authEnabled,
      publicUrl,
    },
    `DeSTSeg API on http://${shownHost}:${port}/graphql (storage: ${database.kind}, data: ${config.dataDir}; ` +
      `image URLs under ${publicUrl})`,
  );
  logger.info(
    { event: 'teacher.resolved', teacher: config.teacher },
    isUrl(config.teacher)
      ? `teacher weights: ${config.teacher} (downloaded by the first training run: online machines only; set DESTSEG_TEACHER on an offline one)`
      : `teacher weights: ${config.teacher}${existsSync(config.teacher) ? '' : ' (MISSING: training runs will fail with TEACHER_WEIGHTS_MISSING)'}`,
  );
  logger.info({ event: 'auth.mode', host, ...keys }, listen.reason);
  if (authEnabled && !config.publicUrl && host === '0.0.0.0') {
    logger.warn(
      { event: 'config.public_url_missing' },
      'DESTSEG_PUBLIC_URL is not set: image URLs name localhost, which other machines cannot load',
    );
  }
  const lifecycleLog = startLifecycleLog(pubsub, logger);
  await startJobWork(config.workJobs, {
    jobs,
    training: queue,
    evaluations: services.evaluations,
    models: services.models,
    runner: engineRunner,
    log,
  });
  outbox.start();

  let closing: Promise<void> | undefined;
  const close = async () => {
    stopPreloading();
    await queue.stop();
    await jobs.stopWorking('evaluate');
    await jobs.stopWorking('export');
    engineRunner.stop();
    await services.evaluations.settle();
    await ws.close();
    await apollo.stop();
    await outbox.stop();
    await services.cache.clear();
    await services.pixels.close();
    lifecycleLog.close();
    await jobs.close();
    await pubsub.close();
    await database.close();
    logger.info({ event: 'server.stopped' }, 'DeSTSeg API stopped (database closed)');
  };

  return {
    url: `http://${shownHost === LOCALHOST ? LOCALHOST : 'localhost'}:${port}/graphql`,
    host,
    port,
    authEnabled,
    services,
    queue,
    close: () => {
      closing ??= close();
      return closing;
    },
  };
}
