import { readFileSync } from 'node:fs';
import { fieldsWithoutAuthScopes, printSubgraphSchema } from '@stelsel/graphql-kit';
import { testIntrospection } from '@stelsel/testing/introspection';
import { expect, it } from 'vitest';
import { schema } from '../src/schema/schema.ts';

it('the committed schema.graphql is the schema the code builds (run `pnpm schema` after a change)', () => {
  const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
  expect(printSubgraphSchema(schema)).toBe(committed);
});

it('the committed test/generated/graphql-env.d.ts types the tests by this schema (run `pnpm schema` after a change)', () => {
  const committed = readFileSync(new URL('./generated/graphql-env.d.ts', import.meta.url), 'utf8');
  expect(testIntrospection(schema, 'equal-treatment')).toBe(committed);
});

it('every Query and Mutation field and every entity reference declares authScopes (public data: { public: true })', () => {
  expect(fieldsWithoutAuthScopes(schema)).toEqual([]);
});
