/**
 * Evaluations of trained models on their category's test set, stored metric by metric for every output
 * with every test image's scores, and the leaderboard. The evaluation itself runs in a worker process
 * (EngineRunner).
 */
import {
  DestsegError,
  type DestsegErrorCode,
  flattenMetricReport,
  type MetricReport,
  SCORE_OUTPUTS,
} from '@destseg/core';
import {
  and,
  asc,
  type CategoryRow,
  type Database,
  desc,
  type EvaluationImageScoreRow,
  type EvaluationMetricRow,
  type EvaluationRow,
  eq,
  evaluationImageScores,
  evaluationMetrics,
  evaluations,
  inArray,
  type ModelRow,
  models,
  type ScoreOutput,
} from '@destseg/db';
import type { PubSub } from '../events/pubsub.ts';
import type { EngineRunner } from '../jobs/engine-runner.ts';
import { type EvaluationJobOutput, evaluateJobKey } from '../jobs/evaluation-jobs.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { CategoryService } from './categories.ts';

export const OVERALL = 'overall';

/** A test image's score for one output; null for fused in evaluations stored before it was kept. */
export function imageScoreOf(row: EvaluationImageScoreRow, output: ScoreOutput): number | null {
  if (output === 'seg') return row.score;
  if (output === 'dest') return row.destScore;
  return row.fusedScore;
}

/** Runs after an evaluation is stored and before it is published (the threshold policy). */
export type EvaluationStoredHook = (
  category: CategoryRow,
  model: ModelRow,
  evaluation: EvaluationRow,
) => Promise<void>;

/** One output's scores of every test image of an evaluation, with their ground truth. */
export interface TestScores {
  evaluationId: number;
  scores: Array<{ defective: boolean; score: number }>;
}

export class EvaluationService {
  /** Evaluations under way by model id: asking again for the same model waits for the running one. */
  private readonly inFlight = new Map<number, Promise<EvaluationRow>>();
  private readonly storedHooks: EvaluationStoredHook[] = [];
  private readonly closing = new AbortController();

  constructor(
    private readonly db: Database,
    private readonly categories: CategoryService,
    private readonly runner: EngineRunner,
    private readonly pubsub: PubSub,
    private readonly jobs: JobQueue,
    private readonly log: (message: string) => void,
  ) {}

  /** `hook` runs after each evaluation is stored, before evaluationCreated; its failure is logged only. */
  onStored(hook: EvaluationStoredHook): void {
    this.storedHooks.push(hook);
  }

  /** Evaluates the model as an `evaluate` job (on whichever process works them) and returns the stored row. */
  evaluate(category: CategoryRow, model: ModelRow): Promise<EvaluationRow> {
    const running = this.inFlight.get(model.id);
    if (running) return running;
    const evaluation = this.evaluateAsJob(category, model).finally(() => this.inFlight.delete(model.id));
    this.inFlight.set(model.id, evaluation);
    return evaluation;
  }

  private async evaluateAsJob(category: CategoryRow, model: ModelRow): Promise<EvaluationRow> {
    const output = (await this.jobs.run(
      'evaluate',
      { modelId: model.id },
      evaluateJobKey(model.id),
      this.closing.signal,
    )) as EvaluationJobOutput;
    if ('error' in output)
      throw new DestsegError(output.error.code as DestsegErrorCode, output.error.message);
    if ('skipped' in output)
      throw new Error(`evaluation of model ${model.id} in ${category.name}: ${output.skipped}`);
    const row = await this.byId(output.evaluationId);
    if (!row) throw new Error(`evaluation ${output.evaluationId} is not stored`);
    return row;
  }

  /** The model and its category, for an evaluation job. */
  async target(modelId: number): Promise<{ model: ModelRow; category: CategoryRow } | undefined> {
    const [model] = await this.db.select().from(models).where(eq(models.id, modelId)).limit(1);
    const category = model && (await this.categories.byId(model.categoryId));
    return model && category ? { model, category } : undefined;
  }

  /** Whether the category's newest frozen dataset version has test images (no need to hash it again). */
  async hasTestImages(category: CategoryRow): Promise<boolean> {
    const version = (await this.categories.versions(category.id)).at(-1);
    return version !== undefined && version.testGoodCount + version.testDefectCount > 0;
  }

  /** Stops waiting for evaluation jobs, then for the evaluations under way to settle. */
  async settle(): Promise<void> {
    this.closing.abort();
    await Promise.allSettled(this.inFlight.values());
  }

