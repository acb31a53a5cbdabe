/** The SDL from @destseg/schema bound to the resolvers. */

import { typeDefs } from '@destseg/schema';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { ApiLimits } from '../config.ts';
import { createResolvers } from './resolvers/index.ts';

export function createExecutableSchema(limits: ApiLimits): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers: createResolvers(limits) as never });
}
