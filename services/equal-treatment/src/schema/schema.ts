import { FEDERATION_LINK } from '@stelsel/graphql-kit';
import { builder } from './builder.ts';
import './intro-week.schema.ts';
import './municipality.schema.ts';
import './student.schema.ts';
import './books.schema.ts';
import './cards.schema.ts';
import './refunds.schema.ts';
import './learning-materials.schema.ts';
import './student-measures.schema.ts';
import './city-measures.schema.ts';
import './city-measures-mutations.schema.ts';

builder.queryType({});
// One Mutation type for the whole subgraph; every schema file adds its fields with mutationFields.
builder.mutationType({});

export const schema = builder.toSubGraphSchema({
  linkUrl: FEDERATION_LINK,
  federationDirectives: ['@key', '@external', '@requires', '@shareable', '@inaccessible'],
});