  /** Runs the evaluation in a worker process and stores it (the body of an `evaluate` job). */
  async runAndStore(category: CategoryRow, model: ModelRow): Promise<EvaluationRow> {
    const version = await this.categories.currentVersion(category);
    const result = await this.runner.evaluate(model.checkpointPath, category.datasetPath);
    // One transaction: an evaluation is stored with all of its metric and score rows or not at all.
    const evaluation = await this.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(evaluations)
        .values({
          modelId: model.id,
          datasetVersionId: version.id,
          imageCount: result.imageCount,
          imagesPerSecond: result.imagesPerSecond,
        })
        .returning();
      if (!row) throw new Error('evaluation insert returned nothing');
      const metricRows = SCORE_OUTPUTS.flatMap((output) => {
        const part = result[output];
        return [
          metricRow(row.id, output, OVERALL, part.overall),
          ...Object.entries(part.perDefectType).map(([type, m]) => metricRow(row.id, output, type, m)),
        ];
      });
      await tx.insert(evaluationMetrics).values(metricRows);
      if (result.imageScores.length > 0) {
        await tx
          .insert(evaluationImageScores)
          .values(
            result.imageScores.map(({ segScore, ...s }) => ({ evaluationId: row.id, score: segScore, ...s })),
          );
      }
      return row;
    });
    for (const hook of this.storedHooks) {
      try {
        await hook(category, model, evaluation);
      } catch (error) {
        this.log(
          `after storing evaluation ${evaluation.id}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    this.pubsub.publish('evaluationCreated', { evaluation, categoryId: category.id });
    return evaluation;
  }

  async byId(id: number): Promise<EvaluationRow | undefined> {
    const [row] = await this.db.select().from(evaluations).where(eq(evaluations.id, id)).limit(1);
    return row;
  }

  forModel(modelId: number): Promise<EvaluationRow[]> {
    return this.db
      .select()
      .from(evaluations)
      .where(eq(evaluations.modelId, modelId))
      .orderBy(desc(evaluations.id));
  }

  async latest(modelId: number): Promise<EvaluationRow | undefined> {
    const [row] = await this.db
      .select()
      .from(evaluations)
      .where(eq(evaluations.modelId, modelId))
      .orderBy(desc(evaluations.id))
      .limit(1);
    return row;
  }

  imageScores(evaluationId: number): Promise<EvaluationImageScoreRow[]> {
    return this.db
      .select()
      .from(evaluationImageScores)
      .where(eq(evaluationImageScores.evaluationId, evaluationId))
      .orderBy(asc(evaluationImageScores.id));
  }

  /**
   * The output's scores of every test image from the model's newest evaluation, or from a new one when the
   * newest predates them (older evaluations kept no image scores, then none for the fused output).
   */
  async testScores(category: CategoryRow, model: ModelRow, output: ScoreOutput): Promise<TestScores> {
    const latest = await this.latest(model.id);
    const stored = latest && (await this.scoresOf(latest.id, output));
    return stored ?? ((await this.scoresOf((await this.evaluate(category, model)).id, output)) as TestScores);
  }

  /** The output's test scores stored with an evaluation; undefined when it kept none (older evaluations). */
  async scoresOf(evaluationId: number, output: ScoreOutput): Promise<TestScores | undefined> {
    const rows = await this.imageScores(evaluationId);
    if (rows.length === 0 || rows.some((r) => imageScoreOf(r, output) === null)) return undefined;
    return {
      evaluationId,
      scores: rows.map((r) => ({ defective: r.defective, score: imageScoreOf(r, output) as number })),
    };
  }

  metrics(evaluationId: number, output: ScoreOutput): Promise<EvaluationMetricRow[]> {
    return this.db
      .select()
      .from(evaluationMetrics)
      .where(and(eq(evaluationMetrics.evaluationId, evaluationId), eq(evaluationMetrics.output, output)))
      .orderBy(asc(evaluationMetrics.defectType));
  }

  /** Each evaluated model of the category with its newest evaluation, best segmentation metrics first. */
  async leaderboard(categoryId: number): Promise<Array<{ model: ModelRow; evaluation: EvaluationRow }>> {
    const categoryModels = await this.db.select().from(models).where(eq(models.categoryId, categoryId));
    if (categoryModels.length === 0) return [];
    const evals = await this.db
      .select()
      .from(evaluations)
      .where(
        inArray(
          evaluations.modelId,
          categoryModels.map((m) => m.id),
        ),
      )
      .orderBy(desc(evaluations.id));
    const newest = new Map<number, EvaluationRow>();
    for (const e of evals) if (!newest.has(e.modelId)) newest.set(e.modelId, e);
    const overall = evals.length
      ? await this.db
          .select()
          .from(evaluationMetrics)
          .where(
            and(
              inArray(
                evaluationMetrics.evaluationId,
                [...newest.values()].map((e) => e.id),
              ),
              eq(evaluationMetrics.output, 'seg'),
              eq(evaluationMetrics.defectType, OVERALL),
            ),
          )
      : [];
    const metricsOf = new Map(overall.map((m) => [m.evaluationId, m]));
    const key = (e: EvaluationRow) => {
      const m = metricsOf.get(e.id);
      return [m?.imageAuroc ?? -1, m?.pixelAuroc ?? -1, m?.aupro ?? -1];
    };
    return categoryModels
      .flatMap((model) => {
        const evaluation = newest.get(model.id);
        return evaluation ? [{ model, evaluation }] : [];
      })
      .sort((a, b) => {
        const ka = key(a.evaluation);
        const kb = key(b.evaluation);
        for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (kb[i] as number) - (ka[i] as number);
        return b.model.id - a.model.id;
      });
  }
}

function metricRow(evaluationId: number, output: ScoreOutput, defectType: string, m: MetricReport) {
  return { evaluationId, output, defectType, ...flattenMetricReport(m) };
}
