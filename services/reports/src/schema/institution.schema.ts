import type { Selectable } from 'kysely';
import { findReportDesks } from '../db/report-desks.ts';
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
    reportDesk: t.loadable({
      type: ReportDesk,
      nullable: true,
      description: 'Het meldpunt stagediscriminatie; leeg als er geen meldpunt is geregistreerd.',
      // One query for all institutions in the response.
      load: async (ids: string[], { db }) => {
        const rows = new Map((await findReportDesks(db, ids)).map((row) => [row.institution_id, row]));
        return ids.map((id) => rows.get(id) ?? null);
      },
      resolve: (institution) => institution.id,
    }),
  }),
});

builder.asEntity(InstitutionRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference) => ({ id: reference.id }),
});
