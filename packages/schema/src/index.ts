/** Public API of @destseg/schema: the SDL (schema-first) and the TypeScript types generated from it. */
import { readFileSync } from 'node:fs';

export const typeDefs = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
export { enumInternalValues } from './generated/enum-values.ts';
export type * from './generated/types.ts';
export type { InspectionFilter, InspectionPage, TrainingProgressEvent } from './mapped-types.ts';
