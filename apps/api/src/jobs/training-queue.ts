/**
 * Training runs as `train` jobs. A run is enqueued in the same transaction as its row; whichever process
 * works `train` jobs (the API in the embedded setup, `destseg worker` elsewhere) claims the row, trains in a
 * child process and turns its events into loss points, run progress and published messages.
 *
 * The row and the job agree through one rule (`claim`): a first attempt starts a queued or interrupted row;
 * a retry (the previous attempt's claim is gone: its worker crashed, stopped heartbeating or shut down) also
 * takes a row left running, and resumes it from its last checkpoint. A row that was cancelled, finished or
 * claimed by someone else is left alone.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readLatest, type TrainEvent } from '@destseg/core';
import {
  and,
  categories,
  type Database,
  eq,
  inArray,
  lossPoints,
  type ModelRow,
  models,
  type RunStatus,
  type TrainingRunRow,
  trainingRuns,
} from '@destseg/db';
import type { PubSub } from '../events/pubsub.ts';
import { type Logger, rootLogger } from '../logging/logger.ts';
import { processEntry } from '../worker-entry.ts';
import { evaluateJobKey } from './evaluation-jobs.ts';
import type { JobQueue, JobTransaction, QueuedJob } from './job-queue.ts';
import type { FromWorker, StartTraining, ToWorker } from './training-protocol.ts';

export interface TrainingQueueOptions {
  teacher: string;
  /** Runs training at once in this process (one child process each). */
  concurrency: number;
  /** Called with the model of each run that succeeds in this process (after the run is announced). */
  onModelCreated?: (model: ModelRow) => void;
  /** How long a stopping worker may take to checkpoint before it is killed. */
  stopGraceMs?: number;
  log?: Logger;
}

interface ActiveRun {
  child: ChildProcess;
  /** The process is shutting down: the run ends as interrupted and its job is retried elsewhere. */
  shuttingDown: boolean;
  /** pg-boss took the claim back (missed heartbeats): another worker owns the row now. */
  claimLost: boolean;
  failure: { code: string; message: string } | null;
  finished: boolean;
  /** Worker events are applied one after another, in order. */
  chain: Promise<void>;
  exited: Promise<void>;
}

/** The job is retried: the run stays interrupted (or running, for a lost claim) until the next attempt. */
export class TrainingInterrupted extends Error {}

const WORKER_ENTRY = processEntry(import.meta.url, 'training-worker');
const STARTABLE: RunStatus[] = ['queued', 'interrupted'];

export const trainJobKey = (runId: number) => `run-${runId}`;

