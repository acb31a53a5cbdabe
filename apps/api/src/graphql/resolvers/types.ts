/** Field resolvers of the object types: database rows → schema fields, related rows read through the request's loaders. */
import { unflattenMetricReport } from '@destseg/core';
import type { EvaluationMetricRow, EvaluationRow, ScoreOutput as ScoreOutputRow } from '@destseg/db';
import type { MetricReport, OutputMetrics, Resolvers } from '@destseg/schema';
import { imageScoreOf, OVERALL } from '../../services/evaluations.ts';
import { sliceRows } from '../../services/id-window.ts';
import { modelDisplayName, runDisplayName } from '../../services/run-labels.ts';
import { policyOf } from '../../services/thresholds.ts';
import { connection, pageWindow, wholeListWindow } from '../connection.ts';
import type { ApiContext } from '../context.ts';
import { type NodeType, toGlobalId } from '../global-id.ts';
import { activeThresholdKey } from '../loaders.ts';

/** The type of each row node(id) returned, for Node.__resolveType (rows carry no type name of their own). */
const nodeTypes = new WeakMap<object, NodeType>();

export function tagNode<T extends object>(row: T, type: NodeType): T {
  nodeTypes.set(row, type);
  return row;
}

async function must<T>(value: Promise<T | undefined>, what: string): Promise<T> {
  const row = await value;
  if (row === undefined) throw new Error(`${what} is missing: the database lost a referenced row`);
  return row;
}

function metricReport(m: EvaluationMetricRow): MetricReport {
  return unflattenMetricReport(m);
}

/** The output's metrics; null when the evaluation has none for it (fused, in older evaluations). */
async function outputMetrics(
  ctx: ApiContext,
  evaluationId: number,
  output: ScoreOutputRow,
): Promise<OutputMetrics | null> {
  const rows = await ctx.services.evaluations.metrics(evaluationId, output);
  const overall = rows.find((r) => r.defectType === OVERALL);
  if (!overall) return null;
  return {
    overall: metricReport(overall),
    perDefectType: rows
      .filter((r) => r.defectType !== OVERALL)
      .map((r) => ({ defectType: r.defectType, metrics: metricReport(r) })),
  };
}

/** Every evaluation holds the segmentation and DeST metrics. */
async function requiredOutputMetrics(
  ctx: ApiContext,
  evaluationId: number,
  output: 'seg' | 'dest',
): Promise<OutputMetrics> {
  const metrics = await outputMetrics(ctx, evaluationId, output);
  if (!metrics) throw new Error(`evaluation ${evaluationId} has no overall ${output} metrics`);
  return metrics;
}

/** The output the evaluated model's category scores with now. */
async function scoreOutputOf(ctx: ApiContext, evaluation: EvaluationRow): Promise<ScoreOutputRow> {
  const model = await must(ctx.loaders.model.load(evaluation.modelId), 'model');
  return (await must(ctx.loaders.category.load(model.categoryId), 'category')).scoreOutput;
}

