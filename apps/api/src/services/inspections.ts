/**
 * Inspections: one image through the category's active model, scored by the category's chosen output, a
 * verdict from the model's threshold for that output, the heatmap files, then the row. The row is written
 * last, so a failure at any step leaves nothing behind; a repeated clientToken returns the stored first
 * result.
 */
import { chooseOutput, type RgbImage } from '@destseg/core';
import {
  and,
  type CategoryRow,
  type Database,
  desc,
  eq,
  gte,
  type InspectionRow,
  inspections,
  lt,
  type SQL,
  type ThresholdRow,
  type Verdict,
} from '@destseg/db';
import type { PubSub } from '../events/pubsub.ts';
import type { ModelCache } from '../inference/model-cache.ts';
import { writeOutbox } from '../sinks/outbox.ts';
import type { HeatmapStore } from './heatmap-store.ts';
import type { ModelService } from './models.ts';
import { DEFAULT_THRESHOLD, verdictFor } from './threshold-rules.ts';
import type { ThresholdService } from './thresholds.ts';

export interface InspectArgs {
  partId?: string | null | undefined;
  lotId?: string | null | undefined;
  stationId?: string | null | undefined;
  clientToken?: string | null | undefined;
}

export interface InspectOutcome {
  inspection: InspectionRow;
  threshold: ThresholdRow | undefined;
  replayed: boolean;
}

export class InspectionService {
  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly models: ModelService,
    private readonly thresholds: ThresholdService,
    private readonly cache: ModelCache,
    private readonly heatmaps: HeatmapStore,
    /** Wakes the outbox dispatcher (MES outputs) after an inspection committed. */
    private readonly onOutboxWritten?: () => void,
  ) {}

  async byClientToken(token: string): Promise<InspectOutcome | undefined> {
    const [row] = await this.db.select().from(inspections).where(eq(inspections.clientToken, token)).limit(1);
    if (!row) return undefined;
    const threshold = row.thresholdId === null ? undefined : await this.thresholds.byId(row.thresholdId);
    return { inspection: row, threshold, replayed: true };
  }

  async inspect(category: CategoryRow, image: RgbImage, args: InspectArgs): Promise<InspectOutcome> {
    const model = await this.models.requireActive(category.id, category.name);
    const batcher = await this.cache.batcherFor(model);
    const prediction = await batcher.predict(image);
    const output = category.scoreOutput;
    const chosen = chooseOutput(prediction, output);
    const threshold = await this.thresholds.active(category.id, model.id, output);
    const thresholdValue = threshold?.value ?? DEFAULT_THRESHOLD;
    const heatmapKey = await this.heatmaps.write(image, chosen.map, prediction.size);
    let row: InspectionRow | undefined;
    try {
      // The inspection and its outbox messages (MES outputs) commit together.
      row = await this.db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(inspections)
          .values({
            categoryId: category.id,
            modelId: model.id,
            thresholdId: threshold?.id ?? null,
            thresholdValue,
            score: chosen.score,
            destScore: prediction.destScore,
            scoreOutput: output,
            verdict: verdictFor(chosen.score, thresholdValue),
            heatmapKey,
            width: image.width,
            height: image.height,
            partId: args.partId ?? null,
            lotId: args.lotId ?? null,
            stationId: args.stationId ?? null,
            clientToken: args.clientToken ?? null,
          })
          .onConflictDoNothing({ target: inspections.clientToken })
          .returning();
        if (inserted) await writeOutbox(tx, category, inserted);
        return inserted;
      });
    } catch (error) {
      await this.heatmaps.remove(heatmapKey);
      throw error;
    }
    if (!row) {
      // A concurrent call with the same clientToken won the race: its result is the first one.
      await this.heatmaps.remove(heatmapKey);
      const first = args.clientToken ? await this.byClientToken(args.clientToken) : undefined;
      if (!first) throw new Error('inspection insert conflicted but no row holds the clientToken');
      return first;
    }
    this.pubsub.publish('inspectionCreated', row);
    this.onOutboxWritten?.();
    return { inspection: row, threshold, replayed: false };
  }

  async byId(id: number): Promise<InspectionRow | undefined> {
    const [row] = await this.db.select().from(inspections).where(eq(inspections.id, id)).limit(1);
    return row;
  }

  async page(opts: {
    first: number;
    afterId?: number | undefined;
    categoryId?: number | undefined;
    verdict?: Verdict | undefined;
    since?: Date | undefined;
    partId?: string | undefined;
    lotId?: string | undefined;
    stationId?: string | undefined;
  }): Promise<{ rows: InspectionRow[]; hasNextPage: boolean }> {
    const where: SQL[] = [];
    if (opts.afterId !== undefined) where.push(lt(inspections.id, opts.afterId));
    if (opts.categoryId !== undefined) where.push(eq(inspections.categoryId, opts.categoryId));
    if (opts.verdict !== undefined) where.push(eq(inspections.verdict, opts.verdict));
    if (opts.since !== undefined) where.push(gte(inspections.createdAt, opts.since));
    if (opts.partId !== undefined) where.push(eq(inspections.partId, opts.partId));
    if (opts.lotId !== undefined) where.push(eq(inspections.lotId, opts.lotId));
    if (opts.stationId !== undefined) where.push(eq(inspections.stationId, opts.stationId));
    const rows = await this.db
      .select()
      .from(inspections)
      .where(and(...where))
      .orderBy(desc(inspections.id))
      .limit(opts.first + 1);
    return { rows: rows.slice(0, opts.first), hasNextPage: rows.length > opts.first };
  }
}
