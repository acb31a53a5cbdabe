/**
 * Decision thresholds, versioned per category and tied to the model and the scoring output they were set for
 * (scores of different outputs are not comparable): a fixed value, the value that keeps false alarms on good
 * test images under a target rate, or the image-level F1-max point of the model's evaluation. Both derived
 * values come from the model's latest evaluation (the output's image scores and metrics), so setting a
 * threshold never runs the model in the API process.
 */
import {
  and,
  type CategoryRow,
  categories,
  type Database,
  desc,
  eq,
  type ModelRow,
  max,
  type ScoreOutput,
  type ThresholdMethod,
  type ThresholdRow,
  thresholds,
} from '@destseg/db';
import { ApiError } from './api-error.ts';
import type { EvaluationService } from './evaluations.ts';
import { SCORE_RANGE, thresholdForFalseAlarmRate } from './threshold-rules.ts';

export interface SetThresholdArgs {
  method: ThresholdMethod;
  value?: number | null | undefined;
  targetFalseAlarmRate?: number | null | undefined;
  reason?: string | null | undefined;
  setBy: string;
}

export class ThresholdService {
  constructor(
    private readonly db: Database,
    private readonly evaluations: EvaluationService,
  ) {}

  /**
   * The newest threshold set for this model of the category and this output; undefined: the default
   * applies.
   */
  async active(categoryId: number, modelId: number, output: ScoreOutput): Promise<ThresholdRow | undefined> {
    const [row] = await this.db
      .select()
      .from(thresholds)
      .where(
        and(
          eq(thresholds.categoryId, categoryId),
          eq(thresholds.modelId, modelId),
          eq(thresholds.scoreOutput, output),
        ),
      )
      .orderBy(desc(thresholds.version))
      .limit(1);
    return row;
  }

  forCategory(categoryId: number): Promise<ThresholdRow[]> {
    return this.db
      .select()
      .from(thresholds)
      .where(eq(thresholds.categoryId, categoryId))
      .orderBy(desc(thresholds.version));
  }

  async byId(id: number): Promise<ThresholdRow | undefined> {
    const [row] = await this.db.select().from(thresholds).where(eq(thresholds.id, id)).limit(1);
    return row;
  }

  async set(category: CategoryRow, model: ModelRow, args: SetThresholdArgs): Promise<ThresholdRow> {
    const value = await this.valueFor(category, model, args);
    return this.db.transaction(async (tx) => {
      // Versions are numbered per category: concurrent calls take the category's row lock in turn, so two
      // of them never read the same last version (which hit the unique index and answered INTERNAL).
      await tx
        .select({ id: categories.id })
        .from(categories)
        .where(eq(categories.id, category.id))
        .for('update');
      const [last] = await tx
        .select({ version: max(thresholds.version) })
        .from(thresholds)
        .where(eq(thresholds.categoryId, category.id));
      const [row] = await tx
        .insert(thresholds)
        .values({
          categoryId: category.id,
          modelId: model.id,
          version: (last?.version ?? 0) + 1,
          value,
          method: args.method,
          targetFalseAlarmRate:
            args.method === 'false_alarm_rate' ? (args.targetFalseAlarmRate ?? null) : null,
          scoreOutput: category.scoreOutput,
          setBy: args.setBy,
          reason: args.reason ?? null,
        })
        .returning();
      if (!row) throw new Error('threshold insert returned nothing');
      return row;
    });
  }

  private async valueFor(category: CategoryRow, model: ModelRow, args: SetThresholdArgs): Promise<number> {
    if (args.method === 'fixed') {
      const { min, max } = SCORE_RANGE;
      if (args.value == null || !Number.isFinite(args.value) || args.value < min || args.value > max) {
        throw new ApiError('INVALID_INPUT', `FIXED needs a value in ${min}..${max} (the score range)`, [
          'input',
          'value',
        ]);
      }
      return args.value;
    }
    if (args.method === 'false_alarm_rate') {
      const rate = args.targetFalseAlarmRate;
      if (rate == null || !(rate >= 0 && rate <= 1)) {
        throw new ApiError('INVALID_INPUT', 'FALSE_ALARM_RATE needs targetFalseAlarmRate in [0, 1]', [
          'input',
          'targetFalseAlarmRate',
        ]);
      }
      return thresholdForFalseAlarmRate(await this.goodScores(category, model), rate);
    }
    const overall = await this.evaluations.overallMetrics(category, model, category.scoreOutput);
    if (overall.imageF1Threshold == null) {
      throw new ApiError(
        'METRIC_UNDEFINED',
        'image F1-max is undefined: the test set needs defective images',
        ['input', 'method'],
      );
    }
    return overall.imageF1Threshold;
  }

  private async goodScores(category: CategoryRow, model: ModelRow): Promise<number[]> {
    const scores = await this.evaluations.testScores(category, model, category.scoreOutput);
    const good = scores.filter((s) => !s.defective);
    if (good.length === 0) {
      throw new ApiError(
        'DATASET_INVALID',
        `${category.datasetPath} has no good test images to measure false alarms on`,
        ['input', 'method'],
      );
    }
    return good.map((s) => s.score);
  }
}
