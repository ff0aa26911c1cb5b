import { loadOne } from '@stelsel/graphql-kit';
import { findInstitutions, findInstitutionsByIds } from '../db/institutions.ts';
import { PUBLIC } from '../domain/access.ts';
import { builder } from './builder.ts';

import { MunicipalityRef, municipalityOf } from './municipality.schema.ts';

/** Institution is owned by placements; funding, equal-treatment and reports add their fields to it. */
export const InstitutionRef = builder.loadableObjectRef('Institution', {
  // One query for all institutions a request asks (entity references, students' and rounds' institution).
  load: (ids: string[], { db }) => findInstitutionsByIds(db, ids),
  toKey: (institution) => institution.id,
  sort: true,
});

InstitutionRef.implement({
  description: 'Een mbo-instelling (ROC, AOC of vakinstelling).',
  // Public data (allocation table, BRIN register); its students are guarded on their own field and type.
  authScopes: PUBLIC,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: 'Naam zoals gepubliceerd in de allocatietabel.' }),
    brinCode: t.exposeString('brin_code', { nullable: true, description: 'BRIN-code; nog onbekend.' }),
    municipality: t.field({
      type: MunicipalityRef,
      nullable: true,
      description: 'Gemeente van de vestiging; leeg als die niet algemeen bekend is.',
      resolve: (institution) => municipalityOf(institution.municipality_code),
    }),
  }),
});

builder.asEntity(InstitutionRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOne(InstitutionRef, context, reference.id),
});

builder.queryFields((t) => ({
  institutions: t.field({
    type: [InstitutionRef],
    nullable: true,
    description: 'Alle mbo-instellingen: openbare gegevens.',
    authScopes: PUBLIC,
    resolve: (_root, _args, { db }) => findInstitutions(db),
  }),
  institution: t.field({
    type: InstitutionRef,
    nullable: true,
    description: 'Eén mbo-instelling; leeg als die niet bestaat.',
    authScopes: PUBLIC,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => loadOne(InstitutionRef, context, String(id)),
  }),
}));
