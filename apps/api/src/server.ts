/**
 * Assembles the API: database (migrated), services, training queue and evaluation workers, Express with
 * Apollo on /graphql, graphql-ws on the same path, and the inspection image files. `startServer` returns
 * once it listens.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { selectBackend } from '@destseg/core';
import { openDatabase } from '@destseg/db';
import express from 'express';
import { type Principal, syncConfiguredKeys } from './auth/api-keys.ts';
import type { ApiConfig } from './config.ts';
import { seedDemoCategory } from './demo/seed-demo.ts';
import { openPubSub } from './events/open-pubsub.ts';
import type { ApiContext } from './graphql/context.ts';
import { createExecutableSchema } from './graphql/executable-schema.ts';
import { queryLimitRules } from './graphql/query-limits.ts';
import { authMiddleware } from './http/auth-middleware.ts';
import { errorHandler } from './http/error-handler.ts';
import { heatmapRoute } from './http/heatmap-route.ts';
import { startWebSocketServer } from './http/websocket-server.ts';
import { EvaluationRunner } from './jobs/evaluation-runner.ts';
import { JobQueue, jobTiming } from './jobs/job-queue.ts';
import { startJobWork } from './jobs/job-work.ts';
import { TrainingQueue } from './jobs/training-queue.ts';
import { createServices, type Services } from './services/services.ts';
import { DEFAULT_OUTBOX_TIMING, OutboxDispatcher } from './sinks/outbox-dispatcher.ts';

export interface RunningServer {
  url: string;
  port: number;
  authEnabled: boolean;
  services: Services;
  queue: TrainingQueue;
  close(): Promise<void>;
}

const LOCALHOST = '127.0.0.1';

export async function startServer(
  config: ApiConfig,
  log: (message: string) => void = console.log,
): Promise<RunningServer> {
  await selectBackend(undefined, log);
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: join(config.dataDir, 'pglite') });
  const { db } = database;
  const authEnabled = await syncConfiguredKeys(db, config.apiKeys);
  // --- jobs and events (scale-out): one job model on pg-boss, events across processes on PostgreSQL ---
  const pubsub = await openPubSub(database, log, config.redisUrl);
  const jobs = await JobQueue.open(database, log, jobTiming(config.jobHeartbeatSeconds));
  const evaluationRunner = new EvaluationRunner();
  const queue = new TrainingQueue(db, pubsub, jobs, {
    teacher: config.teacher,
    concurrency: config.trainingConcurrency,
    log,
  });
  const outbox = new OutboxDispatcher(db, log, {
    ...DEFAULT_OUTBOX_TIMING,
    leaseSeconds: config.outboxLeaseSeconds,
  });
  // --- end jobs and events ---
  const services = createServices({
    db,
    pubsub,
    queue,
    evaluationRunner,
    jobs,
    onOutboxWritten: () => outbox.wake(),
    dataDir: config.dataDir,
    inspectBatchSize: config.limits.inspectBatchSize,
  });
  if (config.seedDemo) await seedDemoCategory(services.categories, config.dataDir, log);

  const schema = createExecutableSchema(config.limits);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const ws = startWebSocketServer({ httpServer, schema, db, services, authEnabled, limits: config.limits });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    validationRules: queryLimitRules(config.limits.maxQueryDepth, config.limits.maxQueryCost),
    includeStacktraceInErrorResponses: false,
    // In-flight requests get 2 s to finish on stop; inspections take well under that.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2000 })],
    formatError: (formatted) =>
      formatted.extensions?.code === 'INTERNAL_SERVER_ERROR'
        ? { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
        : formatted,
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/heatmaps/:file', heatmapRoute(services.heatmaps));
  app.use(
    '/graphql',
    authMiddleware(db, authEnabled),
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        principal: res.locals.principal as Principal,
        services,
        baseUrl: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
      }),
    }),
  );
  app.use(errorHandler);

  // Without any API key every caller is admin, so the server must not be reachable from other machines.
  const host = authEnabled ? config.host : LOCALHOST;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  log(
    `DeSTSeg API on http://${shownHost}:${port}/graphql (storage: ${database.kind}, data: ${config.dataDir})`,
  );
  if (!authEnabled) {
    log(
      'no API keys configured (DESTSEG_API_KEYS): listening on localhost only, every caller has the admin role',
    );
  }
  await startJobWork(config.workJobs, { jobs, training: queue, evaluations: services.evaluations, log });
  outbox.start();

  return {
    url: `http://${shownHost === LOCALHOST ? LOCALHOST : 'localhost'}:${port}/graphql`,
    port,
    authEnabled,
    services,
    queue,
    close: async () => {
      await queue.stop();
      await jobs.stopWorking('evaluate');
      evaluationRunner.stop();
      await services.evaluations.settle();
      await ws.close();
      await apollo.stop();
      await outbox.stop();
      await services.cache.clear();
      await jobs.close();
      await pubsub.close();
      await database.close();
    },
  };
}
