/**
 * The platform's one job model: training (with its ONNX export), evaluation and the ONNX export of a model
 * that has none are pg-boss jobs in the platform database,
 * on PostgreSQL (any number of API instances and workers) and on the embedded PGlite alike. pg-boss gives
 * each job a claim kept alive by a heartbeat, capped retries with backoff, and hands the job of a worker
 * that stopped heartbeating to the next worker that asks.
 */
import type { Database, DatabaseHandle } from '@destseg/db';
import { sql } from '@destseg/db';
import {
  type DrizzleTransactionLike,
  fromDrizzle,
  fromPglite,
  type JobWithMetadata,
  PgBoss,
  type Queue,
} from 'pg-boss';

export const JOB_KINDS = ['train', 'evaluate', 'export'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface JobData {
  train: { runId: number };
  /** automatic: asked by a finished training run, skipped when the category has no test images. */
  evaluate: { modelId: number; automatic?: boolean };
  export: { modelId: number };
}

/** A transaction of the platform database, to enqueue a job together with the rows that describe it. */
export type JobTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type QueuedJob<K extends JobKind> = JobWithMetadata<JobData[K]>;

const WAIT_POLL_MS = 250;

export interface JobQueueTiming {
  /** A claim whose heartbeat is older than this is taken back and the job retried (pg-boss minimum 10). */
  heartbeatSeconds: number;
  /** How often each pg-boss instance looks for expired claims. */
  superviseIntervalSeconds: number;
  /** How often an idle worker asks for a job. */
  pollingIntervalSeconds: number;
}

/** Timing for a heartbeat: a lost claim is noticed within 1.5 heartbeats. */
export function jobTiming(heartbeatSeconds: number): JobQueueTiming {
  return {
    heartbeatSeconds,
    superviseIntervalSeconds: Math.max(1, Math.floor(heartbeatSeconds / 2)),
    pollingIntervalSeconds: 1,
  };
}

/** Retries are for crashes and lost workers; an engine error (bad dataset) ends the job without one. */
function queueOptions(kind: JobKind, timing: JobQueueTiming): Omit<Queue, 'name'> {
  return {
    // Only one job per key (a run, a model) may be queued or active at a time.
    policy: 'exclusive',
    heartbeatSeconds: timing.heartbeatSeconds,
    // The heartbeat, not this, detects a dead worker. pg-boss caps it at a day: a longer training run is
    // retried then, which resumes it exactly from its last checkpoint.
    expireInSeconds: kind === 'train' ? 24 * 3600 : 6 * 3600,
    retryLimit: 5,
    retryDelay: 2,
    retryBackoff: true,
    retryDelayMax: 120,
  };
}

export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly timing: JobQueueTiming,
  ) {}

  static async open(
    database: DatabaseHandle,
    log: (message: string) => void,
    timing: JobQueueTiming,
  ): Promise<JobQueue> {
    const common = {
      superviseIntervalSeconds: timing.superviseIntervalSeconds,
      monitorIntervalSeconds: timing.superviseIntervalSeconds,
      schedule: false,
      openTelemetry: { enabled: false },
    };
    const boss = database.pglite
      ? new PgBoss({ ...common, db: fromPglite(database.pglite), backend: 'pglite' })
      : new PgBoss({ ...common, connectionString: database.url, max: 4 });
    boss.on('error', (error: unknown) => log(`job queue: ${String(error)}`));
    await boss.start();
    for (const kind of JOB_KINDS) {
      const options = queueOptions(kind, timing);
      if (await boss.getQueue(kind)) await boss.updateQueue(kind, { retryLimit: options.retryLimit });
      else await boss.createQueue(kind, options);
    }
    const queue = new JobQueue(boss, timing);
    // Only one process can open an embedded database, so a job active there was held by a process that
    // crashed: it is retried now instead of after its heartbeat lapses.
    if (database.pglite) await queue.retryActiveJobs(log);
    return queue;
  }

  private async retryActiveJobs(log: (message: string) => void): Promise<void> {
    for (const kind of JOB_KINDS) {
      const orphans = (await this.boss.findJobs(kind, {})).filter((j) => j.state === 'active');
      if (orphans.length === 0) continue;
      log(`job queue: retrying ${orphans.length} ${kind} job(s) a crashed process left active`);
      await this.boss.fail(
        kind,
        orphans.map((j) => ({ id: j.id, retryCount: j.retryCount })),
        { message: 'the process holding the job crashed' },
      );
    }
  }

  /** Enqueues a job keyed by `key`; inside `tx` it commits or rolls back with the caller's rows. */
  async enqueue<K extends JobKind>(
    kind: K,
    data: JobData[K],
    key: string,
    tx?: JobTransaction,
  ): Promise<string | null> {
    return this.boss.send(kind, data, {
      singletonKey: key,
      ...(tx ? { db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) } : {}),
    });
  }

  /** Runs `handler` for each job of the kind, one at a time per call; a throw retries the job. */
  async work<K extends JobKind>(
    kind: K,
    handler: (job: QueuedJob<K>) => Promise<object | undefined>,
    concurrency = 1,
  ): Promise<void> {
    await this.boss.work<JobData[K]>(
      kind,
      {
        pollingIntervalSeconds: this.timing.pollingIntervalSeconds,
        includeMetadata: true,
        localConcurrency: concurrency,
      },
      async ([job]) => (job ? handler(job as QueuedJob<K>) : undefined),
    );
  }

  /**
   * Enqueues the keyed job, or joins the one already queued or running under the key, and resolves with
   * its output once it completes. Rejects if it fails for good, or when `closing` is aborted.
   */
  async run<K extends JobKind>(
    kind: K,
    data: JobData[K],
    key: string,
    closing: AbortSignal,
  ): Promise<object> {
    const id = (await this.enqueue(kind, data, key)) ?? (await this.pendingId(kind, key));
    if (!id) throw new Error(`${kind} job ${key} could not be enqueued`);
    for (;;) {
      if (closing.aborted) throw new Error('the server is stopping');
      const job = await this.boss.getJobById(kind, id);
      if (!job) throw new Error(`${kind} job ${key} disappeared`);
      if (job.state === 'completed') return job.output ?? {};
      if (job.state === 'failed' || job.state === 'cancelled') {
        const output = job.output as { message?: string } | null;
        throw new Error(`${kind} job ${key} ${job.state}: ${output?.message ?? 'no detail'}`);
      }
      await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
    }
  }

  private async pendingId(kind: JobKind, key: string): Promise<string | undefined> {
    const jobs = await this.boss.findJobs(kind, { key });
    return jobs.find((j) => j.state === 'created' || j.state === 'retry' || j.state === 'active')?.id;
  }

  /** Stops taking new jobs of the kind (jobs in hand keep running). */
  async stopWorking(kind: JobKind): Promise<void> {
    await this.boss.offWork(kind, { wait: false });
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5000, close: true });
  }
}
