/** Training runs: validated creation into the persisted queue, cancellation, listing and loss curves. */

import { OFFICIAL_RECIPE, resolveTrainConfig, type TrainConfig, TrainConfigError } from '@destseg/core';
import {
  and,
  arrayContains,
  asc,
  type CategoryRow,
  type Database,
  eq,
  ilike,
  type LossPointRow,
  lossPoints,
  type ModelRow,
  models,
  type RunStatus,
  type SQL,
  sql,
  type TrainingRunRow,
  trainingRuns,
} from '@destseg/db';
import type { PubSub } from '../events/pubsub.ts';
import type { TrainingQueue } from '../jobs/training-queue.ts';
import type { PlatformStorage } from '../storage/platform-storage.ts';
import { ApiError } from './api-error.ts';
import type { CategoryService } from './categories.ts';
import { type IdWindow, idWindowSql, pageOfRows, type RowPage } from './id-window.ts';
import { normalizeRunName, normalizeRunTags } from './run-labels.ts';

type TunableParam =
  | 'batchSize'
  | 'steps'
  | 'stage1Steps'
  | 'seed'
  | 'checkpointEvery'
  | 'lrStudent'
  | 'lrSegRes'
  | 'lrSegHead';

/** Training parameters a client may set; null or absent = the recipe's value. */
export type TrainingParamsInput = { [K in TunableParam]?: number | null } & {
  /** Checked by resolveTrainConfig: two integers 0 ≤ min ≤ max. */
  perlinScaleRange?: readonly number[] | null;
};

/** A run's name and tags as a client sends them; absent or null keeps (on update) or leaves unset (at start). */
export interface RunLabelsInput {
  name?: string | null;
  tags?: readonly string[] | null;
}

export type RunPage = RowPage<TrainingRunRow>;

/** The recipe's share of steps spent on stage 1 (1000 of 5000), used when only `steps` is given. */
const STAGE1_SHARE = 0.2;

export class TrainingRunService {
  constructor(
    private readonly db: Database,
    private readonly categories: CategoryService,
    private readonly queue: TrainingQueue,
    private readonly pubsub: PubSub,
    private readonly storage: PlatformStorage,
  ) {}

