/**
 * `pnpm worker [--jobs train,evaluate,export] [--concurrency N]`: a job worker for another machine (see
 * docs/DEPLOYMENT.md). Reads DATABASE_URL, DESTSEG_DATA_DIR and DESTSEG_TEACHER like the API.
 */
import { parseArgs } from 'node:util';
import { configFromEnv } from './config.ts';
import { parseJobKinds } from './jobs/job-work.ts';
import { startWorker } from './jobs/worker-process.ts';

const { values } = parseArgs({
  options: { jobs: { type: 'string', default: 'train,evaluate,export' }, concurrency: { type: 'string' } },
});
let worker: Awaited<ReturnType<typeof startWorker>>;
try {
  const config = configFromEnv(
    values.concurrency ? { ...process.env, DESTSEG_TRAINING_CONCURRENCY: values.concurrency } : process.env,
  );
  worker = await startWorker(config, parseJobKinds(values.jobs));
} catch (error) {
  console.error(`destseg worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping (running training checkpoints; another worker resumes it)`);
    worker.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
