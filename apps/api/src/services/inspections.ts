/**
 * Inspections: one image through the category's active model, scored by the category's chosen output, a
 * verdict from the model's threshold for that output, the inspection's files (the upload and the scoring
 * map; its PNGs are drawn when first asked for), then the row. The row is written last, so a failure at
 * any step leaves nothing behind; a repeated clientToken returns the stored first
 * result when the request is the same, and is a CONFLICT otherwise.
 */
import { scoreOutputMap } from '@destseg/core';
import { DEFAULT_THRESHOLD } from '@destseg/core/recipes';
import {
  and,
  type CategoryRow,
  count,
  type Database,
  eq,
  gte,
  type InspectionRow,
  inArray,
  inspections,
  type ModelRow,
  type SQL,
  type ThresholdRow,
} from '@destseg/db';
import type { InspectionFilter } from '@destseg/schema';
import type { PubSub } from '../events/pubsub.ts';
import type { ModelCache } from '../inference/model-cache.ts';
import type { JobTransaction } from '../jobs/job-queue.ts';
import type { ApiMetrics } from '../metrics/api-metrics.ts';
import { enabledSinkIds, writeOutbox } from '../sinks/outbox.ts';
import { ApiError } from './api-error.ts';
import { type IdWindow, idWindowSql, pageOfRows, type RowPage } from './id-window.ts';
import { type DecodedUpload, requireDecoded } from './image-input.ts';
import type { InspectionFileStore } from './inspection-file-store.ts';
import type { ModelService } from './models.ts';
import { verdictFor } from './threshold-rules.ts';
import type { ThresholdService } from './thresholds.ts';

/** See sweepOrphanFiles: far longer than any inspection takes from its files to its row. */
export const ORPHAN_GRACE_MS = 10 * 60_000;

export interface InspectArgs {
  partId?: string | null | undefined;
  lotId?: string | null | undefined;
  stationId?: string | null | undefined;
  clientToken?: string | null | undefined;
  /** inspectRequestHash of the request, kept with its clientToken. */
  requestHash?: string | undefined;
}

export interface InspectOutcome {
  inspection: InspectionRow;
  /** The model that scored it (undefined for a replay: the resolver loads it). */
  model?: ModelRow;
  threshold: ThresholdRow | undefined;
  replayed: boolean;
}

/** A category named in the request, its row still being read. */
export interface CategoryLookup {
  name: string;
  row: Promise<CategoryRow>;
}

/** Category names whose image size is remembered (see `inspect`). */
const SIZE_HINTS = 1000;

