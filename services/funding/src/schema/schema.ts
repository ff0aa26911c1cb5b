import { FEDERATION_LINK } from '@stelsel/graphql-kit';
import { builder } from './builder.ts';
import './institution.schema.ts';
import './allocation.schema.ts';
import './pro-rata.schema.ts';

builder.queryType({});

export const schema = builder.toSubGraphSchema({
  linkUrl: FEDERATION_LINK,
  federationDirectives: ['@key', '@external', '@requires', '@shareable', '@inaccessible'],
});
