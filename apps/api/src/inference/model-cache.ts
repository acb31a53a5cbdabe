/**
 * Keeps one loaded model per category for inspections. A lookup names the model it wants (the category's
 * active one); when a newer model was promoted the old one is retired and the new one loaded.
 */
import { Inspector } from '@destseg/core';
import type { ModelRow } from '@destseg/db';
import { InspectBatcher } from './inspect-batcher.ts';

interface Entry {
  modelId: number;
  batcher: Promise<InspectBatcher>;
}

export class ModelCache {
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly maxBatch: number) {}

  batcherFor(model: ModelRow): Promise<InspectBatcher> {
    const entry = this.entries.get(model.categoryId);
    if (entry && entry.modelId === model.id) return entry.batcher;
    if (entry)
      void entry.batcher.then(
        (b) => b.retire(),
        () => {},
      );
    const batcher = Inspector.load(model.checkpointPath, { batchSize: this.maxBatch }).then(
      (inspector) => new InspectBatcher(inspector, this.maxBatch),
    );
    // A failed load is not cached, so the next call retries.
    batcher.catch(() => this.entries.delete(model.categoryId));
    this.entries.set(model.categoryId, { modelId: model.id, batcher });
    return batcher;
  }

  async clear(): Promise<void> {
    for (const entry of this.entries.values())
      await entry.batcher.then(
        (b) => b.retire(),
        () => {},
      );
    this.entries.clear();
  }
}
