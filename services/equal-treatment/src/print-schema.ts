import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@stelsel/graphql-kit';
import { schema } from './schema/schema.ts';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSubgraphSchema(schema));
