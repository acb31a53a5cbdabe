/**
 * Keeps one loaded model per category for inspections, each in `predictorWorkers` predictor worker
 * threads of its own (onnxruntime by default, see worker-predictor.ts; one session per worker, whose
 * passes run side by side: inspect-batcher.ts). A lookup names the model it wants (the category's
 * active one); when a newer model was promoted the old one is retired and the new one loaded. `preload`
 * loads a model ahead of its first inspection (at start and when a training run creates one).
 * An inspection holds its model through `predict`: a retired model is disposed (or its load cancelled)
 * only once the last inspection using it has finished, so none runs on a disposed model.
 */

import type { MapPrediction, RgbImage } from '@destseg/core';
import { type EngineName, parseEngine } from '@destseg/core';
import type { ModelRow } from '@destseg/db';
import { InspectBatcher } from './inspect-batcher.ts';
import { WorkerPredictor } from './worker-predictor.ts';

interface Entry {
  modelId: number;
  batcher: Promise<InspectBatcher>;
  /** Cancels a load still in progress (a model exported on first use can take minutes). */
  loading: AbortController;
  /** Inspections holding this model (inside `predict`). */
  users: number;
  retired: boolean;
  disposed?: Promise<void>;
}

/** One 256 px image: see ModelCacheOptions.maxBatchPixels. */
export const DEFAULT_BATCH_PIXELS = 256 * 256;

export interface ModelCacheOptions {
  maxBatch: number;
  /**
   * Most model-input pixels (images × size²) in one forward pass: the batch of a model is
   * min(maxBatch, maxBatchPixels / size²), at least 1. On CPU, onnxruntime is no faster per image in
   * batches at 256 px, and its memory arena keeps the largest batch's memory (about 100 MB per 256 px
   * image) for good; small models still gain from batching. Default DEFAULT_BATCH_PIXELS (one 256 px
   * image); a CUDA machine raises it (DESTSEG_INSPECT_BATCH_PIXELS).
   */
  maxBatchPixels?: number;
  engine?: EngineName;
  /**
   * Predictor worker threads per model, each with its own session (default 1): passes of concurrent
   * inspections run side by side. Workers × `threads` ≈ the cores (config.ts picks both by default).
   */
  predictorWorkers?: number;
  /** ORT intra-op threads per predictor worker (default DESTSEG_ORT_THREADS or the cores). */
  threads?: number;
  log?: (message: string) => void;
  /** How long a cancelled load may take to settle before its worker is terminated (worker-predictor.ts). */
  loadSettleMs?: number;
  /**
   * Gets a model without a recorded model.onnx one before it is loaded on onnxruntime: the server runs an
   * `export` job (in whichever process works them) and waits for it. A model whose export failed or was
   * refused by the parity gate is served by TF.js (logged). Without it, the predictor exports in place.
   */
  exportModel?: (model: ModelRow, closing: AbortSignal) => Promise<void>;
  /** Told the images of each forward pass (InspectBatcher's `onPass`). */
  onPass?: (images: number) => void;
}

export class ModelCache {
  private readonly entries = new Map<number, Entry>();
  /** Aborted by clear(): the waits for export jobs end. */
  private readonly closing = new AbortController();

  constructor(private readonly opts: ModelCacheOptions) {}

  /** One image through `model`, which stays loaded until the prediction is done even if it is retired meanwhile. */
  async predict(model: ModelRow, image: RgbImage): Promise<MapPrediction> {
    const entry = this.entryFor(model);
    entry.users += 1;
    try {
      const batcher = await entry.batcher;
      return await batcher.predict(image);
    } finally {
      entry.users -= 1;
      if (entry.retired && entry.users === 0) void this.dispose(entry);
    }
  }

  private entryFor(model: ModelRow): Entry {
    const entry = this.entries.get(model.categoryId);
    if (entry && entry.modelId === model.id) return entry;
    if (entry) void this.retire(entry);
    const loading = new AbortController();
    const batcher = this.load(model, loading.signal);
    // A failed load is not cached, so the next call retries.
    batcher.catch(() => {
      if (this.entries.get(model.categoryId)?.batcher === batcher) this.entries.delete(model.categoryId);
    });
    const created: Entry = { modelId: model.id, batcher, loading, users: 0, retired: false };
    this.entries.set(model.categoryId, created);
    return created;
  }

  /** Loads `model` now so its first inspection does not wait; a failure is logged and retried on use. */
  preload(model: ModelRow): void {
    const entry = this.entryFor(model);
    entry.batcher.catch((error: unknown) => {
      // A load cancelled by a stop or a newer model is not a failure.
      if (entry.loading.signal.aborted) return;
      this.opts.log?.(`model ${model.id}: preload failed: ${error instanceof Error ? error.message : error}`);
    });
  }

  async clear(): Promise<void> {
    const entries = [...this.entries.values()];
    this.entries.clear();
    this.closing.abort();
    // A stop does not wait for inspections in flight: their loads are cancelled, their passes finish first.
    await Promise.all(entries.map((entry) => this.dispose(entry)));
  }

  /** Marks a replaced model; it is disposed now, or by the last inspection still holding it. */
  private async retire(entry: Entry): Promise<void> {
    entry.retired = true;
    if (entry.users === 0) await this.dispose(entry);
  }

  private dispose(entry: Entry): Promise<void> {
    entry.retired = true;
    entry.disposed ??= (async () => {
      entry.loading.abort();
      await entry.batcher.then(
        (b) => b.retire(),
        () => {},
      );
    })();
    return entry.disposed;
  }

  private async load(model: ModelRow, signal: AbortSignal): Promise<InspectBatcher> {
    const engine = this.opts.engine ?? parseEngine();
    const { exportModel } = this.opts;
    if (engine === 'ort' && model.onnxPath === null && exportModel) {
      try {
        await exportModel(model, AbortSignal.any([signal, this.closing.signal]));
      } catch (error) {
        if (signal.aborted || this.closing.signal.aborted) throw error;
        this.opts.log?.(
          `model ${model.id}: export failed (${error instanceof Error ? error.message : error}); serving it with tfjs`,
        );
      }
    }
    const start = () =>
      WorkerPredictor.start(model.checkpointPath, {
        batchSize: this.opts.maxBatch,
        engine,
        threads: this.opts.threads,
        exportMissing: !exportModel,
        settleMs: this.opts.loadSettleMs,
        log: this.opts.log,
        signal,
      });
    // The first worker alone: one that exports a missing model.onnx in place does it once, for all.
    const first = await start();
    const others = await Promise.allSettled(
      Array.from({ length: Math.max(1, this.opts.predictorWorkers ?? 1) - 1 }, start),
    );
    const started = [first, ...others.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []))];
    const failed = others.find((o) => o.status === 'rejected');
    if (failed) {
      await Promise.all(started.map((p) => p.dispose()));
      throw failed.reason;
    }
    return new InspectBatcher(started, batchLimit(first.imageSize, this.opts), this.opts.onPass);
  }
}

/** Images per forward pass for a model of `size` px (see ModelCacheOptions.maxBatchPixels). */
export function batchLimit(
  size: number,
  opts: Pick<ModelCacheOptions, 'maxBatch' | 'maxBatchPixels'>,
): number {
  const pixels = opts.maxBatchPixels ?? DEFAULT_BATCH_PIXELS;
  return Math.max(1, Math.min(opts.maxBatch, Math.floor(pixels / (size * size))));
}
