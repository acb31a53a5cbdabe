/**
 * Decision thresholds, versioned per category and tied to the model and the scoring output they were set for
 * (scores of different outputs are not comparable). A threshold is a fixed value or is picked by one of the
 * engine's threshold policies (core's pickThreshold) on the image scores of the model's latest evaluation, so
 * setting one never runs the model in the API process.
 *
 * After every evaluation the category's policy sets a new version (setBy 'auto'), unless a manual threshold
 * for that model and output was set after the policy was last chosen: a manual threshold wins until the next
 * policy change.
 */
import {
  DestsegError,
  isDestsegError,
  pickThreshold,
  type ThresholdPick,
  type ThresholdPolicy,
  thresholdPolicy,
} from '@destseg/core';
import {
  and,
  type CategoryRow,
  categories,
  type Database,
  desc,
  type EvaluationRow,
  eq,
  type ModelRow,
  max,
  type ScoreOutput,
  type ThresholdMethod,
  type ThresholdRow,
  thresholds,
} from '@destseg/db';
import { ApiError } from './api-error.ts';
import type { CategoryService } from './categories.ts';
import type { EvaluationService, TestScores } from './evaluations.ts';
import { SCORE_RANGE } from './threshold-rules.ts';

/** `setBy` of the thresholds a category's policy sets; API key names never read so (see api-keys.ts). */
export const AUTO_SETTER = 'auto';

export interface SetThresholdArgs {
  method: ThresholdMethod;
  value?: number | null | undefined;
  targetFalseAlarmRate?: number | null | undefined;
  quantile?: number | null | undefined;
  reason?: string | null | undefined;
  setBy: string;
}

/** The category's stored policy with its parameter. */
export function policyOf(category: CategoryRow): ThresholdPolicy {
  return thresholdPolicy(category.thresholdPolicy, {
    targetFalseAlarmRate: category.thresholdPolicyTargetFalseAlarmRate,
    quantile: category.thresholdPolicyQuantile,
  });
}

/** A policy from mutation input; a parameter outside [0, 1] is INVALID_INPUT on that field. */
export function policyFromInput(
  kind: ThresholdPolicy['kind'],
  input: { targetFalseAlarmRate?: number | null | undefined; quantile?: number | null | undefined },
): ThresholdPolicy {
  try {
    return thresholdPolicy(kind, input);
  } catch (error) {
    if (!isDestsegError(error)) throw error;
    const field = kind === 'false_alarm_rate' ? 'targetFalseAlarmRate' : 'quantile';
    throw new ApiError('INVALID_INPUT', error.message, ['input', field]);
  }
}

export class ThresholdService {
  constructor(
    private readonly db: Database,
    private readonly evaluations: EvaluationService,
    private readonly categories: CategoryService,
    private readonly log: (message: string) => void,
  ) {
    evaluations.onStored((category, model, evaluation) => this.applyPolicyAfter(category, model, evaluation));
  }

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

  async byId(id: number): Promise<ThresholdRow | undefined> {
    const [row] = await this.db.select().from(thresholds).where(eq(thresholds.id, id)).limit(1);
    return row;
  }

  /** A threshold set by hand: a fixed value, or a policy's pick on the model's latest evaluation. */
  async set(category: CategoryRow, model: ModelRow, args: SetThresholdArgs): Promise<ThresholdRow> {
    if (args.method === 'fixed') {
      const { min, max } = SCORE_RANGE;
      if (args.value == null || !Number.isFinite(args.value) || args.value < min || args.value > max) {
        throw new ApiError('INVALID_INPUT', `FIXED needs a value in ${min}..${max} (the score range)`, [
          'input',
          'value',
        ]);
      }
      return this.insert(category, model, { value: args.value, method: 'fixed' }, args);
    }
    // Set by hand, a derived threshold names its parameter: no default is assumed for it.
    if (args.method === 'false_alarm_rate' && args.targetFalseAlarmRate == null) {
      throw new ApiError('INVALID_INPUT', 'FALSE_ALARM_RATE needs targetFalseAlarmRate in [0, 1]', [
        'input',
        'targetFalseAlarmRate',
      ]);
    }
    if (args.method === 'good_quantile' && args.quantile == null) {
      throw new ApiError('INVALID_INPUT', 'GOOD_QUANTILE needs quantile in [0, 1]', ['input', 'quantile']);
    }
    const policy = policyFromInput(args.method, args);
    const scores = await this.evaluations.testScores(category, model, category.scoreOutput);
    return this.insert(category, model, pickedRow(pick(policy, scores, category), scores), args);
  }

