import { FEDERATION_LINK } from '@stelsel/graphql-kit';
import { builder } from './builder.ts';
import './municipality.schema.ts';
import './qualification.schema.ts';
import './institution.schema.ts';
import './student.schema.ts';
import './company.schema.ts';

builder.queryType({});

export const schema = builder.toSubGraphSchema({
  linkUrl: FEDERATION_LINK,
  federationDirectives: ['@key', '@external', '@requires', '@shareable', '@inaccessible'],
});
