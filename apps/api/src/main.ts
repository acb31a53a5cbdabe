/** `pnpm start`: the API on http://localhost:4000/graphql (PORT to change) with the embedded defaults. */
import { configFromEnv } from './config.ts';
import { rootLogger } from './logging/logger.ts';
import { startServer } from './server.ts';

/** A stop never takes longer than this: what has not finished by then is cut off. */
const STOP_DEADLINE_MS = 14_000;

const logger = rootLogger();

// One structured line (the stack, never a source excerpt of a minified bundle), then exit: state after an
// uncaught error cannot be trusted, and the next start recovers interrupted runs.
process.on('uncaughtException', (err) => {
  logger.fatal({ event: 'server.crashed', err }, 'uncaught exception');
  process.exit(1);
});
process.on('unhandledRejection', (err) => {
  logger.fatal({ event: 'server.crashed', err }, 'unhandled promise rejection');
  process.exit(1);
});

let server: Awaited<ReturnType<typeof startServer>>;
try {
  server = await startServer(configFromEnv(), logger);
} catch (err) {
  logger.fatal({ event: 'server.start_failed', err, code: (err as { code?: unknown }).code }, 'cannot start');
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    logger.info(
      { event: 'server.stopping', signal },
      `${signal}: stopping (running training checkpoints and resumes at the next start)`,
    );
    setTimeout(() => {
      logger.error(
        { event: 'server.stop_timeout', signal },
        `stop took over ${STOP_DEADLINE_MS} ms; exiting`,
      );
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    // close() is idempotent: a second signal waits for the same stop.
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ event: 'server.stop_failed', err }, 'stop failed');
        process.exit(1);
      },
    );
  });
}
