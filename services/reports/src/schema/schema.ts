import { FEDERATION_LINK } from '@stelsel/graphql-kit';
import { builder } from './builder.ts';
import './ground.schema.ts';
import './statistics.schema.ts';
import './institution.schema.ts';
import './entity-refs.schema.ts';
import './report-types.schema.ts';
import './report-queries.schema.ts';
import './report-mutations.schema.ts';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema({
  linkUrl: FEDERATION_LINK,
  federationDirectives: ['@key', '@external', '@requires', '@shareable', '@inaccessible'],
});
