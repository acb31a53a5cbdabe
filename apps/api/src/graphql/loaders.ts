/**
 * Per-request DataLoaders: every row a field resolver reads by id (or the one row per parent it reads, such
 * as a run's model) is batched into one query per kind and tick, and cached for the rest of the request. A
 * page of 100 inspections costs a handful of queries instead of several hundred (docs/API.md, DataLoader).
 * Made anew for each HTTP request and each WebSocket operation, so no row outlives the request that read it; a
 * subscription's loaders batch without caching, since one operation resolves events for as long as it lasts.
 */
import {
  type AnyColumn,
  asc,
  type CategoryRow,
  categories,
  type Database,
  type DatasetVersionRow,
  datasetVersions,
  desc,
  type EvaluationRow,
  evaluations,
  type InspectionRow,
  inArray,
  inspections,
  type ModelRow,
  models,
  type ScoreOutput,
  type SQL,
  type ThresholdRow,
  type TrainingRunRow,
  thresholds,
  trainingRuns,
} from '@destseg/db';
import DataLoader from 'dataloader';

export interface Loaders {
  category: DataLoader<number, CategoryRow | undefined>;
  datasetVersion: DataLoader<number, DatasetVersionRow | undefined>;
  run: DataLoader<number, TrainingRunRow | undefined>;
  model: DataLoader<number, ModelRow | undefined>;
  evaluation: DataLoader<number, EvaluationRow | undefined>;
  threshold: DataLoader<number, ThresholdRow | undefined>;
  inspection: DataLoader<number, InspectionRow | undefined>;
  /** The model a run saved, by run id (undefined until it succeeds). */
  modelOfRun: DataLoader<number, ModelRow | undefined>;
  /** The newest model of a category (the one inspections use), by category id. */
  activeModel: DataLoader<number, ModelRow | undefined>;
  /** The newest evaluation of a model, by model id. */
  latestEvaluation: DataLoader<number, EvaluationRow | undefined>;
  /** A category's dataset versions, oldest first. */
  datasetVersionsOf: DataLoader<number, DatasetVersionRow[]>;
  /** The threshold in force for a category, model and output (ThresholdService.active), by activeThresholdKey. */
  activeThreshold: DataLoader<string, ThresholdRow | undefined>;
  /** A category's thresholds, every model and output, newest version first. */
  thresholdsOf: DataLoader<number, ThresholdRow[]>;
}

/** The tables read by id (their `id` is the serial primary key). */
type TableWithId =
  | typeof categories
  | typeof datasetVersions
  | typeof trainingRuns
  | typeof models
  | typeof evaluations
  | typeof thresholds
  | typeof inspections;

/** The columns of a table that name a parent row by its serial id (a run, a category, a model). */
type ParentColumn<T extends TableWithId> = {
  [K in keyof T['$inferSelect'] & keyof T]: K extends 'id'
    ? never
    : T['$inferSelect'][K] extends number
      ? K
      : never;
}[keyof T['$inferSelect'] & keyof T];

export function activeThresholdKey(categoryId: number, modelId: number, output: ScoreOutput): string {
  return `${categoryId}:${modelId}:${output}`;
}

/** The rows of each key, in the order of `keys` (and of `rows` within a key). */
function groupedByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** The rows in the order of `keys`; undefined where no row has that key. */
function byKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): Array<R | undefined> {
  const found = new Map<K, R>();
  // Rows come newest first where that matters: the first row of a key wins.
  for (const row of rows) if (!found.has(keyOf(row))) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key));
}

export function createLoaders(db: Database, opts: { cache: boolean } = { cache: true }): Loaders {
  const ids = (keys: readonly number[]) => [...keys];
  const loader = <R>(batch: (keys: readonly number[]) => Promise<Array<R | undefined>>) =>
    new DataLoader<number, R | undefined>(batch, { cache: opts.cache });
  /** A table's rows by primary key, one `WHERE id IN (...)` per batch. */
  const rowsById = <T extends TableWithId>(table: T) =>
    loader<T['$inferSelect']>(async (keys) => {
      const rows = await db
        .select()
        .from(table as TableWithId)
        .where(inArray(table.id, ids(keys)));
      return byKey(keys, rows as T['$inferSelect'][], (r) => r.id);
    });
  /** A table's rows whose `parent` column holds one of `keys`, in `order`: one query per batch. */
  const rowsOfParents = async <T extends TableWithId>(
    table: T,
    parent: ParentColumn<T>,
    order: SQL,
    keys: readonly number[],
  ) =>
    (await db
      .select()
      .from(table as TableWithId)
      .where(inArray(table[parent] as AnyColumn, ids(keys)))
      .orderBy(order)) as T['$inferSelect'][];
  /** The first row (in `order`) of each parent key. */
  const firstOfParent = <T extends TableWithId>(table: T, parent: ParentColumn<T>, order: SQL) =>
    loader<T['$inferSelect']>(async (keys) =>
      byKey(keys, await rowsOfParents(table, parent, order, keys), (r) => r[parent] as number),
    );
  /** Every row (in `order`) of each parent key. */
  const listOfParent = <T extends TableWithId>(table: T, parent: ParentColumn<T>, order: SQL) =>
    new DataLoader<number, T['$inferSelect'][]>(
      async (keys) =>
        groupedByKey(keys, await rowsOfParents(table, parent, order, keys), (r) => r[parent] as number),
      { cache: opts.cache },
    );
  const thresholdsOf = listOfParent(thresholds, 'categoryId', desc(thresholds.version));
  return {
    category: rowsById(categories),
    datasetVersion: rowsById(datasetVersions),
    run: rowsById(trainingRuns),
    model: rowsById(models),
    evaluation: rowsById(evaluations),
    threshold: rowsById(thresholds),
    inspection: rowsById(inspections),
    modelOfRun: firstOfParent(models, 'runId', asc(models.id)),
    activeModel: firstOfParent(models, 'categoryId', desc(models.id)),
    latestEvaluation: firstOfParent(evaluations, 'modelId', desc(evaluations.id)),
    datasetVersionsOf: listOfParent(datasetVersions, 'categoryId', asc(datasetVersions.id)),
    // The threshold in force is the newest of its category's for that model and output: read from the
    // category's list, which a request that also shows the thresholds has loaded already.
    activeThreshold: new DataLoader(
      async (keys) => {
        const categoryIds = [...new Set(keys.map((key) => Number(key.split(':')[0])))];
        const rows = (await thresholdsOf.loadMany(categoryIds)).flatMap((list) => {
          if (list instanceof Error) throw list;
          return list;
        });
        return byKey(keys, rows, (r) => activeThresholdKey(r.categoryId, r.modelId, r.scoreOutput));
      },
      { cache: opts.cache },
    ),
    thresholdsOf,
  };
}
