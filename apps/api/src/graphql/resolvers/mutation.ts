import type { MutationResolvers } from '@destseg/schema';
import { createApiKey, revokeApiKey } from '../../auth/api-keys.ts';
import { requireRole } from '../../auth/roles.ts';
import { rootLogger } from '../../logging/logger.ts';
import { ApiError } from '../../services/api-error.ts';
import { requireBase64Image } from '../../services/image-input.ts';
import { inspectRequestHash } from '../../services/inspect-request-hash.ts';
import { policyFromInput } from '../../services/thresholds.ts';
import { outputSinkView } from '../../sinks/output-sink-view.ts';
import { checkCategoryInput, requireCategory } from '../category-input.ts';
import type { ApiContext } from '../context.ts';
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
          augmentationGroup: input.augmentationGroup ?? undefined,
          scoreOutput: input.scoreOutput ?? undefined,
        });
        return { category };
      }),

    createCategoryFromZip: (_, { input }, ctx) =>
      withUserErrors(
        async () => {
          requireRole(ctx.principal, 'admin');
          return ctx.services.categoryUploads.createFromZip({
            name: input.name,
            zipBase64: input.zipBase64,
            imageSize: input.imageSize ?? 256,
            augmentationGroup: input.augmentationGroup ?? undefined,
            scoreOutput: input.scoreOutput ?? undefined,
          });
        },
        { ignoredFiles: [] },
      ),

    startTrainingRun: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const category = await requireCategory(ctx, input);
        return {
          run: await ctx.services.runs.start(category, input.params ?? {}, {
            name: input.name,
            tags: input.tags,
          }),
        };
      }),

    updateTrainingRun: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const id = requireId(input.id, 'TrainingRun', ['input', 'id']);
        return { run: await ctx.services.runs.updateLabels(id, { name: input.name, tags: input.tags }) };
      }),

    cancelTrainingRun: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        return { run: await ctx.services.runs.cancel(requireId(input.id, 'TrainingRun', ['input', 'id'])) };
      }),

    evaluateModel: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const category = await requireCategory(ctx, input);
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
        const category = await requireCategory(ctx, input);
        const model = await ctx.services.models.requireActive(category.id, category.name);
        const threshold = await ctx.services.thresholds.set(category, model, {
          method: input.method,
          value: input.value,
          targetFalseAlarmRate: input.targetFalseAlarmRate,
          quantile: input.quantile,
          reason: input.reason,
          setBy: ctx.principal.name,
        });
        return { threshold };
      }),

    setThresholdPolicy: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const s = ctx.services;
        const found = await requireCategory(ctx, input);
        const policy = policyFromInput(input.kind, input);
        const category = await s.categories.setThresholdPolicy(found, policy);
        const model = await s.models.active(category.id);
        const evaluation = model && (await s.evaluations.latest(model.id));
        const threshold =
          model && evaluation ? await s.thresholds.applyPolicy(category, model, evaluation.id) : undefined;
        return { category, threshold: threshold ?? null };
      }),

    setScoreOutput: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const category = await requireCategory(ctx, input);
        return {
          category: await ctx.services.categories.setScoreOutput(category, input.scoreOutput),
        };
      }),

    inspect: (_, { input }, ctx) =>
      withUserErrors(
        async () => {
          requireRole(ctx.principal, 'operator');
          for (const field of ['partId', 'lotId', 'stationId', 'clientToken'] as const)
            checkText(input[field], field);
          const s = ctx.services;
          const inspected = s.metrics.startInspection();
          // A large base64 payload is read in the pixel pool: 13 MB of it would hold the event loop for a second.
          const upload = requireBase64Image(
            await s.metrics.timed('read', () => s.pixels.readBase64(input.imageBase64, limits.maxImageBytes)),
          );
          // A replay by name reads no category first: a token's repeat with another request is CONFLICT, even
          // when the category it names does not exist.
          checkCategoryInput(input);
          const byId = input.categoryId != null ? await requireCategory(ctx, input) : undefined;
          const categoryName = byId?.name ?? (input.category as string);
          const requestHash = inspectRequestHash({ ...input, category: categoryName }, upload.sha256);
          const replay = input.clientToken
            ? await s.inspections.byClientToken(input.clientToken, requestHash)
            : undefined;
          const outcome =
            replay ??
            (await s.inspections.inspect(
              byId ?? { name: categoryName, row: requireCategory(ctx, input) },
              upload.bytes,
              { ...input, requestHash },
            ));
          inspected();
          return {
            inspection: outcome.inspection,
            modelId: toGlobalId('Model', outcome.inspection.modelId),
            model: outcome.model ?? (await ctx.loaders.model.load(outcome.inspection.modelId)) ?? null,
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
        const { key, row } = await createApiKey(ctx.services.db, input.role, input.label ?? null);
        if (!ctx.principal.authenticated) {
          rootLogger().warn(
            { event: 'auth.key_created_keyless', apiKeyId: row.id },
            'an API key was created in keyless mode: from the next start every request needs a key (the server stays on localhost unless HOST is set)',
          );
        }
        return { key, role: input.role, apiKey: row };
      }),

    revokeApiKey: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const apiKey = await revokeApiKey(ctx.services.db, requireId(input.id, 'ApiKey', ['input', 'id']));
        ctx.services.pubsub.publish('apiKeyRevoked', { id: apiKey.id });
        rootLogger().info(
          { event: 'auth.key_revoked', apiKeyId: apiKey.id, by: ctx.principal.name },
          'API key revoked',
        );
        return { apiKey };
      }),

    setOutputSink: (_, { input }, ctx) =>
      withUserErrors(async () => {
        requireRole(ctx.principal, 'admin');
        const category = await requireCategory(ctx, input);
        const sink = await ctx.services.sinks.configure(category, {
          kind: input.kind,
          url: input.url,
          topicTemplate: input.topicTemplate,
          secret: input.secret,
          enabled: input.enabled,
        });
        return { sink: outputSinkView(category, { sink, backlog: 0 }) };
      }),
  };
}
