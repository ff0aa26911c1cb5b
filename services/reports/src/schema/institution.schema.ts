import type { Selectable } from 'kysely';
import type { ReportDeskTable } from '../db/types.ts';
import { PUBLIC } from '../domain/access.ts';
import { builder } from './builder.ts';

const ReportDesk = builder.objectRef<Selectable<ReportDeskTable>>('ReportDesk').implement({
  description: 'Het laagdrempelige meldpunt stagediscriminatie van een instelling, zoals bij ons geregistreerd.',
  fields: (t) => ({
    available: t.boolean({ description: 'Waar: de instelling heeft een meldpunt geregistreerd.', resolve: () => true }),
    description: t.exposeString('description', { nullable: true }),
  }),
});

/** Institution is owned by placements; reports adds its report desk to it. */
export const InstitutionRef = builder.objectRef<{ id: string }>('Institution').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    id: t.exposeID('id'),
    reportDesk: t.field({
      type: ReportDesk,
      nullable: true,
      description: 'Het meldpunt stagediscriminatie; leeg als er geen meldpunt is geregistreerd.',
      resolve: (institution, _args, { loaders }) => loaders.reportDesk(institution.id),
    }),
  }),
});

builder.asEntity(InstitutionRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference) => ({ id: reference.id }),
});
