import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { type DocumentNode, Kind } from 'graphql';

/** The document id: the sha256 of the printed document, in hex (also usable as Apollo's `sha256Hash`). */
export function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The operation's name travels with its id, so the gateway's logs and the tests can name it. */
function operationMeta(document: DocumentNode): Record<string, unknown> {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
      return { operationName: definition.name.value };
    }
  }
  return {};
}

export interface StelselCodegenOptions {
  /**
   * Shared GraphQL documents of domain packages this app uses: `'placements-react'` for every file in
   * `packages/placements-react/src/graphql/`, `'placements-react/agreement-fields'` for one. They are
   * generated into the app's own code and manifest like the app's own documents; the app imports them
   * from `./generated/graphql.ts` (`AgreementDocument` …) or spreads their fragments in its own.
   */
  shared?: readonly string[];
}

/**
 * The one codegen setup every app uses: typed document strings from the app's own documents,
 * checked against the composed supergraph (the gateway's public contract).
 *
 * Trusted documents: each operation gets its sha256 hash, and `persisted-documents.json` (hash →
 * text) is written next to the generated code. The app sends only the hash (`documentId`); the
 * query text is not in the bundle. The manifest ships with each deployment (see docs/architecture.md).
 */
export function stelselCodegenConfig(options: StelselCodegenOptions = {}): CodegenConfig {
  const shared = (options.shared ?? []).map((name) => {
    const [pkg, file] = name.split('/');
    return `../../packages/${pkg}/src/graphql/${file ?? '**/*'}.graphql`;
  });
  return {
    overwrite: true,
    schema: '../../services/gateway/supergraph.graphql',
    documents: [
      'src/**/*.{ts,tsx}',
      '!src/graphql/generated/**',
      '!src/**/*.test.{ts,tsx}',
      // `...UserErrorFields` in every mutation (the typed errors), defined once for all apps.
      '../../packages/client/src/graphql/user-error.graphql',
      ...shared,
    ],
    ignoreNoDocuments: false,
    generates: {
      'src/graphql/generated/': {
        preset: 'client',
        presetConfig: {
          fragmentMasking: false,
          persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: documentId },
          onExecutableDocumentNode: operationMeta,
        },
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