export class TrainingQueue {
  private readonly active = new Map<number, ActiveRun>();
  private readonly log: Logger;

  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly jobs: JobQueue,
    private readonly opts: TrainingQueueOptions,
  ) {
    this.log = opts.log ?? rootLogger();
  }

  /** Enqueues the run's job inside the transaction that creates the row. */
  async enqueue(runId: number, tx: JobTransaction): Promise<void> {
    await this.jobs.enqueue('train', { runId }, trainJobKey(runId), tx);
  }

  /** Starts working `train` jobs in this process. */
  async work(): Promise<void> {
    await this.jobs.work('train', (job) => this.runJob(job), this.opts.concurrency);
  }

  /**
   * Records a cancel request. A run not yet claimed is cancelled at once; a running one stops after its
   * current step (here at once, on another worker at its next step, when it reads the request).
   */
  async cancel(runId: number): Promise<TrainingRunRow | undefined> {
    const [run] = await this.db
      .update(trainingRuns)
      .set({ cancelRequested: true })
      .where(and(eq(trainingRuns.id, runId), inArray(trainingRuns.status, [...STARTABLE, 'running'])))
      .returning();
    if (!run) return undefined;
    const active = this.active.get(runId);
    if (active) send(active.child, { type: 'stop' });
    if (run.status === 'running') return run;
    const [cancelled] = await this.db
      .update(trainingRuns)
      .set({ status: 'cancelled', finishedAt: new Date() })
      .where(and(eq(trainingRuns.id, runId), inArray(trainingRuns.status, STARTABLE)))
      .returning();
    if (cancelled) this.announce(cancelled);
    return cancelled ?? run;
  }

  /** Stops taking jobs, then stops every worker (each checkpoints first, within the grace period). */
  async stop(): Promise<void> {
    await this.jobs.stopWorking('train');
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

  /** Ids of runs training in this process (for tests and diagnostics). */
  runningIds(): number[] {
    return [...this.active.keys()];
  }

  /** Takes the row for this attempt, or returns undefined when it is not this job's to run. */
  private async claim(job: QueuedJob<'train'>): Promise<TrainingRunRow | undefined> {
    const [row] = await this.db.select().from(trainingRuns).where(eq(trainingRuns.id, job.data.runId));
    if (!row) return undefined;
    const retry = job.retryCount > 0;
    const claimable = STARTABLE.includes(row.status) || (retry && row.status === 'running');
    if (!claimable) return undefined;
    if (row.cancelRequested) {
      const [cancelled] = await this.db
        .update(trainingRuns)
        .set({ status: 'cancelled', finishedAt: new Date() })
        .where(and(eq(trainingRuns.id, row.id), eq(trainingRuns.status, row.status)))
        .returning();
      if (cancelled) this.announce(cancelled);
      return undefined;
    }
    const resumed = row.status !== 'queued';
    // The status in the WHERE makes the claim atomic against a concurrent cancel or claim.
    const [claimed] = await this.db
      .update(trainingRuns)
      .set({
        status: 'running',
        startedAt: row.startedAt ?? new Date(),
        resumeCount: resumed ? row.resumeCount + 1 : row.resumeCount,
      })
      .where(
        and(
          eq(trainingRuns.id, row.id),
          eq(trainingRuns.status, row.status),
          eq(trainingRuns.cancelRequested, false),
        ),
      )
      .returning();
    return claimed;
  }

  private async runJob(job: QueuedJob<'train'>): Promise<object> {
    const run = await this.claim(job);
    if (!run) return { skipped: true };
    if (run.resumeCount > 0) {
      this.log.info(
        { event: 'run.recovered', runId: run.id, step: run.step, attempt: job.retryCount + 1 },
        `training run ${run.id} resumes from its last checkpoint (attempt ${job.retryCount + 1})`,
      );
    }
    this.announce(run);
    // A run that never wrote a checkpoint starts over; one that did continues exactly where it stopped.
    const resume = (await readLatest(run.runDir).catch(() => null)) !== null;
    const child = fork(WORKER_ENTRY.path, [], {
      execArgv: WORKER_ENTRY.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let onExit: () => void = () => {};
    const active: ActiveRun = {
      child,
      shuttingDown: false,
      claimLost: false,
      failure: null,
      finished: false,
      chain: Promise.resolve(),
      exited: new Promise<void>((resolve) => (onExit = resolve)),
    };
    this.active.set(run.id, active);
    const onClaimLost = () => {
      active.claimLost = true;
      send(child, { type: 'stop' });
    };
    job.signal.addEventListener('abort', onClaimLost, { once: true });
    child.on('message', (message: FromWorker) => {
      active.chain = active.chain
        .then(() => this.onMessage(run.id, active, message))
        .catch((err: unknown) => this.log.error({ event: 'run.error', runId: run.id, err }, 'training run'));
    });
    let outcome: Promise<object> = Promise.resolve({});
    child.on('exit', (code, signal) => {
      outcome = active.chain.then(() => this.onExit(run.id, job, active, code, signal));
      outcome
        .catch(() => {})
        .finally(() => {
          job.signal.removeEventListener('abort', onClaimLost);
          this.active.delete(run.id);
          onExit();
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
    await active.exited;
    return outcome;
  }

  private async onMessage(runId: number, active: ActiveRun, message: FromWorker): Promise<void> {
    if (active.claimLost) return;
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
      if (run) this.announce(run);
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
      // A cancel asked on another instance reaches this worker through the row.
      if (run?.cancelRequested) send(active.child, { type: 'stop' });
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
    // The model row, the run's success and the model's evaluation job land together.
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
      if (model) {
        await this.jobs.enqueue(
          'evaluate',
          { modelId: model.id, automatic: true },
          evaluateJobKey(model.id),
          tx,
        );
      }
      return updated && model ? { run: updated, model } : undefined;
    });
    if (!finished) return;
    this.announce(finished.run);
    this.opts.onModelCreated?.(finished.model);
  }

  /** Settles the job: returns when the run reached an end, throws (pg-boss retries) when it must go on. */
  private async onExit(
    runId: number,
    job: QueuedJob<'train'>,
    active: ActiveRun,
    code: number | null,
    signal: NodeJS.Signals | null,
  ): Promise<object> {
    if (active.claimLost) throw new TrainingInterrupted(`training run ${runId}: the job's claim was lost`);
    if (active.finished && !active.shuttingDown) return { runId };
    if (active.shuttingDown) {
      await this.setFinal(runId, { status: 'interrupted', finishedAt: null });
      throw new TrainingInterrupted(`training run ${runId} was interrupted by a shutdown`);
    }
    if (active.finished) return { runId };
    // An engine error (bad dataset, wrong teacher) fails the run: trying again cannot help.
    if (active.failure) {
      await this.setFinal(runId, {
        status: 'failed',
        finishedAt: new Date(),
        errorCode: active.failure.code,
        errorMessage: active.failure.message,
      });
      return { runId, failed: active.failure.code };
    }
    const message = `training worker exited (${signal ?? `code ${code}`}) before the run finished`;
    if (job.retryCount >= job.retryLimit) {
      await this.setFinal(runId, {
        status: 'failed',
        finishedAt: new Date(),
        errorCode: 'WORKER_EXITED',
        errorMessage: message,
      });
      return { runId, failed: 'WORKER_EXITED' };
    }
    await this.setFinal(runId, { status: 'interrupted', finishedAt: null });
    throw new TrainingInterrupted(message);
  }

  private async setFinal(runId: number, values: Partial<TrainingRunRow>): Promise<void> {
    const [run] = await this.db
      .update(trainingRuns)
      .set(values)
      .where(and(eq(trainingRuns.id, runId), eq(trainingRuns.status, 'running')))
      .returning();
    if (run) this.announce(run);
  }

  private announce(run: TrainingRunRow): void {
    this.pubsub.publish('trainingRunUpdated', run);
    this.pubsub.publish('trainingProgress', { run, lossPoint: null });
  }
}

function send(child: ChildProcess, message: ToWorker): void {
  if (child.connected) child.send(message);
}
