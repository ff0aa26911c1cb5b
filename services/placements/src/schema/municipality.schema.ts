import { PUBLIC } from '../domain/access.ts';
import { builder } from './builder.ts';

/** Municipality is owned by equal-treatment (name, intro week); placements only refers to it by CBS code. */
export const MunicipalityRef = builder.objectRef<{ code: string }>('Municipality').implement({
  description: 'Een gemeente; equal-treatment beheert haar gegevens, placements verwijst alleen naar de CBS-code.',
  authScopes: PUBLIC,
  fields: (t) => ({ code: t.exposeString('code', { description: 'CBS-gemeentecode, 4 cijfers.' }) }),
});

builder.asEntity(MunicipalityRef, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (reference) => ({ code: reference.code }),
});

export const municipalityOf = (code: string | null) => (code === null ? null : { code });
