import { PUBLIC } from '../domain/access.ts';
import { builder } from './builder.ts';

/** Institution is owned by placements; funding only adds its allocations to it. */
export const InstitutionRef = builder.objectRef<{ id: string }>('Institution').implement({
  authScopes: PUBLIC,
  fields: (t) => ({ id: t.exposeID('id') }),
});

builder.asEntity(InstitutionRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference) => ({ id: reference.id }),
});
