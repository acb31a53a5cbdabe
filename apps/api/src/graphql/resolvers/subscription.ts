/** Subscription resolvers over the in-process PubSub; filters are applied before anything is buffered. */
import type { EvaluationRow, InspectionRow, TrainingRunRow } from '@destseg/db';
import type { SubscriptionResolvers, TrainingProgressEvent } from '@destseg/schema';
import { GraphQLError } from 'graphql';
import { replayThenLive } from '../../events/replay-then-live.ts';
import type { ApiContext } from '../context.ts';
import { requireArgumentId } from '../global-id.ts';

const FINAL = new Set(['succeeded', 'failed', 'cancelled']);

async function categoryId(ctx: ApiContext, name: string | null | undefined): Promise<number | undefined> {
  if (name == null) return undefined;
  const row = await ctx.services.categories.byName(name);
  if (!row)
    throw new GraphQLError(`no category named '${name}'`, { extensions: { code: 'CATEGORY_NOT_FOUND' } });
  return row.id;
}

/** Loss points already recorded first, then live ones, ending after the run's final status. */
async function trainingProgress(
  ctx: ApiContext,
  runGlobalId: string,
): Promise<AsyncIterableIterator<TrainingProgressEvent>> {
  const runId = requireArgumentId(runGlobalId, 'TrainingRun', 'runId');
  const { pubsub, runs } = ctx.services;
  // Subscribe before reading the stored points, so no step falls between the two.
  const live = pubsub.subscribe('trainingProgress', (e) => e.run.id === runId);
  const run = await runs.byId(runId);
  if (!run) {
    await live.return?.();
    throw new GraphQLError('no such training run', { extensions: { code: 'RUN_NOT_FOUND' } });
  }
  const stored: TrainingProgressEvent[] = (await runs.lossCurve(run.id)).map((lossPoint) => ({
    run,
    lossPoint,
  }));
  const replayed = new Set(stored.map((e) => `${e.lossPoint?.step}:${e.lossPoint?.elapsedSeconds}`));
  if (FINAL.has(run.status)) stored.push({ run, lossPoint: null });
  return replayThenLive(stored, live, {
    skipLive: (e) =>
      e.lossPoint !== null && replayed.has(`${e.lossPoint.step}:${e.lossPoint.elapsedSeconds}`),
    isLast: (e) => e.lossPoint === null && FINAL.has(e.run.status),
  });
}

export const subscriptionResolvers: SubscriptionResolvers<ApiContext> = {
  trainingProgress: {
    subscribe: (_, { runId }, ctx) => trainingProgress(ctx, runId),
    resolve: (event: TrainingProgressEvent) => event,
  },
  trainingRunUpdated: {
    subscribe: async (_, { category }, ctx) => {
      const id = await categoryId(ctx, category);
      return ctx.services.pubsub.subscribe(
        'trainingRunUpdated',
        (run) => id === undefined || run.categoryId === id,
      );
    },
    resolve: (run: TrainingRunRow) => run,
  },
  inspectionCreated: {
    subscribe: async (_, { category }, ctx) => {
      const id = await categoryId(ctx, category);
      return ctx.services.pubsub.subscribe(
        'inspectionCreated',
        (row) => id === undefined || row.categoryId === id,
      );
    },
    resolve: (row: InspectionRow) => row,
  },
  defectDetected: {
    subscribe: async (_, { category, minScore }, ctx) => {
      const id = await categoryId(ctx, category);
      const min = minScore ?? 0;
      return ctx.services.pubsub.subscribe(
        'inspectionCreated',
        (row) => (id === undefined || row.categoryId === id) && row.verdict === 'defect' && row.score >= min,
      );
    },
    resolve: (row: InspectionRow) => row,
  },
  evaluationCreated: {
    subscribe: async (_, { category }, ctx) => {
      const id = await categoryId(ctx, category);
      return ctx.services.pubsub.subscribe(
        'evaluationCreated',
        (event) => id === undefined || event.categoryId === id,
      );
    },
    resolve: (event: { evaluation: EvaluationRow }) => event.evaluation,
  },
};
