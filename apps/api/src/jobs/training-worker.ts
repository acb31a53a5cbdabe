/**
 * Entry point of a training worker process: one run per process, so training's CPU/GPU work never blocks
 * the API's event loop. Started by TrainingQueue with an IPC channel; reports every TrainEvent back.
 */
import { isDestsegError, selectBackend, train } from '@destseg/core';
import type { FromWorker, ToWorker } from './training-protocol.ts';

const abort = new AbortController();
// Sends are chained so every event reaches the parent, in order, before the channel is closed.
let sent: Promise<void> = Promise.resolve();

function send(message: FromWorker): Promise<void> {
  sent = sent.then(
    () => new Promise<void>((resolve) => process.send?.(message, () => resolve()) ?? resolve()),
  );
  return sent;
}

async function run(start: Extract<ToWorker, { type: 'start' }>): Promise<void> {
  try {
    await selectBackend();
    await train({
      dataDir: start.dataDir,
      outDir: start.outDir,
      teacher: start.teacher,
      config: start.config,
      resume: start.resume,
      signal: abort.signal,
      onEvent: (event) => void send({ type: 'event', event }),
    });
  } catch (error) {
    await send({
      type: 'failed',
      code: isDestsegError(error) ? error.code : 'TRAINING_FAILED',
      message: error instanceof Error ? error.message : String(error),
    });
    process.exitCode = 1;
  } finally {
    await sent;
    process.disconnect?.();
  }
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'start') void run(message);
  else if (message.type === 'stop') abort.abort();
});
// The parent going away (crash, kill -9) must not leave an orphan training on the machine, not even for the
// rest of a step: a restarted API may already be resuming this run from its last checkpoint. Exiting at
// once is safe because checkpoints are written to a temporary folder and renamed. (The worker's own
// disconnect at the end of a run lands here too, after everything was sent.)
process.on('disconnect', () => process.exit());
