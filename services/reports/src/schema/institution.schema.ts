import { readInstitutions } from '@stelsel/reference-data';
import type { Selectable } from 'kysely';
import { findReportDesks, institutionsWithDesk, saveReportDesk } from '../db/report-desks.ts';
import type { ReportDeskTable } from '../db/types.ts';
import { DESK_OVERSEERS, DESK_STAFF, PUBLIC } from '../domain/access.ts';
import { checkDesk, EXTERNAL_ALTERNATIVES } from '../domain/desks.ts';
import { builder } from './builder.ts';

const ExternalAlternative = builder.objectRef<(typeof EXTERNAL_ALTERNATIVES)[number]>('ReportAlternative').implement({
  description: 'Een plek buiten de school om te melden.',
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    url: t.exposeString('url'),
  }),
});

const ReportDesk = builder.objectRef<Selectable<ReportDeskTable>>('ReportDesk').implement({
  description: 'Het laagdrempelige meldpunt stagediscriminatie van een instelling, zoals bij ons geregistreerd.',
  fields: (t) => ({
    available: t.boolean({ description: 'Waar: de instelling heeft een meldpunt geregistreerd.', resolve: () => true }),
    description: t.exposeString('description', { nullable: true }),
    contactUrl: t.exposeString('contact_url', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    handlers: t.exposeString('handlers', { nullable: true, description: 'Wie de meldingen behandelt.' }),
    availability: t.exposeString('availability', {
      nullable: true,
      description: 'Openingstijden of binnen welke tijd het meldpunt reageert.',
    }),
    alternatives: t.exposeString('alternatives', {
      nullable: true,
      description: 'Andere plekken om te melden die de instelling noemt.',
    }),
    externalAlternatives: t.field({
      type: [ExternalAlternative],
      description: 'Buiten de school: SBB en de antidiscriminatievoorziening (ADV) van de gemeente.',
      resolve: () => [...EXTERNAL_ALTERNATIVES],
    }),
    updatedAt: t.string({ nullable: true, resolve: (d) => d.updated_at?.toISOString() ?? null }),
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

const ReportDeskInput = builder.inputType('ReportDeskInput', {
  fields: (t) => ({
    description: t.string({ required: false, description: 'Korte uitleg voor studenten.' }),
    contactUrl: t.string({ required: false, description: 'Webpagina van het meldpunt (https://…).' }),
    email: t.string({ required: false }),
    phone: t.string({ required: false }),
    handlers: t.string({ required: true, description: 'Wie de meldingen behandelt.' }),
    availability: t.string({ required: true, description: 'Openingstijden of reactietermijn.' }),
    alternatives: t.string({ required: false, description: 'Andere plekken om te melden.' }),
  }),
});

builder.queryField('reportAlternatives', (t) =>
  t.field({
    type: [ExternalAlternative],
    nullable: true,
    description:
      'Waar een student buiten de school kan melden (SBB en de antidiscriminatievoorziening), ook als de school ' +
      'nog geen meldpunt heeft geregistreerd. Openbaar.',
    authScopes: PUBLIC,
    resolve: () => [...EXTERNAL_ALTERNATIVES],
  }),
);

builder.mutationFields((t) => ({
  saveReportDesk: t.field({
    type: ReportDesk,
    description: 'De instelling legt haar meldpunt vast of werkt het bij. Bereikbaar via e-mail, telefoon of website.',
    authScopes: DESK_STAFF,
    errors: {},
    args: { input: t.arg({ type: ReportDeskInput, required: true }) },
    resolve: async (_root, { input }, { db, caller }) => {
      const desk = checkDesk(input);
      return db.transaction().execute(async (trx) => {
        await saveReportDesk(trx, caller.organisation, desk, caller.subject);
        const [row] = await findReportDesks(trx, [caller.organisation]);
        if (!row) throw new Error('Het meldpunt is niet opgeslagen.');
        return row;
      });
    },
  }),
}));

builder.queryFields((t) => ({
  institutionsWithoutReportDesk: t.field({
    type: [InstitutionRef],
    nullable: true,
    description: 'De bekostigde mbo-instellingen die nog geen meldpunt hebben geregistreerd.',
    authScopes: DESK_OVERSEERS,
    resolve: async (_root, _args, { db }) => {
      const withDesk = await institutionsWithDesk(db);
      return readInstitutions()
        .filter((i) => !withDesk.has(i.id))
        .map((i) => ({ id: i.id }));
    },
  }),
}));
