import type { QueryResolvers } from '@destseg/schema';
import { GraphQLError } from 'graphql';
import { apiKeyById, listApiKeys } from '../../auth/api-keys.ts';
import { hasRole } from '../../auth/roles.ts';
import { outputSinkView } from '../../sinks/output-sink-view.ts';
import { connection, pageWindow } from '../connection.ts';
import type { ApiContext } from '../context.ts';
import { requireArgumentId, requireArgumentNode } from '../global-id.ts';
import { tagNode } from './types.ts';

/** Category filter by name; an unknown name matches nothing (id 0 never exists). */
async function categoryIdFilter(
  ctx: ApiContext,
  name: string | null | undefined,
): Promise<number | undefined> {
  if (name == null) return undefined;
  return (await ctx.services.categories.byName(name))?.id ?? 0;
}

async function loadNode(ctx: ApiContext, globalId: string): Promise<object | null> {
  const parsed = requireArgumentNode(globalId, 'id');
  const l = ctx.loaders;
  const loaders = {
    Category: () => l.category.load(parsed.id),
    DatasetVersion: () => l.datasetVersion.load(parsed.id),
    TrainingRun: () => l.run.load(parsed.id),
    Model: () => l.model.load(parsed.id),
    Evaluation: () => l.evaluation.load(parsed.id),
    Threshold: () => l.threshold.load(parsed.id),
    Inspection: () => l.inspection.load(parsed.id),
    // Keys are for admins only: to anyone else a key id names nothing.
    ApiKey: async () =>
      hasRole(ctx.principal, 'admin') ? apiKeyById(ctx.services.db, parsed.id) : undefined,
  } as const;
  const row = await loaders[parsed.type]();
  return row ? tagNode(row, parsed.type) : null;
}

export const queryResolvers: QueryResolvers<ApiContext> = {
  viewer: (_, __, ctx) => ({
    role: ctx.principal.role,
    authenticated: ctx.principal.authenticated,
  }),
  categories: (_, __, ctx) => ctx.services.categories.list(),
  category: async (_, { name }, ctx) => (await ctx.services.categories.byName(name)) ?? null,
  trainingRuns: async (_, args, ctx) =>
    connection(
      'TrainingRun',
      await ctx.services.runs.page({
        window: pageWindow(args, 'TrainingRun'),
        categoryId: await categoryIdFilter(ctx, args.category),
        status: args.status ?? undefined,
        tag: args.tag ?? undefined,
        search: args.search?.trim() || undefined,
      }),
    ),
  trainingRunTags: (_, __, ctx) => ctx.services.runs.tags(),
  trainingRun: async (_, { id }, ctx) =>
    (await ctx.loaders.run.load(requireArgumentId(id, 'TrainingRun', 'id'))) ?? null,
  inspections: async (_, args, ctx) => {
    const filter = {
      categoryId: await categoryIdFilter(ctx, args.category),
      verdict: args.verdict ?? undefined,
      since: args.since ?? undefined,
      partId: args.partId ?? undefined,
      lotId: args.lotId ?? undefined,
      stationId: args.stationId ?? undefined,
    };
    const page = await ctx.services.inspections.page({
      ...filter,
      window: pageWindow(args, 'Inspection'),
    });
    return { ...connection('Inspection', page), filter };
  },
  inspection: async (_, { id }, ctx) =>
    (await ctx.loaders.inspection.load(requireArgumentId(id, 'Inspection', 'id'))) ?? null,
  outputSinks: async (_, { category }, ctx) => {
    if (!hasRole(ctx.principal, 'admin')) {
      throw new GraphQLError('output sinks need the admin role', { extensions: { code: 'FORBIDDEN' } });
    }
    const row = await ctx.services.categories.byName(category);
    if (!row) return [];
    return (await ctx.services.sinks.statuses(row.id)).map((status) => outputSinkView(row, status));
  },
  leaderboard: async (_, { category }, ctx) => {
    const row = await ctx.services.categories.byName(category);
    if (!row) return [];
    const ranked = await ctx.services.evaluations.leaderboard(row.id);
    return ranked.map((entry, i) => ({ rank: i + 1, ...entry }));
  },
  apiKeys: (_, __, ctx) => {
    // A query has no userErrors: the role failure is a GraphQL error with the same code.
    if (!hasRole(ctx.principal, 'admin')) {
      throw new GraphQLError('listing API keys needs the admin role', { extensions: { code: 'FORBIDDEN' } });
    }
    return listApiKeys(ctx.services.db);
  },
  node: (_, { id }, ctx) => loadNode(ctx, id) as never,
};
