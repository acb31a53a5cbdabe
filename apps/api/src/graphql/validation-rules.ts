/**
 * Every validation rule a GraphQL operation passes before it runs, the same list over HTTP (Apollo) and
 * WebSocket (graphql-ws): depth and cost, aliases (graphql-armor; `__typename` aliases count), root
 * mutation fields, and no introspection where it is switched off.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import type { ApiLimits } from '../config.ts';
import { queryLimitRules } from './query-limits.ts';
import { rootMutationLimitRule } from './root-mutation-limit.ts';

export function requestValidationRules(limits: ApiLimits, introspection: boolean): ValidationRule[] {
  const aliases = maxAliasesRule({
    n: limits.maxQueryAliases,
    allowList: [],
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          new GraphQLError(`an operation may hold at most ${limits.maxQueryAliases} aliases`, {
            extensions: { code: 'QUERY_TOO_MANY_ALIASES' },
          }),
        ),
    ],
  }) as ValidationRule;
  return [
    ...queryLimitRules(limits.maxQueryDepth, limits.maxQueryCost),
    aliases,
    rootMutationLimitRule(limits.maxRootMutations),
    ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
}
