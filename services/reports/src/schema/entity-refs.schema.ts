import { PUBLIC } from '../domain/access.ts';
import { builder } from './builder.ts';

/**
 * Companies and students are owned by placements; reports only names them by id, and the gateway
 * fetches their fields from placements (under placements' own access rules).
 */
export const CompanyRef = builder.objectRef<{ id: string }>('Company').implement({
  authScopes: PUBLIC,
  fields: (t) => ({ id: t.exposeID('id') }),
});
builder.asEntity(CompanyRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference) => ({ id: reference.id }),
});

export const StudentRef = builder.objectRef<{ id: string }>('Student').implement({
  authScopes: PUBLIC,
  fields: (t) => ({ id: t.exposeID('id') }),
});
builder.asEntity(StudentRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference) => ({ id: reference.id }),
});
