/**
 * The API's Prometheus metrics (prom-client), served on GET /metrics: Node's defaults (resident memory,
 * heap, the event loop's delay percentiles since the previous scrape, GC) and the inspection path's own
 * numbers (each phase's time, the images per forward pass), so an operator sees where an inspection's time
 * goes, how well concurrent inspections share passes, and whether the event loop stays free.
 * One registry per server, so several servers in one process (the tests) never share counters.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The phases of one inspection, in order: the upload read, the decode, the model, its files, the rows. */
export const INSPECT_PHASES = ['read', 'decode', 'predict', 'files', 'store'] as const;
export type InspectPhase = (typeof INSPECT_PHASES)[number];

/** Seconds; inspections run from a few ms (small models) to seconds (256 px on CPU, 16 Mpx uploads). */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class ApiMetrics {
  readonly registry = new Registry();
  private readonly phaseSeconds: Histogram<'phase'>;
  private readonly inspectSeconds: Histogram;
  private readonly inspections: Counter<'verdict'>;
  private readonly passImages: Histogram;

  constructor() {
    // The event-loop histogram is read and reset at every scrape: its p99 is the delay since the last one.
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    this.phaseSeconds = new Histogram({
      name: 'destseg_inspect_phase_seconds',
      help: 'Time of each phase of an inspection (read, decode, predict, files, store)',
      labelNames: ['phase'],
      buckets: BUCKETS,
      registers: [this.registry],
    });
    this.inspectSeconds = new Histogram({
      name: 'destseg_inspect_seconds',
      help: 'Time of an inspect mutation from its resolver call to its stored row',
      buckets: BUCKETS,
      registers: [this.registry],
    });
    this.passImages = new Histogram({
      name: 'destseg_inspect_pass_images',
      help: 'Images per forward pass of the inspections (concurrent inspections of a model share a pass)',
      buckets: [1, 2, 4, 8, 16, 32, 64],
      registers: [this.registry],
    });
    this.inspections = new Counter({
      name: 'destseg_inspections_total',
      help: 'Inspections stored, by verdict',
      labelNames: ['verdict'],
      registers: [this.registry],
    });
  }

  /** Runs `work` and records its time under `phase`. */
  async timed<T>(phase: InspectPhase, work: () => Promise<T>): Promise<T> {
    const stop = this.phaseSeconds.startTimer({ phase });
    try {
      return await work();
    } finally {
      stop();
    }
  }

  /** Starts an inspection's timer; call the returned function when its row is stored. */
  startInspection(): () => void {
    const stop = this.inspectSeconds.startTimer();
    return () => void stop();
  }

  /** One forward pass of `images` inspections. */
  countPass(images: number): void {
    this.passImages.observe(images);
  }

  countInspection(verdict: string): void {
    this.inspections.inc({ verdict });
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
