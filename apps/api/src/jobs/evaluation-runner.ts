/**
 * Runs evaluations off the request path: each in its own worker process, one at a time (an evaluation
 * loads a model and keeps the CPU or GPU busy, as a training worker does).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { DestsegError } from '@destseg/core';
import { processEntry } from '../worker-entry.ts';
import type { EvaluationResult, FromEvaluationWorker, StartEvaluation } from './evaluation-protocol.ts';

const WORKER_ENTRY = processEntry(import.meta.url, 'evaluation-worker');

export class EvaluationRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly children = new Set<ChildProcess>();
  private stopped = false;

  /** Evaluates the model file on the dataset once the evaluations queued before it are done. */
  run(modelPath: string, dataDir: string): Promise<EvaluationResult> {
    const result = this.queue.then(() => this.runWorker({ type: 'evaluate', modelPath, dataDir }));
    this.queue = result.catch(() => {});
    return result;
  }

  /** Kills running workers; their evaluations and the queued ones fail, and nothing is stored for them. */
  stop(): void {
    this.stopped = true;
    for (const child of this.children) child.kill('SIGKILL');
  }

  private runWorker(start: StartEvaluation): Promise<EvaluationResult> {
    if (this.stopped) return Promise.reject(new Error('the server is stopping'));
    return new Promise((resolve, reject) => {
      const child = fork(WORKER_ENTRY.path, [], {
        execArgv: WORKER_ENTRY.execArgv,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      this.children.add(child);
      let answer: FromEvaluationWorker | null = null;
      child.on('message', (message: FromEvaluationWorker) => {
        answer = message;
      });
      child.on('exit', (code, signal) => {
        this.children.delete(child);
        const message = answer as FromEvaluationWorker | null;
        if (message?.type === 'done') resolve(message.result);
        else if (message?.type === 'failed')
          reject(
            // The engine's errors (a bad dataset, an unreadable image) keep their code for userErrors.
            message.code ? new DestsegError(message.code, message.message) : new Error(message.message),
          );
        else reject(new Error(`evaluation worker exited (${signal ?? `code ${code}`}) without a result`));
      });
      child.send(start);
    });
  }
}