export class InspectionService {
  /** The image size of each category inspected by name here, last seen: the size an upload is first decoded to. */
  private readonly sizeByName = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly models: ModelService,
    private readonly thresholds: ThresholdService,
    private readonly cache: ModelCache,
    private readonly files: InspectionFileStore,
    private readonly metrics: ApiMetrics,
    /** Decodes an upload and resizes it to a model size (the pixel pool's, off the event loop). */
    private readonly decode: (upload: Uint8Array, size: number) => Promise<DecodedUpload>,
    /** Wakes the outbox dispatcher (MES outputs) after an inspection committed. */
    private readonly onOutboxWritten?: () => void,
  ) {}

  /**
   * The first result of a clientToken, when the request is the same (`requestHash`); the token reused for
   * another request is a CONFLICT.
   */
  async byClientToken(token: string, requestHash: string): Promise<InspectOutcome | undefined> {
    const [row] = await this.db.select().from(inspections).where(eq(inspections.clientToken, token)).limit(1);
    if (!row) return undefined;
    if (row.requestHash !== null && row.requestHash !== requestHash) {
      throw new ApiError(
        'CONFLICT',
        'this clientToken was used for a different request (category, image, part, lot or station)',
        ['input', 'clientToken'],
      );
    }
    const threshold = row.thresholdId === null ? undefined : await this.thresholds.byId(row.thresholdId);
    return { inspection: row, threshold, replayed: true };
  }

  /**
   * `upload` is the image file's bytes (moved to the pixel pool: unusable here afterwards). The image is
   * checked before the model is looked for, so a bad image is refused as such on any category.
   */
  async inspect(
    categoryOrLookup: CategoryRow | CategoryLookup,
    upload: Uint8Array,
    args: InspectArgs,
  ): Promise<InspectOutcome> {
    // A category still being read by name: the upload is decoded meanwhile, at the size that category had
    // at its last inspection here. A category's size is fixed when it is created; should the row say
    // otherwise (a database replaced under a running API), the upload is decoded again at the row's size.
    const lookup = 'row' in categoryOrLookup ? categoryOrLookup : undefined;
    // Awaited below; handled now, should a step before that fail.
    lookup?.row.catch(() => {});
    const hinted = lookup ? this.sizeByName.get(lookup.name) : undefined;
    const early = hinted === undefined ? undefined : this.timedDecode(upload, hinted);
    // Awaited below unless the category lookup fails first.
    early?.catch(() => {});
    const category = lookup ? await lookup.row : (categoryOrLookup as CategoryRow);
    if (lookup) this.rememberSize(lookup.name, category.imageSize);
    const decodeAtSize = async (): Promise<DecodedUpload> => {
      if (!early) return this.timedDecode(upload, category.imageSize);
      const first = await early;
      return !first.ok || hinted === category.imageSize
        ? first
        : this.timedDecode(first.upload, category.imageSize);
    };
    // The upload is decoded to the category's size while its active model is looked up; a model of another
    // size (none is, unless its category's size was changed after training) gets its own resize.
    const [active, decoded] = await Promise.all([this.models.active(category.id), decodeAtSize()]);
    let { width, height, modelInput, upload: uploaded } = requireDecoded(decoded);
    const model = active ?? (await this.models.requireActive(category.id, category.name));
    if (model.imageSize !== category.imageSize) {
      ({
        width,
        height,
        modelInput,
        upload: uploaded,
      } = requireDecoded(await this.timedDecode(uploaded, model.imageSize)));
    }
    const output = category.scoreOutput;
    // Neither the threshold, the sinks nor the upload's file depends on the prediction: they are done while
    // the model runs, and the map's file is written as soon as the map is there.
    const predicted = this.metrics.timed('predict', () => this.cache.predict(model, modelInput));
    const scored = predicted.then((prediction) => scoreOutputMap(prediction, output));
    const written = this.files.write(
      uploaded,
      scored.then((chosen) => chosen.map),
    );
    // Awaited below unless the prediction fails first; write() then removes what it wrote.
    written.catch(() => {});
    const [prediction, threshold, sinkIds] = await Promise.all([
      predicted,
      this.thresholds.active(category.id, model.id, output),
      enabledSinkIds(this.db, category.id),
    ]);
    const chosen = await scored;
    const thresholdValue = threshold?.value ?? DEFAULT_THRESHOLD;
    // What the files take after the prediction.
    const heatmapKey = await this.metrics.timed('files', () => written);
    let row: InspectionRow | undefined;
    let outboxMessages = 0;
    const values: typeof inspections.$inferInsert = {
      categoryId: category.id,
      modelId: model.id,
      thresholdId: threshold?.id ?? null,
      thresholdValue,
      score: chosen.score,
      destScore: prediction.destScore,
      scoreOutput: output,
      verdict: verdictFor(chosen.score, thresholdValue),
      heatmapKey,
      width,
      height,
      partId: args.partId ?? null,
      lotId: args.lotId ?? null,
      stationId: args.stationId ?? null,
      clientToken: args.clientToken ?? null,
      requestHash: args.clientToken ? (args.requestHash ?? null) : null,
    };
    // A repeated clientToken inserts nothing (the first result is returned below).
    const insert = async (q: Database | JobTransaction) =>
      (
        await q
          .insert(inspections)
          .values(values)
          .onConflictDoNothing({ target: inspections.clientToken })
          .returning()
      )[0];
    try {
      // With sinks, the inspection and its outbox messages (MES outputs) commit together; without, the
      // row is one statement.
      row = await this.metrics.timed('store', () =>
        sinkIds.length === 0
          ? insert(this.db)
          : this.db.transaction(async (tx) => {
              const inserted = await insert(tx);
              if (inserted) outboxMessages = await writeOutbox(tx, category, inserted, sinkIds);
              return inserted;
            }),
      );
    } catch (error) {
      await this.files.remove(heatmapKey);
      throw error;
    }
    if (!row) {
      // A concurrent call with the same clientToken won the race: its result is the first one.
      await this.files.remove(heatmapKey);
      const first = args.clientToken
        ? await this.byClientToken(args.clientToken, args.requestHash ?? '')
        : undefined;
      if (!first) throw new Error('inspection insert conflicted but no row holds the clientToken');
      return first;
    }
    this.pubsub.publish('inspectionCreated', row);
    this.metrics.countInspection(row.verdict);
    if (outboxMessages > 0) this.onOutboxWritten?.();
    return { inspection: row, model, threshold, replayed: false };
  }

  private timedDecode(upload: Uint8Array, size: number): Promise<DecodedUpload> {
    return this.metrics.timed('decode', () => this.decode(upload, size));
  }

  /** Bounded: names that stop being inspected are forgotten when the map is full. */
  private rememberSize(name: string, size: number): void {
    if (this.sizeByName.size >= SIZE_HINTS && !this.sizeByName.has(name)) this.sizeByName.clear();
    this.sizeByName.set(name, size);
  }

  /**
   * Removes the inspection files that no inspection row names and that were last written more
   * than ORPHAN_GRACE_MS before `startedAt`: what a crash between the files and the row left. Run at
   * start-up. The grace matters when instances share the storage: another instance's inspection in
   * flight has its files but not yet its row, and must not lose them to this instance's start; an orphan
   * younger than the grace goes at a later start.
   */
  sweepOrphanFiles(startedAt: Date): Promise<string[]> {
    return this.files.sweepOrphans(new Date(startedAt.getTime() - ORPHAN_GRACE_MS), async (keys) => {
      const kept = new Set<string>();
      for (let i = 0; i < keys.length; i += 500) {
        const rows = await this.db
          .select({ key: inspections.heatmapKey })
          .from(inspections)
          .where(inArray(inspections.heatmapKey, keys.slice(i, i + 500)));
        for (const row of rows) kept.add(row.key);
      }
      return kept;
    });
  }

  async byId(id: number): Promise<InspectionRow | undefined> {
    const [row] = await this.db.select().from(inspections).where(eq(inspections.id, id)).limit(1);
    return row;
  }

  /** One page of the matching inspections, newest first. */
  async page(opts: InspectionFilter & { window: IdWindow }): Promise<RowPage<InspectionRow>> {
    const w = idWindowSql(inspections.id, opts.window);
    const rows = await this.db
      .select()
      .from(inspections)
      .where(and(...filterConditions(opts), ...w.where))
      .orderBy(w.orderBy)
      .limit(w.limit);
    return pageOfRows(rows, opts.window);
  }

  /** How many inspections match the filters. */
  async count(filter: InspectionFilter): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(inspections)
      .where(and(...filterConditions(filter)));
    return row?.n ?? 0;
  }
}

function filterConditions(opts: InspectionFilter): SQL[] {
  const where: SQL[] = [];
  if (opts.categoryId !== undefined) where.push(eq(inspections.categoryId, opts.categoryId));
  if (opts.verdict !== undefined) where.push(eq(inspections.verdict, opts.verdict));
  if (opts.since !== undefined) where.push(gte(inspections.createdAt, opts.since));
  if (opts.partId !== undefined) where.push(eq(inspections.partId, opts.partId));
  if (opts.lotId !== undefined) where.push(eq(inspections.lotId, opts.lotId));
  if (opts.stationId !== undefined) where.push(eq(inspections.stationId, opts.stationId));
  return where;
}
