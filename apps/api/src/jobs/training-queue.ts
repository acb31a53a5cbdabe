/**
 * Runs training off the request path. The queue is the training_runs table itself: queued and interrupted
 * runs are started oldest first, each in its own worker process, up to `concurrency` at a time. Worker events
 * become loss points, run progress and subscription messages. On start-up, runs left 'running' by a crash are
 * marked interrupted and picked up again from their last checkpoint.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readLatest, type TrainEvent } from '@destseg/core';
import {
  and,
  asc,
  categories,
  type Database,
  eq,
  inArray,
  lossPoints,
  type ModelRow,
  models,
  type TrainingRunRow,
  trainingRuns,
} from '@destseg/db';
import type { PubSub } from '../events/pubsub.ts';
import { type Logger, rootLogger } from '../logging/logger.ts';
import type { FromWorker, StartTraining, ToWorker } from './worker-protocol.ts';

export interface TrainingQueueOptions {
  teacher: string;
  concurrency: number;
  /** Called with the model of each run that succeeds (after the run is announced). */
  onModelCreated?: (model: ModelRow) => void;
  /** How long a stopping worker may take to checkpoint before it is killed. */
  stopGraceMs?: number;
  log?: Logger;
}

interface ActiveRun {
  child: ChildProcess;
  /** Set when the server is shutting down: the run ends as interrupted, not cancelled or failed. */
  shuttingDown: boolean;
  failure: { code: string; message: string } | null;
  finished: boolean;
  /** Worker events are applied one after another, in order. */
  chain: Promise<void>;
  exited: Promise<void>;
}

const WORKER_ENTRY = fileURLToPath(new URL('./training-worker.ts', import.meta.url));

