/**
 * Batches concurrent predictions for one model served by one or more predictors (predictor worker threads,
 * each with its own session): a request goes at once to an idle predictor, and requests that arrive while
 * every predictor is busy are collected and run together by the next one to finish (up to `maxBatch`).
 */
import type { MapPrediction, MapPredictor, RgbImage } from '@destseg/core';

interface Pending {
  image: RgbImage;
  resolve: (prediction: MapPrediction) => void;
  reject: (error: unknown) => void;
}

export class InspectBatcher {
  private readonly queue: Pending[] = [];
  private readonly idle: MapPredictor[];
  private busy = 0;
  private retired = false;
  private disposed: Promise<void> | null = null;

  constructor(
    readonly predictors: readonly MapPredictor[],
    private readonly maxBatch: number,
    /** Told the images of each forward pass as it starts (the API's batch-size metric). */
    private readonly onPass?: (images: number) => void,
  ) {
    if (predictors.length === 0) throw new Error('InspectBatcher needs at least one predictor');
    this.idle = [...predictors];
  }

  predict(image: RgbImage): Promise<MapPrediction> {
    return new Promise((resolve, reject) => {
      this.queue.push({ image, resolve, reject });
      this.dispatch();
    });
  }

  /** Frees the model's predictors once the queued work is done (a newer model replaced it). */
  retire(): void {
    this.retired = true;
    this.disposeWhenDone();
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.idle.length > 0) {
      const predictor = this.idle.pop() as MapPredictor;
      void this.run(predictor, this.queue.splice(0, this.maxBatch));
    }
  }

  private async run(predictor: MapPredictor, batch: Pending[]): Promise<void> {
    this.busy += 1;
    this.onPass?.(batch.length);
    try {
      const predictions = await predictor.predict(batch.map((p) => p.image));
      for (const [i, p] of batch.entries()) p.resolve(predictions[i] as MapPrediction);
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      this.busy -= 1;
      this.idle.push(predictor);
      this.dispatch();
      this.disposeWhenDone();
    }
  }

  private disposeWhenDone(): void {
    if (!this.retired || this.busy > 0 || this.queue.length > 0) return;
    this.disposed ??= Promise.all(this.predictors.map((p) => p.dispose())).then(() => {});
  }
}
