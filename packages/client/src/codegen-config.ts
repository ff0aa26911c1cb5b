import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The one codegen setup every app uses: typed document strings from the app's own documents,
 * checked against the composed supergraph (the gateway's public contract).
 */
export function stelselCodegenConfig(): CodegenConfig {
  return {
    overwrite: true,
    schema: '../../services/gateway/supergraph.graphql',
    documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**', '!src/**/*.test.{ts,tsx}'],
    ignoreNoDocuments: false,
    generates: {
      'src/graphql/generated/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
          enumsAsTypes: true,
          useTypeImports: true,
          avoidOptionals: false,
          scalars: {
            Money: 'string',
            Date: 'string',
            DateTime: 'string',
            ID: 'string',
            IdempotencyKey: 'string',
            Crebo: 'string',
            CbsCode: 'string',
          },
          defaultScalarType: 'unknown',
        },
      },
    },
  };
}
