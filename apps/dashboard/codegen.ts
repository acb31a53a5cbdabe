// Generates lib/graphql/generated/ (typed documents for every `graphql(...)` call in the dashboard) from
// packages/schema/schema.graphql: run `pnpm --filter @destseg/dashboard codegen` (or `pnpm codegen` at the root).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  // Tests (test/) and scripts/ hold no documents.
  documents: [
    'app/**/*.{ts,tsx}',
    'components/**/*.{ts,tsx}',
    'lib/**/*.{ts,tsx}',
    '!lib/graphql/generated/**',
  ],
  generates: {
    'lib/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        // Fragment data is read by the hooks and lib helpers too (live merging, filters, CSV), not only by the
        // component beside which a fragment is defined: results carry every selected field, unmasked.
        fragmentMasking: false,
        skipIndexFile: true,
      },
      config: {
        useTypeImports: true,
        importExtension: '.ts',
        // Enums as string union types ('RUNNING' | …), like `enumsAsTypes: true` in packages/schema/codegen.ts
        // (the client preset forwards only `enumType`, whose 'string-literal' is the same thing).
        enumType: 'string-literal',
        // Over the wire DateTime is an ISO string.
        scalars: { DateTime: 'string', JSON: 'unknown' },
        // A selected nullable field is always present in a result (null, never missing).
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
