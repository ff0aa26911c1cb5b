import { describe, expect, it } from 'vitest';
import { replaceGraphqlCalls } from './trusted-documents-plugin.ts';

describe('the trusted-documents build step', () => {
  it("replaces an app's graphql(`…`) calls by the generated documents, leaving no query text", () => {
    const source = [
      "import { graphql } from './generated/index.ts';",
      'export const a = graphql(`',
      '  query SchoolPlacement($id: ID!) { placement(id: $id) { id } }',
      '`);',
      'export const b = graphql(`mutation DraftAgreement { draftAgreement { id } }`);',
      'export const c = graphql(`fragment AgreementFields on Agreement { id }`);',
    ].join('\n');
    const out = replaceGraphqlCalls(source) ?? '';
    expect(out).toContain("import * as __stelselDocuments from './generated/graphql.ts';");
    expect(out).toContain('export const a = __stelselDocuments.SchoolPlacementDocument;');
    expect(out).toContain('export const b = __stelselDocuments.DraftAgreementDocument;');
    expect(out).toContain('export const c = __stelselDocuments.AgreementFieldsFragmentDoc;');
    expect(out).not.toMatch(/query |mutation |placement\(/);
  });

  it('leaves other files alone', () => {
    expect(replaceGraphqlCalls("import { useQuery } from '@stelsel/client';\nuseQuery(x, {});")).toBeNull();
  });
});
