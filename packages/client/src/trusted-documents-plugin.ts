import { Kind, parse } from 'graphql';

const GRAPHQL_IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*(['"])([^'"]*\/generated)(?:\/index(?:\.ts)?)?\1;?/;
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*,?\s*\)/g;

/** The generated export of a `graphql(…)` text: `<Operation>Document`, or `<Fragment>FragmentDoc` for a fragment alone. */
export function generatedDocumentName(text: string): string {
  const document = parse(text);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) return `${definition.name.value}Document`;
  }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) return `${definition.name.value}FragmentDoc`;
  }
  throw new Error('Een graphql(…)-document zonder naam: geef de operatie een naam.');
}

/** Replaces the app's `graphql(`…`)` calls by the generated documents (id and name only, no text). */
export function replaceGraphqlCalls(code: string): string | null {
  const imported = GRAPHQL_IMPORT.exec(code);
  if (!imported || !code.includes('graphql(`')) return null;
  const generated = `${imported[2]}/graphql.ts`;
  const body = code
    .replace(GRAPHQL_IMPORT, `import * as __stelselDocuments from '${generated}';`)
    .replace(GRAPHQL_CALL, (_call, text: string) => `__stelselDocuments.${generatedDocumentName(text)}`);
  return body;
}

/**
 * Vite plugin for the apps' builds: the `graphql(`…`)` calls become the generated persisted
 * documents, so no query text ends up in a bundle (the client preset's babel optimizer, for Vite).
 */
export function trustedDocumentsOnly() {
  return {
    name: 'stelsel-trusted-documents-only',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (id.includes('/node_modules/') || id.includes('/generated/') || !/\.tsx?$/.test(id)) return null;
      const replaced = replaceGraphqlCalls(code);
      return replaced === null ? null : { code: replaced, map: null };
    },
  };
}
