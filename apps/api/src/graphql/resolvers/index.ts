/** All resolvers of the schema. */
import { enumInternalValues, type Resolvers } from '@destseg/schema';
import type { ApiLimits } from '../../config.ts';
import type { ApiContext } from '../context.ts';
import { mutationResolvers } from './mutation.ts';
import { queryResolvers } from './query.ts';
import { DateTime, JSONScalar } from './scalars.ts';
import { subscriptionResolvers } from './subscription.ts';
import { typeResolvers } from './types.ts';

export function createResolvers(limits: ApiLimits): Resolvers<ApiContext> {
  return {
    // Apollo's internal enum values: resolvers read and return the database's lower-case values.
    ...enumInternalValues,
    ...typeResolvers,
    DateTime,
    JSON: JSONScalar,
    Query: queryResolvers,
    Mutation: mutationResolvers(limits),
    Subscription: subscriptionResolvers,
  };
}