  async start(
    category: CategoryRow,
    input: TrainingParamsInput,
    labels: RunLabelsInput = {},
  ): Promise<TrainingRunRow> {
    const name = labels.name == null ? null : normalizeRunName(labels.name, ['input', 'name']);
    const tags = labels.tags == null ? [] : normalizeRunTags(labels.tags, ['input', 'tags']);
    const version = await this.categories.currentVersion(category);
    const overrides: Partial<TrainConfig> = {
      ...(stripNullish(input) as Partial<TrainConfig>),
      imageSize: category.imageSize,
      augmentation: category.augmentationGroup as TrainConfig['augmentation'],
    };
    if (input.steps != null && input.stage1Steps == null) {
      overrides.stage1Steps = Math.round(input.steps * STAGE1_SHARE);
    }
    // The recipe's batch (32) on a smaller training set: the whole set per batch instead.
    if (input.batchSize == null) {
      overrides.batchSize = Math.min(OFFICIAL_RECIPE.batchSize, version.trainCount);
    }
    let config: TrainConfig;
    try {
      config = resolveTrainConfig(overrides);
    } catch (error) {
      if (error instanceof TrainConfigError)
        throw new ApiError(error.code, error.message, ['input', 'params', error.param]);
      throw error;
    }
    if (config.batchSize > version.trainCount) {
      throw new ApiError(
        'CONFIG_INVALID',
        `batchSize ${config.batchSize} is larger than the ${version.trainCount} training images of '${category.name}'`,
        ['input', 'params', 'batchSize'],
      );
    }
    const run = await this.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(trainingRuns)
        .values({
          categoryId: category.id,
          datasetVersionId: version.id,
          name,
          tags,
          params: { ...config },
          totalSteps: config.steps,
          runDir: '',
        })
        .returning();
      if (!created) throw new Error('training run insert returned nothing');
      const [withDir] = await tx
        .update(trainingRuns)
        .set({ runDir: this.storage.runDir(created.id) })
        .where(eq(trainingRuns.id, created.id))
        .returning();
      // The run and its job commit together: no run without a job, no job without its run.
      await this.queue.enqueue(created.id, tx);
      return withDir ?? created;
    });
    this.pubsub.publish('trainingRunUpdated', run);
    return run;
  }

  async cancel(id: number): Promise<TrainingRunRow> {
    const existing = await this.byId(id);
    if (!existing) throw new ApiError('RUN_NOT_FOUND', 'no such training run', ['input', 'id']);
    const run = await this.queue.cancel(id);
    if (!run)
      throw new ApiError('RUN_FINISHED', `the run already ended (${existing.status})`, ['input', 'id']);
    return run;
  }

  /** Renames and retags a run (any status); fields left out keep their value. */
  async updateLabels(id: number, labels: RunLabelsInput): Promise<TrainingRunRow> {
    const changes: { name?: string | null; tags?: string[] } = {};
    if (labels.name != null) changes.name = normalizeRunName(labels.name, ['input', 'name']);
    if (labels.tags != null) changes.tags = normalizeRunTags(labels.tags, ['input', 'tags']);
    const [run] =
      Object.keys(changes).length === 0
        ? await this.db.select().from(trainingRuns).where(eq(trainingRuns.id, id)).limit(1)
        : await this.db.update(trainingRuns).set(changes).where(eq(trainingRuns.id, id)).returning();
    if (!run) throw new ApiError('RUN_NOT_FOUND', 'no such training run', ['input', 'id']);
    this.pubsub.publish('trainingRunUpdated', run);
    return run;
  }

  /** Every tag some run carries, sorted. */
  async tags(): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ tag: sql<string>`unnest(${trainingRuns.tags})`.as('tag') })
      .from(trainingRuns);
    return rows.map((row) => row.tag).sort((a, b) => a.localeCompare(b));
  }

  async byId(id: number): Promise<TrainingRunRow | undefined> {
    const [row] = await this.db.select().from(trainingRuns).where(eq(trainingRuns.id, id)).limit(1);
    return row;
  }

  /** One page of the matching runs, newest first. */
  async page(opts: {
    window: IdWindow;
    categoryId?: number | undefined;
    status?: RunStatus | undefined;
    tag?: string | undefined;
    /** Part of the name, any case. */
    search?: string | undefined;
  }): Promise<RunPage> {
    const w = idWindowSql(trainingRuns.id, opts.window);
    const where: SQL[] = [...w.where];
    if (opts.categoryId !== undefined) where.push(eq(trainingRuns.categoryId, opts.categoryId));
    if (opts.status !== undefined) where.push(eq(trainingRuns.status, opts.status));
    if (opts.tag !== undefined) where.push(arrayContains(trainingRuns.tags, [opts.tag]));
    if (opts.search !== undefined) where.push(ilike(trainingRuns.name, `%${escapeLike(opts.search)}%`));
    const rows = await this.db
      .select()
      .from(trainingRuns)
      .where(and(...where))
      .orderBy(w.orderBy)
      .limit(w.limit);
    return pageOfRows(rows, opts.window);
  }

  lossCurve(runId: number): Promise<LossPointRow[]> {
    return this.db.select().from(lossPoints).where(eq(lossPoints.runId, runId)).orderBy(asc(lossPoints.step));
  }

  async modelOf(runId: number): Promise<ModelRow | undefined> {
    const [row] = await this.db.select().from(models).where(eq(models.runId, runId)).limit(1);
    return row;
  }
}

/** `text` matched literally inside LIKE: its wildcards and the escape character escaped. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function stripNullish<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
