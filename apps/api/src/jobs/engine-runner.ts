/**
 * Runs the engine's heavy tasks off the request path: an evaluation, or an ONNX export with its parity
 * gate, each in its own worker process (engine-worker.ts), one at a time (each loads a model and keeps the
 * CPU or GPU busy, as a training worker does).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { DestsegError } from '@destseg/core';
import { processEntry } from '../worker-entry.ts';
import type {
  EngineResults,
  EngineTask,
  EvaluationResult,
  ExportResult,
  FromEngineWorker,
} from './engine-protocol.ts';

const WORKER_ENTRY = processEntry(import.meta.url, 'engine-worker');

export class EngineRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly children = new Set<ChildProcess>();
  private stopped = false;

  /** Evaluates the model file on the dataset once the tasks queued before it are done. */
  evaluate(modelPath: string, dataDir: string): Promise<EvaluationResult> {
    return this.enqueue({ type: 'evaluate', modelPath, dataDir });
  }

  /** Exports model.onnx beside the model file (through the parity gate) once the tasks before it are done. */
  exportOnnx(modelPath: string): Promise<ExportResult> {
    return this.enqueue({ type: 'export', modelPath });
  }

  /** Kills running workers; their tasks and the queued ones fail, and nothing is stored for them. */
  stop(): void {
    this.stopped = true;
    for (const child of this.children) child.kill('SIGKILL');
  }

  private enqueue<T extends EngineTask>(task: T): Promise<EngineResults[T['type']]> {
    const result = this.queue.then(() => this.runWorker<EngineResults[T['type']]>(task));
    this.queue = result.catch(() => {});
    return result;
  }

  private runWorker<R>(task: EngineTask): Promise<R> {
    if (this.stopped) return Promise.reject(new Error('the server is stopping'));
    return new Promise((resolve, reject) => {
      const child = fork(WORKER_ENTRY.path, [], {
        execArgv: WORKER_ENTRY.execArgv,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      this.children.add(child);
      let answer: FromEngineWorker<R> | null = null;
      child.on('message', (message: FromEngineWorker<R>) => {
        answer = message;
      });
      child.on('exit', (code, signal) => {
        this.children.delete(child);
        const message = answer as FromEngineWorker<R> | null;
        if (message?.type === 'done') resolve(message.result);
        else if (message?.type === 'failed')
          reject(
            // The engine's errors (a bad dataset, a refused export) keep their code for userErrors.
            message.code ? new DestsegError(message.code, message.message) : new Error(message.message),
          );
        else reject(new Error(`${task.type} worker exited (${signal ?? `code ${code}`}) without a result`));
      });
      child.send(task);
    });
  }
}
