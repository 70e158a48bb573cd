import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/, from the api's committed schema. `npm run codegen:web`
 * writes src/gql; infra/web/check-codegen.mjs fails `npm test` when it is stale.
 * CODEGEN_OUT lets that check generate into a temporary folder.
 */
const out = process.env['CODEGEN_OUT'] ?? 'apps/web/src/gql/';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
