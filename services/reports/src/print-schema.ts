import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@stelsel/graphql-kit';
import { testIntrospection } from '@stelsel/testing/introspection';
import { schema } from './schema/schema.ts';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSubgraphSchema(schema));
// The types of the tests' operations (gql.tada, test/graphql.ts).
writeFileSync(new URL('../test/generated/graphql-env.d.ts', import.meta.url), testIntrospection(schema, 'reports'));
