/** Evaluations of trained models on their category's test set, stored metric by metric, and the leaderboard. */
import { evaluateModel, type MetricReport } from '@destseg/core';
import {
  and,
  asc,
  type CategoryRow,
  type Database,
  desc,
  type EvaluationMetricRow,
  type EvaluationRow,
  eq,
  evaluationMetrics,
  evaluations,
  inArray,
  type ModelRow,
  models,
} from '@destseg/db';
import type { ModelCache } from '../inference/model-cache.ts';
import type { CategoryService } from './categories.ts';

export const OVERALL = 'overall';

export class EvaluationService {
  constructor(
    private readonly db: Database,
    private readonly categories: CategoryService,
    private readonly cache: ModelCache,
  ) {}

  async evaluate(category: CategoryRow, model: ModelRow): Promise<EvaluationRow> {
    const version = await this.categories.currentVersion(category);
    const { inspector, release } = await this.cache.inspectorFor(model);
    let report: Awaited<ReturnType<typeof evaluateModel>>;
    try {
      report = await evaluateModel(inspector, category.datasetPath);
    } finally {
      release();
    }
    // One transaction: an evaluation is stored with all of its metric rows or not at all.
    return this.db.transaction(async (tx) => {
      const [evaluation] = await tx
        .insert(evaluations)
        .values({
          modelId: model.id,
          datasetVersionId: version.id,
          imageCount: report.imageCount,
          imagesPerSecond: report.imagesPerSecond,
        })
        .returning();
      if (!evaluation) throw new Error('evaluation insert returned nothing');
      const rows = (['seg', 'dest'] as const).flatMap((output) => {
        const part = report[output];
        return [
          metricRow(evaluation.id, output, OVERALL, part.overall),
          ...Object.entries(part.perDefectType).map(([type, m]) => metricRow(evaluation.id, output, type, m)),
        ];
      });
      await tx.insert(evaluationMetrics).values(rows);
      return evaluation;
    });
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

  metrics(evaluationId: number, output: 'seg' | 'dest'): Promise<EvaluationMetricRow[]> {
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

function metricRow(evaluationId: number, output: 'seg' | 'dest', defectType: string, m: MetricReport) {
  return {
    evaluationId,
    output,
    defectType,
    imageAuroc: m.imageAuroc,
    pixelAuroc: m.pixelAuroc,
    pixelAp: m.pixelAp,
    iap: m.iap,
    iap90: m.iap90,
    aupro: m.aupro,
    imageF1: m.imageF1Max.f1,
    imageF1Threshold: m.imageF1Max.threshold,
    pixelF1: m.pixelF1Max.f1,
    pixelF1Threshold: m.pixelF1Max.threshold,
  };
}