export class TrainingQueue {
  private readonly active = new Map<number, ActiveRun>();
  private stopped = false;
  private ticking: Promise<void> = Promise.resolve();
  private readonly log: Logger;

  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly opts: TrainingQueueOptions,
  ) {
    this.log = opts.log ?? rootLogger();
  }

  /** Marks runs a previous process left running as interrupted, then starts work. */
  async start(): Promise<void> {
    const orphaned = await this.db
      .update(trainingRuns)
      .set({ status: 'interrupted' })
      .where(eq(trainingRuns.status, 'running'))
      .returning();
    for (const run of orphaned) {
      this.log.info(
        { event: 'run.recovered', runId: run.id, step: run.step },
        `training run ${run.id} was interrupted at step ${run.step}; it resumes from its last checkpoint`,
      );
      this.announce(run, null);
    }
    this.wake();
  }

  /** Looks for startable runs; called after a run is queued or a slot frees up. */
  wake(): void {
    this.ticking = this.ticking
      .then(() => this.fillSlots())
      .catch((err: unknown) => this.log.error({ event: 'queue.error', err }, 'training queue'));
  }

  /** Asks a running worker to stop after its current step; a queued run is cancelled at once. */
  async cancel(runId: number): Promise<TrainingRunRow | undefined> {
    const [run] = await this.db
      .update(trainingRuns)
      .set({ cancelRequested: true })
      .where(
        and(eq(trainingRuns.id, runId), inArray(trainingRuns.status, ['queued', 'interrupted', 'running'])),
      )
      .returning();
    if (!run) return undefined;
    const active = this.active.get(runId);
    if (active) {
      send(active.child, { type: 'stop' });
      return run;
    }
    const [cancelled] = await this.db
      .update(trainingRuns)
      .set({ status: 'cancelled', finishedAt: new Date() })
      .where(and(eq(trainingRuns.id, runId), inArray(trainingRuns.status, ['queued', 'interrupted'])))
      .returning();
    if (cancelled) this.announce(cancelled, null);
    return cancelled ?? run;
  }

  /** Stops every worker (each checkpoints first, within the grace period) and leaves its run interrupted. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.ticking;
    const grace = this.opts.stopGraceMs ?? 15_000;
    await Promise.all(
      [...this.active.values()].map(async (run) => {
        run.shuttingDown = true;
        send(run.child, { type: 'stop' });
        const timer = setTimeout(() => run.child.kill('SIGKILL'), grace);
        await run.exited;
        clearTimeout(timer);
      }),
    );
  }

  /** Ids of runs with a live worker (for tests and diagnostics). */
  runningIds(): number[] {
    return [...this.active.keys()];
  }

  private async fillSlots(): Promise<void> {
    while (!this.stopped && this.active.size < this.opts.concurrency) {
      const [next] = await this.db
        .select()
        .from(trainingRuns)
        .where(
          and(
            inArray(trainingRuns.status, ['queued', 'interrupted']),
            eq(trainingRuns.cancelRequested, false),
          ),
        )
        .orderBy(asc(trainingRuns.id))
        .limit(1);
      if (!next) return;
      await this.launch(next);
    }
  }

  private async launch(run: TrainingRunRow): Promise<void> {
    // A run that never wrote a checkpoint starts over; one that did continues exactly where it stopped.
    const resume = (await readLatest(run.runDir).catch(() => null)) !== null;
    const [started] = await this.db
      .update(trainingRuns)
      .set({
        status: 'running',
        startedAt: run.startedAt ?? new Date(),
        resumeCount: run.status === 'interrupted' ? run.resumeCount + 1 : run.resumeCount,
      })
      .where(eq(trainingRuns.id, run.id))
      .returning();
    if (!started) return;
    this.announce(started, null);
    const child = fork(WORKER_ENTRY, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let onExit: () => void = () => {};
    const active: ActiveRun = {
      child,
      shuttingDown: false,
      failure: null,
      finished: false,
      chain: Promise.resolve(),
      exited: new Promise<void>((resolve) => (onExit = resolve)),
    };
    this.active.set(run.id, active);
    child.on('message', (message: FromWorker) => {
      active.chain = active.chain
        .then(() => this.onMessage(run.id, active, message))
        .catch((err: unknown) => this.log.error({ event: 'run.error', runId: run.id, err }, 'training run'));
    });
    child.on('exit', (code, signal) => {
      active.chain = active.chain
        .then(() => this.onExit(run.id, active, code, signal))
        .catch((err: unknown) => this.log.error({ event: 'run.error', runId: run.id, err }, 'training run'))
        .finally(() => {
          this.active.delete(run.id);
          onExit();
          this.wake();
        });
    });
    const [category] = await this.db.select().from(categories).where(eq(categories.id, run.categoryId));
    send(child, {
      type: 'start',
      dataDir: category?.datasetPath ?? '',
      outDir: run.runDir,
      teacher: this.opts.teacher,
      config: run.params as StartTraining['config'],
      resume,
    });
  }

  private async onMessage(runId: number, active: ActiveRun, message: FromWorker): Promise<void> {
    if (message.type === 'failed') {
      active.failure = { code: message.code, message: message.message };
      return;
    }
    const event: TrainEvent = message.event;
    if (event.type === 'start') {
      const [run] = await this.db
        .update(trainingRuns)
        .set({ backend: event.backend, step: event.startStep, totalSteps: event.totalSteps })
        .where(eq(trainingRuns.id, runId))
        .returning();
      if (run) this.announce(run, null);
      // A cancel that arrived while the worker was still loading must not be lost.
      if (run?.cancelRequested) send(active.child, { type: 'stop' });
    } else if (event.type === 'step') {
      const values = {
        runId,
        step: event.step,
        stage: event.stage,
        cosine: event.losses.cosine ?? null,
        focal: event.losses.focal ?? null,
        l1: event.losses.l1 ?? null,
        imagesPerSecond: event.imagesPerSecond,
        elapsedSeconds: event.elapsedSeconds,
      };
      const [point] = await this.db
        .insert(lossPoints)
        .values(values)
        .onConflictDoUpdate({ target: [lossPoints.runId, lossPoints.step], set: values })
        .returning();
      const [run] = await this.db
        .update(trainingRuns)
        .set({ step: event.step, etaSeconds: event.etaSeconds })
        .where(eq(trainingRuns.id, runId))
        .returning();
      if (run && point) this.pubsub.publish('trainingProgress', { run, lossPoint: point });
    } else if (event.type === 'done') {
      active.finished = true;
      await this.finish(runId, active, event);
    }
  }

  private async finish(
    runId: number,
    active: ActiveRun,
    done: Extract<TrainEvent, { type: 'done' }>,
  ): Promise<void> {
    if (done.status === 'cancelled' && active.shuttingDown) {
      await this.setFinal(runId, { status: 'interrupted', finishedAt: null });
      return;
    }
    if (done.status === 'cancelled') {
      await this.setFinal(runId, { status: 'cancelled', finishedAt: new Date() });
      return;
    }
    const [run] = await this.db.select().from(trainingRuns).where(eq(trainingRuns.id, runId));
    if (!run) return;
    // The model row and the run's success land together: a succeeded run always has its model.
    const finished = await this.db.transaction(async (tx) => {
      const [model] = await tx
        .insert(models)
        .values({
          runId,
          categoryId: run.categoryId,
          checkpointPath: done.modelPath,
          onnxPath: done.onnxPath,
          step: done.step,
          imageSize: Number((run.params as { imageSize?: number }).imageSize),
        })
        .returning();
      const [updated] = await tx
        .update(trainingRuns)
        .set({ status: 'succeeded', step: done.step, etaSeconds: 0, finishedAt: new Date() })
        .where(eq(trainingRuns.id, runId))
        .returning();
      return updated && model ? { run: updated, model } : undefined;
    });
    if (!finished) return;
    this.announce(finished.run, null);
    this.opts.onModelCreated?.(finished.model);
  }

  private async onExit(
    runId: number,
    active: ActiveRun,
    code: number | null,
    signal: NodeJS.Signals | null,
  ): Promise<void> {
    if (active.finished) return;
    if (active.shuttingDown) {
      await this.setFinal(runId, { status: 'interrupted', finishedAt: null });
      return;
    }
    const failure = active.failure ?? {
      code: 'WORKER_EXITED',
      message: `training worker exited (${signal ?? `code ${code}`}) before the run finished`,
    };
    await this.setFinal(runId, {
      status: 'failed',
      finishedAt: new Date(),
      errorCode: failure.code,
      errorMessage: failure.message,
    });
  }

  private async setFinal(runId: number, values: Partial<TrainingRunRow>): Promise<void> {
    const [run] = await this.db
      .update(trainingRuns)
      .set(values)
      .where(eq(trainingRuns.id, runId))
      .returning();
    if (run) this.announce(run, null);
  }

  private announce(run: TrainingRunRow, lossPoint: null): void {
    this.pubsub.publish('trainingRunUpdated', run);
    this.pubsub.publish('trainingProgress', { run, lossPoint });
  }
}

function send(child: ChildProcess, message: ToWorker): void {
  if (child.connected) child.send(message);
}
