/**
 * Batches concurrent predictions for one model: the first request runs at once, and requests that arrive
 * while a forward pass is busy are collected and run together in the next pass (up to `maxBatch`).
 */
import type { MapPrediction, MapPredictor, RgbImage } from '@destseg/core';

interface Pending {
  image: RgbImage;
  resolve: (prediction: MapPrediction) => void;
  reject: (error: unknown) => void;
}

export class InspectBatcher {
  private readonly queue: Pending[] = [];
  private running: Promise<void> | null = null;
  private retired = false;

  constructor(
    readonly inspector: MapPredictor,
    private readonly maxBatch: number,
  ) {}

  predict(image: RgbImage): Promise<MapPrediction> {
    return new Promise((resolve, reject) => {
      this.queue.push({ image, resolve, reject });
      this.running ??= this.drain().finally(() => {
        this.running = null;
        if (this.retired) void this.inspector.dispose();
      });
    });
  }

  /** Frees the model once the queued work is done (a newer model replaced it). */
  retire(): void {
    this.retired = true;
    if (!this.running) void this.inspector.dispose();
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const predictions = await this.inspector.predict(batch.map((p) => p.image));
        for (const [i, p] of batch.entries()) p.resolve(predictions[i] as MapPrediction);
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
  }
}
