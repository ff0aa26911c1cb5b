import { FEDERATION_LINK } from '@stelsel/graphql-kit';
import { builder } from './builder.ts';
import './municipality.schema.ts';
import './qualification.schema.ts';
import './institution.schema.ts';
import './student.schema.ts';
import './student-mutations.schema.ts';
import './company.schema.ts';
import './place.schema.ts';
import './place-queries.schema.ts';
import './accreditation.schema.ts';
import './placement.schema.ts';
import './agreement.schema.ts';
import './agreement-mutations.schema.ts';
import './contact-moment.schema.ts';
import './round.schema.ts';
import './round-queries.schema.ts';
import './round-mutations.schema.ts';
import './student-round.schema.ts';
import './shortage.schema.ts';
import './shortage-connection.schema.ts';
import './monitor.schema.ts';
import './task.schema.ts';

builder.queryType({});
// One Mutation type for the whole subgraph; every schema file adds its fields with mutationFields.
builder.mutationType({});

export const schema = builder.toSubGraphSchema({
  linkUrl: FEDERATION_LINK,
  federationDirectives: ['@key', '@external', '@requires', '@shareable', '@inaccessible'],
});
