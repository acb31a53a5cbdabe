/**
 * A model served from a worker thread (predictor-worker.ts), behind the MapPredictor contract the
 * batcher uses. Images are copied to the worker; the maps come back transferred.
 */
import { Worker } from 'node:worker_threads';
import {
  DestsegError,
  type DestsegErrorCode,
  type EngineName,
  type MapPrediction,
  type MapPredictor,
  parseEngine,
  type RgbImage,
} from '@destseg/core';
import { threadEntry } from '../worker-entry.ts';
import type { FromPredictor, PredictorWorkerData, ToPredictor } from './predictor-protocol.ts';

const WORKER_ENTRY = threadEntry(import.meta.url, 'predictor-worker');
/**
 * How long a cancelled load may take to settle before its worker is terminated anyway (default). Loads of
 * an exported model settle in seconds; the API's own stop deadline (main.ts) still bounds a stop.
 */
export const LOAD_SETTLE_MS = 60_000;

interface Waiting {
  resolve: (predictions: MapPrediction[]) => void;
  reject: (error: unknown) => void;
}

function workerError(code: string | null, message: string): Error {
  return code ? new DestsegError(code as DestsegErrorCode, message) : new Error(message);
}

export class WorkerPredictor implements MapPredictor {
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private exited: Error | null = null;

  private constructor(
    private readonly worker: Worker,
    readonly engine: EngineName,
    readonly modelPath: string,
    readonly imageSize: number,
    readonly batchSize: number,
  ) {
    worker.on('message', (message: FromPredictor) => this.onMessage(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`predictor worker exited (code ${code})`)));
  }

  /** Starts a worker and waits until its model is loaded. */
  static start(
    modelPath: string,
    opts: {
      batchSize: number;
      engine?: EngineName;
      threads?: number;
      /** See PredictorWorkerData.exportMissing (default true; the API's cache passes false). */
      exportMissing?: boolean;
      log?: (message: string) => void;
      /** Stops the worker while it is still loading. */
      signal?: AbortSignal;
      /** See LOAD_SETTLE_MS. */
      settleMs?: number;
    },
  ): Promise<WorkerPredictor> {
    const data: PredictorWorkerData = {
      modelPath,
      engine: opts.engine ?? parseEngine(),
      batchSize: opts.batchSize,
      threads: opts.threads,
      exportMissing: opts.exportMissing ?? true,
    };
    const worker = new Worker(WORKER_ENTRY, { workerData: data });
    const log = opts.log ?? (() => {});
    return new Promise((resolve, reject) => {
      // Terminating the worker inside one of onnxruntime's native calls (a session being created) aborts
      // the whole process: a Napi::Error thrown into a dying environment. A cancelled load is therefore
      // stopped when it settles, or after `settleMs` at the latest, and the caller waits for that.
      let cancelled: (() => void) | undefined;
      const onAbort = () => {
        const timer = setTimeout(() => cancelled?.(), opts.settleMs ?? LOAD_SETTLE_MS);
        cancelled = () => {
          clearTimeout(timer);
          cancelled = undefined;
          void worker.terminate().finally(() => reject(new Error(`loading ${modelPath} was cancelled`)));
        };
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const onMessage = (message: FromPredictor) => {
        if (message.type === 'log') log(message.message);
        else if (message.type === 'ready' && cancelled) cancelled();
        else if (message.type === 'ready') {
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          opts.signal?.removeEventListener('abort', onAbort);
          const predictor = new WorkerPredictor(
            worker,
            message.engine,
            modelPath,
            message.imageSize,
            opts.batchSize,
          );
          worker.on('message', (m: FromPredictor) => m.type === 'log' && log(m.message));
          resolve(predictor);
        } else if (message.type === 'failed') reject(workerError(message.code, message.message));
      };
      const onExit = (code: number) =>
        reject(new Error(`predictor worker for ${modelPath} exited (code ${code}) before loading`));
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', onExit);
    });
  }

  predict(images: readonly RgbImage[]): Promise<MapPrediction[]> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const message: ToPredictor = { type: 'predict', id, images: [...images] };
      this.worker.postMessage(message);
    });
  }

  async dispose(): Promise<void> {
    this.exited ??= new Error('predictor was disposed');
    await this.worker.terminate();
  }

  private onMessage(message: FromPredictor): void {
    if (message.type !== 'result' && message.type !== 'error') return;
    const waiting = this.waiting.get(message.id);
    if (!waiting) return;
    this.waiting.delete(message.id);
    if (message.type === 'result') waiting.resolve(message.predictions);
    else waiting.reject(workerError(message.code, message.message));
  }

  private fail(error: Error): void {
    this.exited ??= error;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }
}
