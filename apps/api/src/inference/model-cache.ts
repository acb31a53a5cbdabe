/**
 * Keeps one loaded model per category for inspections, each in its own predictor worker thread
 * (onnxruntime by default, see worker-predictor.ts). A lookup names the model it wants (the category's
 * active one); when a newer model was promoted the old one is retired and the new one loaded. `preload`
 * loads a model ahead of its first inspection (at start and when a training run creates one).
 */
import { type EngineName, onnxPathFor } from '@destseg/core';
import type { ModelRow } from '@destseg/db';
import { InspectBatcher } from './inspect-batcher.ts';
import { WorkerPredictor } from './worker-predictor.ts';

interface Entry {
  modelId: number;
  batcher: Promise<InspectBatcher>;
  /** Cancels a load still in progress (a model exported on first use can take minutes). */
  loading: AbortController;
}

export interface ModelCacheOptions {
  maxBatch: number;
  engine?: EngineName;
  /** ORT intra-op threads per model (default DESTSEG_ORT_THREADS or the cores). */
  threads?: number;
  log?: (message: string) => void;
  /** Told when a model without a recorded model.onnx got one (exported on first use). */
  onOnnxReady?: (model: ModelRow, onnxPath: string) => void | Promise<void>;
}

export class ModelCache {
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly opts: ModelCacheOptions) {}

  batcherFor(model: ModelRow): Promise<InspectBatcher> {
    const entry = this.entries.get(model.categoryId);
    if (entry && entry.modelId === model.id) return entry.batcher;
    if (entry) this.retire(entry);
    const loading = new AbortController();
    const batcher = this.load(model, loading.signal);
    // A failed load is not cached, so the next call retries.
    batcher.catch(() => {
      if (this.entries.get(model.categoryId)?.batcher === batcher) this.entries.delete(model.categoryId);
    });
    this.entries.set(model.categoryId, { modelId: model.id, batcher, loading });
    return batcher;
  }

  /** Loads `model` now so its first inspection does not wait; a failure is logged and retried on use. */
  preload(model: ModelRow): void {
    this.batcherFor(model).catch((error: unknown) =>
      this.opts.log?.(`model ${model.id}: preload failed: ${error instanceof Error ? error.message : error}`),
    );
  }

  async clear(): Promise<void> {
    const entries = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(entries.map((entry) => this.retire(entry)));
  }

  private async retire(entry: Entry): Promise<void> {
    entry.loading.abort();
    await entry.batcher.then(
      (b) => b.retire(),
      () => {},
    );
  }

  private async load(model: ModelRow, signal: AbortSignal): Promise<InspectBatcher> {
    const predictor = await WorkerPredictor.start(model.checkpointPath, {
      batchSize: this.opts.maxBatch,
      engine: this.opts.engine,
      threads: this.opts.threads,
      log: this.opts.log,
      signal,
    });
    if (predictor.engine === 'ort' && model.onnxPath === null)
      await this.opts.onOnnxReady?.(model, onnxPathFor(predictor.modelPath));
    return new InspectBatcher(predictor, this.opts.maxBatch);
  }
}
