import { FEDERATION_LINK } from '@stelsel/graphql-kit';
import { builder } from './builder.ts';
import './institution.schema.ts';
import './allocation.schema.ts';
import './pro-rata.schema.ts';
import './funding-line.schema.ts';
import './praktijkleren.schema.ts';
import './praktijkleren-mutations.schema.ts';
import './quality-plan.schema.ts';
import './quality-plan-queries.schema.ts';
import './quality-plan-mutations.schema.ts';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema({
  linkUrl: FEDERATION_LINK,
  federationDirectives: ['@key', '@external', '@requires', '@shareable', '@inaccessible'],
});