  /**
   * Sets the category's policy pick for the model on that evaluation's scores (setBy 'auto'); undefined when
   * the evaluation kept no scores of the category's output.
   */
  async applyPolicy(
    category: CategoryRow,
    model: ModelRow,
    evaluationId: number,
  ): Promise<ThresholdRow | undefined> {
    const scores = await this.evaluations.scoresOf(evaluationId, category.scoreOutput);
    if (!scores) return undefined;
    const picked = pick(policyOf(category), scores, category);
    return this.insert(category, model, pickedRow(picked, scores), { setBy: AUTO_SETTER, reason: null });
  }

  /** The policy after a new evaluation, unless a manual threshold set since the policy was chosen wins. */
  private async applyPolicyAfter(stale: CategoryRow, model: ModelRow, evaluation: EvaluationRow) {
    // The policy or the output may have changed while the model was evaluated.
    const category = (await this.categories.byId(stale.id)) ?? stale;
    const current = await this.active(category.id, model.id, category.scoreOutput);
    if (current && current.setBy !== AUTO_SETTER && current.createdAt > category.thresholdPolicySetAt) return;
    try {
      await this.applyPolicy(category, model, evaluation.id);
    } catch (error) {
      if (!isDestsegError(error)) throw error;
      this.log(
        `threshold policy of '${category.name}' not applied to evaluation ${evaluation.id}: ${error.message}`,
      );
    }
  }

  private insert(
    category: CategoryRow,
    model: ModelRow,
    derived: Pick<ThresholdRow, 'value' | 'method'> & Partial<ThresholdRow>,
    by: { setBy: string; reason?: string | null | undefined },
  ): Promise<ThresholdRow> {
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
          ...derived,
          categoryId: category.id,
          modelId: model.id,
          version: (last?.version ?? 0) + 1,
          scoreOutput: category.scoreOutput,
          setBy: by.setBy,
          reason: by.reason ?? null,
        })
        .returning();
      if (!row) throw new Error('threshold insert returned nothing');
      return row;
    });
  }
}

/** The policy's pick; a test set that cannot support it is a METRIC_UNDEFINED user error naming the dataset. */
function pick(policy: ThresholdPolicy, scores: TestScores, category: CategoryRow): ThresholdPick {
  try {
    return pickThreshold(policy, scores.scores);
  } catch (error) {
    if (!isDestsegError(error)) throw error;
    throw new DestsegError('METRIC_UNDEFINED', `${category.datasetPath}: ${error.message}`);
  }
}

/** The stored form of a pick: its value, policy and parameter, evaluation and inputs. */
function pickedRow(picked: ThresholdPick, scores: TestScores) {
  const { policy } = picked;
  return {
    value: picked.value,
    method: policy.kind,
    targetFalseAlarmRate: policy.kind === 'false_alarm_rate' ? policy.targetFalseAlarmRate : null,
    quantile: policy.kind === 'good_quantile' ? policy.quantile : null,
    evaluationId: scores.evaluationId,
    inputs: {
      goodImages: picked.goodImages,
      defectiveImages: picked.defectiveImages,
      ...(picked.fallbackFrom ? { fallbackFrom: picked.fallbackFrom } : {}),
    },
  };
}
