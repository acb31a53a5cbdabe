/** Mutation resolvers: role check, input → service call, and every expected failure as a userErrors entry. */
import type { OutputSinkKind, ScoreOutput, ThresholdMethod } from '@destseg/db';
import type { MutationResolvers } from '@destseg/schema';
import { createApiKey } from '../../auth/api-keys.ts';
import { requireRole } from '../../auth/roles.ts';
import { ApiError } from '../../services/api-error.ts';
import { decodeInspectImage } from '../../services/image-input.ts';
import { outputSinkView } from '../../sinks/output-sink-view.ts';
import type { ApiContext } from '../context.ts';
import { fromGraphqlEnum } from '../enums.ts';
import { requireId, toGlobalId } from '../global-id.ts';
import { withUserErrors } from '../user-errors.ts';

const MAX_TEXT = 200;

function checkText(value: string | null | undefined, field: string): void {
  if (value != null && value.length > MAX_TEXT) {
    throw new ApiError('INVALID_INPUT', `${field} is longer than ${MAX_TEXT} characters`, ['input', field]);
  }
}

export function mutationResolvers(limits: {
  maxImageBytes: number;
  maxImagePixels: number;
}): MutationResolvers<ApiContext> {
  return {
    createCategory: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const category = await ctx.services.categories.create({
          name: input.name,
          datasetPath: input.datasetPath,
          imageSize: input.imageSize ?? 256,
          augmentationGroup: input.augmentationGroup
            ? fromGraphqlEnum<'none' | 'slight' | 'full'>(input.augmentationGroup)
            : undefined,
          scoreOutput: input.scoreOutput ? fromGraphqlEnum<ScoreOutput>(input.scoreOutput) : undefined,
        });
        return { category };
      }),

    startTrainingRun: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const category = await ctx.services.categories.require(input.category);
        return { run: await ctx.services.runs.start(category, input.params ?? {}) };
      }),

    cancelTrainingRun: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        return { run: await ctx.services.runs.cancel(requireId(input.id, 'TrainingRun', ['input', 'id'])) };
      }),

    evaluateModel: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const category = await ctx.services.categories.require(input.category);
        const model = input.model
          ? await ctx.services.models.byId(requireId(input.model, 'Model', ['input', 'model']))
          : await ctx.services.models.requireActive(category.id, category.name);
        if (!model || model.categoryId !== category.id) {
          throw new ApiError('MODEL_NOT_FOUND', `no such model in category '${category.name}'`, [
            'input',
            'model',
          ]);
        }
        return { evaluation: await ctx.services.evaluations.evaluate(category, model) };
      }),

    setThreshold: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        checkText(input.reason, 'reason');
        const category = await ctx.services.categories.require(input.category);
        const model = await ctx.services.models.requireActive(category.id, category.name);
        const threshold = await ctx.services.thresholds.set(category, model, {
          method: fromGraphqlEnum<ThresholdMethod>(input.method),
          value: input.value,
          targetFalseAlarmRate: input.targetFalseAlarmRate,
          reason: input.reason,
          setBy: ctx.principal.name,
        });
        return { threshold };
      }),

    setScoreOutput: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const category = await ctx.services.categories.require(input.category);
        return {
          category: await ctx.services.categories.setScoreOutput(
            category,
            fromGraphqlEnum<ScoreOutput>(input.scoreOutput),
          ),
        };
      }),

    inspect: (_, { input }, ctx) =>
      withUserErrors(
        async () => {
          requireRole(ctx.principal, 'operator');
          for (const field of ['partId', 'lotId', 'stationId', 'clientToken'] as const)
            checkText(input[field], field);
          const s = ctx.services;
          const replay = input.clientToken ? await s.inspections.byClientToken(input.clientToken) : undefined;
          const outcome =
            replay ??
            (await s.inspections.inspect(
              await s.categories.require(input.category),
              await decodeInspectImage(input.imageBase64, limits),
              input,
            ));
          return {
            inspection: outcome.inspection,
            modelVersion: toGlobalId('Model', outcome.inspection.modelId),
            thresholdVersion: outcome.threshold?.version ?? null,
            replayed: outcome.replayed,
          };
        },
        { replayed: false },
      ),

    createApiKey: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        checkText(input.label, 'label');
        const key = await createApiKey(ctx.services.db, fromGraphqlEnum(input.role), input.label ?? null);
        return { key, role: input.role };
      }),

    setOutputSink: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const category = await ctx.services.categories.require(input.category);
        const sink = await ctx.services.sinks.configure(category, {
          kind: fromGraphqlEnum<OutputSinkKind>(input.kind),
          url: input.url,
          topicTemplate: input.topicTemplate,
          secret: input.secret,
          enabled: input.enabled,
        });
        return { sink: outputSinkView(category, { sink, backlog: 0 }) };
      }),
  };
}
