// Generates src/generated/types.ts from schema.graphql: run `pnpm --filter @destseg/schema codegen`, or
// `pnpm codegen` at the root to regenerate the dashboard's operation types (apps/dashboard/codegen.ts) too.
import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import * as enumValuesPlugin from './enum-values-plugin.ts';

// Enums resolve to the database's lower-case values through Apollo's internal enum values: enum-values.ts
// (written by the local plugin from the SDL) holds them at run time for the API's resolver map, and the
// typescript plugin alone gets them as `enumValues`, so each enum's type is its internal values (given to
// typescript-resolvers too, the mapping would turn its enum types into null).
const enumValues = enumValuesPlugin.enumInternalValuesOfSdl(
  readFileSync(new URL('schema.graphql', import.meta.url), 'utf8'),
);

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // The local plugin is a TypeScript module that this config (loaded as TypeScript) imports itself.
  pluginLoader: (name: string) => (name === 'enum-values-plugin' ? enumValuesPlugin : import(name)),
  generates: {
    'src/generated/types.ts': {
      plugins: [{ typescript: { enumValues } }, 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        mappers: {
          Category: '@destseg/db#CategoryRow',
          DatasetVersion: '@destseg/db#DatasetVersionRow',
          TrainingRun: '@destseg/db#TrainingRunRow',
          Model: '@destseg/db#ModelRow',
          Evaluation: '@destseg/db#EvaluationRow',
          Threshold: '@destseg/db#ThresholdRow',
          Inspection: '@destseg/db#InspectionRow',
          ApiKey: '@destseg/db#ApiKeyRow',
          LossPoint: '@destseg/db#LossPointRow',
          TrainingProgress: '../mapped-types.ts#TrainingProgressEvent',
          InspectionConnection: '../mapped-types.ts#InspectionPage',
        },
        scalars: { DateTime: 'Date', JSON: 'unknown' },
        avoidOptionals: false,
      },
    },
    'src/generated/enum-values.ts': {
      plugins: ['enum-values-plugin'],
    },
  },
};

export default config;
