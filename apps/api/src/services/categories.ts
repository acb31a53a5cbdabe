/** Categories and their dataset versions. */
import { resolve } from 'node:path';
import { augmentationGroupFor, DestsegError, type ThresholdPolicy } from '@destseg/core';
import {
  asc,
  type CategoryRow,
  categories,
  type Database,
  type DatasetVersionRow,
  datasetVersions,
  eq,
  type ScoreOutput,
  sql,
} from '@destseg/db';
import { ApiError } from './api-error.ts';
import { buildManifest, type DatasetManifest } from './dataset-manifest.ts';

export interface CreateCategoryArgs {
  name: string;
  datasetPath: string;
  imageSize: number;
  augmentationGroup?: 'none' | 'slight' | 'full' | undefined;
  scoreOutput?: ScoreOutput | undefined;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function categoryExists(name: string): ApiError {
  return new ApiError('CATEGORY_EXISTS', `a category named '${name}' already exists`, ['input', 'name']);
}

export class CategoryService {
  constructor(private readonly db: Database) {}

  list(): Promise<CategoryRow[]> {
    return this.db.select().from(categories).orderBy(asc(categories.name));
  }

  async byName(name: string): Promise<CategoryRow | undefined> {
    const [row] = await this.db.select().from(categories).where(eq(categories.name, name)).limit(1);
    return row;
  }

  async byId(id: number): Promise<CategoryRow | undefined> {
    const [row] = await this.db.select().from(categories).where(eq(categories.id, id)).limit(1);
    return row;
  }

  /** The category, or CATEGORY_NOT_FOUND against the given input field. */
  async require(name: string, field: readonly string[] = ['input', 'category']): Promise<CategoryRow> {
    const row = await this.byName(name);
    if (!row) throw new ApiError('CATEGORY_NOT_FOUND', `no category named '${name}'`, field);
    return row;
  }

  async create(args: CreateCategoryArgs): Promise<CategoryRow> {
    await this.checkNew(args);
    const datasetPath = resolve(args.datasetPath);
    // Scanning first rejects a folder that is not an MVTec-layout dataset before any row is written.
    const manifest = await buildManifest(datasetPath).catch((error: unknown) => {
      if (error instanceof DestsegError)
        throw new ApiError(error.code, error.message, ['input', 'datasetPath']);
      throw error;
    });
    return this.insert({ ...args, datasetPath }, manifest);
  }

  /** Refuses a name or image size that is not valid, or a name already taken, before any work is done. */
  async checkNew(args: Pick<CreateCategoryArgs, 'name' | 'imageSize'>): Promise<void> {
    if (!NAME.test(args.name)) {
      throw new ApiError(
        'INVALID_INPUT',
        'name must be 1-64 letters, digits, _ . or -, starting with a letter or digit',
        ['input', 'name'],
      );
    }
    if (
      !Number.isInteger(args.imageSize) ||
      args.imageSize < 32 ||
      args.imageSize > 1024 ||
      args.imageSize % 32 !== 0
    ) {
      throw new ApiError('INVALID_INPUT', 'imageSize must be a multiple of 32 between 32 and 1024', [
        'input',
        'imageSize',
      ]);
    }
    if (await this.byName(args.name)) throw categoryExists(args.name);
  }

  /** The category row and its first dataset version, in one transaction. */
  insert(args: CreateCategoryArgs, manifest: DatasetManifest): Promise<CategoryRow> {
    return this.db.transaction(async (tx) => {
      const [category] = await tx
        .insert(categories)
        .values({
          name: args.name,
          datasetPath: args.datasetPath,
          imageSize: args.imageSize,
          augmentationGroup: args.augmentationGroup ?? augmentationGroupFor(args.name),
          scoreOutput: args.scoreOutput ?? 'seg',
        })
        .onConflictDoNothing()
        .returning();
      if (!category) throw categoryExists(args.name);
      await tx.insert(datasetVersions).values({ categoryId: category.id, ...manifest });
      return category;
    });
  }

  async setScoreOutput(category: CategoryRow, scoreOutput: ScoreOutput): Promise<CategoryRow> {
    const [row] = await this.db
      .update(categories)
      .set({ scoreOutput })
      .where(eq(categories.id, category.id))
      .returning();
    if (!row) throw new Error(`category ${category.id} update returned nothing`);
    return row;
  }

  /** Chooses the category's threshold policy from now on; a manual threshold set before it no longer wins. */
  async setThresholdPolicy(category: CategoryRow, policy: ThresholdPolicy): Promise<CategoryRow> {
    const [row] = await this.db
      .update(categories)
      .set({
        thresholdPolicy: policy.kind,
        thresholdPolicyTargetFalseAlarmRate:
          policy.kind === 'false_alarm_rate' ? policy.targetFalseAlarmRate : null,
        thresholdPolicyQuantile: policy.kind === 'good_quantile' ? policy.quantile : null,
        // The database's clock, like the thresholds' createdAt it is compared with.
        thresholdPolicySetAt: sql`now()`,
      })
      .where(eq(categories.id, category.id))
      .returning();
    if (!row) throw new Error(`category ${category.id} update returned nothing`);
    return row;
  }

  /** The version matching the dataset's current content, frozen as a new version if it changed. */
  async currentVersion(category: CategoryRow): Promise<DatasetVersionRow> {
    const manifest = await buildManifest(category.datasetPath);
    await this.db
      .insert(datasetVersions)
      .values({ categoryId: category.id, ...manifest })
      .onConflictDoNothing();
    const rows = await this.versions(category.id);
    const row = rows.find((v) => v.contentHash === manifest.contentHash);
    if (!row) throw new Error(`dataset version ${manifest.contentHash} vanished after insert`);
    return row;
  }

  versions(categoryId: number): Promise<DatasetVersionRow[]> {
    return this.db
      .select()
      .from(datasetVersions)
      .where(eq(datasetVersions.categoryId, categoryId))
      .orderBy(asc(datasetVersions.id));
  }

  async version(id: number): Promise<DatasetVersionRow | undefined> {
    const [row] = await this.db.select().from(datasetVersions).where(eq(datasetVersions.id, id)).limit(1);
    return row;
  }
}