export const typeResolvers: Resolvers<ApiContext> = {
  Node: {
    __resolveType: (row) => {
      const type = nodeTypes.get(row);
      if (!type) throw new Error('a Node was resolved without its type');
      return type;
    },
  },
  ApiKey: {
    id: (row) => toGlobalId('ApiKey', row.id),
  },
  Category: {
    id: (row) => toGlobalId('Category', row.id),
    datasetVersions: (row, _, ctx) => ctx.loaders.datasetVersionsOf.load(row.id),
    activeModel: async (row, _, ctx) => (await ctx.loaders.activeModel.load(row.id)) ?? null,
    activeThreshold: async (row, _, ctx) => {
      const model = await ctx.loaders.activeModel.load(row.id);
      return model
        ? ((await ctx.loaders.activeThreshold.load(activeThresholdKey(row.id, model.id, row.scoreOutput))) ??
            null)
        : null;
    },
    thresholds: async (row, args, ctx) =>
      connection(
        'Threshold',
        sliceRows(await ctx.loaders.thresholdsOf.load(row.id), pageWindow(args, 'Threshold'), true),
      ),
    thresholdPolicy: (row) => {
      const policy = policyOf(row);
      return {
        kind: policy.kind,
        targetFalseAlarmRate: policy.kind === 'false_alarm_rate' ? policy.targetFalseAlarmRate : null,
        quantile: policy.kind === 'good_quantile' ? policy.quantile : null,
        setAt: row.thresholdPolicySetAt,
      };
    },
  },
  DatasetVersion: {
    id: (row) => toGlobalId('DatasetVersion', row.id),
  },
  TrainingRun: {
    id: (row) => toGlobalId('TrainingRun', row.id),
    name: (row) => runDisplayName(row),
    named: (row) => row.name !== null,
    category: (row, _, ctx) => must(ctx.loaders.category.load(row.categoryId), 'category'),
    datasetVersion: (row, _, ctx) =>
      must(ctx.loaders.datasetVersion.load(row.datasetVersionId), 'dataset version'),
    params: (row) => {
      const p = row.params as Record<string, number>;
      return {
        imageSize: Number(p.imageSize),
        batchSize: Number(p.batchSize),
        steps: Number(p.steps),
        stage1Steps: Number(p.stage1Steps),
        seed: Number(p.seed),
        checkpointEvery: Number(p.checkpointEvery),
        all: row.params,
      };
    },
    progress: (row) => (row.totalSteps > 0 ? row.step / row.totalSteps : 0),
    lossCurve: async (row, args, ctx) =>
      connection(
        'LossPoint',
        sliceRows(await ctx.services.runs.lossCurve(row.id), wholeListWindow(args, 'LossPoint'), false),
      ),
    model: async (row, _, ctx) => (await ctx.loaders.modelOfRun.load(row.id)) ?? null,
  },
  Model: {
    id: (row) => toGlobalId('Model', row.id),
    name: async (row, _, ctx) =>
      modelDisplayName(await must(ctx.loaders.run.load(row.runId), 'training run'), row.step),
    category: (row, _, ctx) => must(ctx.loaders.category.load(row.categoryId), 'category'),
    run: (row, _, ctx) => must(ctx.loaders.run.load(row.runId), 'training run'),
    evaluations: async (row, args, ctx) =>
      connection(
        'Evaluation',
        sliceRows(await ctx.services.evaluations.forModel(row.id), pageWindow(args, 'Evaluation'), true),
      ),
    latestEvaluation: async (row, _, ctx) => (await ctx.loaders.latestEvaluation.load(row.id)) ?? null,
    onnxExport: (row, _, ctx) => ctx.services.models.onnxExport(row),
  },
  Evaluation: {
    id: (row) => toGlobalId('Evaluation', row.id),
    model: (row, _, ctx) => must(ctx.loaders.model.load(row.modelId), 'model'),
    datasetVersion: (row, _, ctx) =>
      must(ctx.loaders.datasetVersion.load(row.datasetVersionId), 'dataset version'),
    seg: (row, _, ctx) => requiredOutputMetrics(ctx, row.id, 'seg'),
    dest: (row, _, ctx) => requiredOutputMetrics(ctx, row.id, 'dest'),
    fused: (row, _, ctx) => outputMetrics(ctx, row.id, 'fused'),
    scoreOutput: (row, _, ctx) => scoreOutputOf(ctx, row),
    scoreOutputMetrics: async (row, _, ctx) => outputMetrics(ctx, row.id, await scoreOutputOf(ctx, row)),
    chosen: async (row, _, ctx) => outputMetrics(ctx, row.id, await scoreOutputOf(ctx, row)),
    imageScores: async (row, args, ctx) => {
      const [rows, output] = await Promise.all([
        ctx.services.evaluations.imageScores(row.id),
        scoreOutputOf(ctx, row),
      ]);
      const scored = rows.map((r) => {
        const scoreOutputScore = imageScoreOf(r, output);
        return { ...r, segScore: r.score, scoreOutputScore, chosenScore: scoreOutputScore };
      });
      return connection(
        'EvaluationImageScore',
        sliceRows(scored, wholeListWindow(args, 'EvaluationImageScore'), false),
      );
    },
  },
  Threshold: {
    id: (row) => toGlobalId('Threshold', row.id),
    category: (row, _, ctx) => must(ctx.loaders.category.load(row.categoryId), 'category'),
    model: (row, _, ctx) => must(ctx.loaders.model.load(row.modelId), 'model'),
    evaluation: async (row, _, ctx) =>
      row.evaluationId === null ? null : ((await ctx.loaders.evaluation.load(row.evaluationId)) ?? null),
    goodImages: (row) => row.inputs?.goodImages ?? null,
    defectiveImages: (row) => row.inputs?.defectiveImages ?? null,
    fallbackFrom: (row) => (row.inputs?.fallbackFrom ? row.inputs.fallbackFrom : null),
  },
  Inspection: {
    id: (row) => toGlobalId('Inspection', row.id),
    category: (row, _, ctx) => must(ctx.loaders.category.load(row.categoryId), 'category'),
    model: (row, _, ctx) => must(ctx.loaders.model.load(row.modelId), 'model'),
    threshold: async (row, _, ctx) =>
      row.thresholdId === null ? null : ((await ctx.loaders.threshold.load(row.thresholdId)) ?? null),
    imageUrl: (row, _, ctx) => `${ctx.baseUrl}/heatmaps/${row.heatmapKey}-image.png`,
    heatmapUrl: (row, _, ctx) => `${ctx.baseUrl}/heatmaps/${row.heatmapKey}-heatmap.png`,
    overlayUrl: (row, _, ctx) => `${ctx.baseUrl}/heatmaps/${row.heatmapKey}-overlay.png`,
  },
  InspectionConnection: {
    totalCount: (page, _, ctx) => ctx.services.inspections.count(page.filter),
  },
  TrainingProgress: {
    run: (event) => event.run,
    lossPoint: (event) => event.lossPoint,
    status: (event) => event.run.status,
    step: (event) => event.lossPoint?.step ?? event.run.step,
    totalSteps: (event) => event.run.totalSteps,
    progress: (event) =>
      event.run.totalSteps > 0 ? (event.lossPoint?.step ?? event.run.step) / event.run.totalSteps : 0,
    etaSeconds: (event) => event.run.etaSeconds,
  },
};
