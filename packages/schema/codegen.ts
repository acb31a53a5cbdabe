// Generates src/generated/types.ts from schema.graphql: run `pnpm --filter @destseg/schema codegen`, or
// `pnpm codegen` at the root to regenerate the dashboard's operation types (apps/dashboard/codegen.ts) too.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
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
  },
};

export default config;
