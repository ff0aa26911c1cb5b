import { forbidden, inKeyOrder, listsInKeyOrder, loadOne, requestLoader } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import type { PlacementsContext } from '../context.ts';
import type { PlacementEventRecord, PlacementRecord } from '../db/placements.ts';
import {
  findEventsByPlacements,
  findLatestPlacementsByStudents,
  findPlacementsByCompanies,
  findPlacementsByIds,
} from '../db/placements.ts';
import { findStudentsMatchedInOpenRounds } from '../db/round-matching.ts';
import type { StudentRecord } from '../db/students.ts';
import type { DeclineReason as DeclineReasonValue } from '../db/types.ts';
import { ownCompany, parties } from '../domain/access.ts';
import { matchOverdue } from '../domain/deadlines.ts';
import {
  DECLINE_REASONS,
  needsPlacement,
  type StudentPlacementStatus,
  studentPlacementStatus,
} from '../domain/rounds.ts';
import * as placements from '../use-cases/placements.ts';
import { actorOf, builder } from './builder.ts';
import { CompanyRef } from './company.schema.ts';
import { InstitutionRef } from './institution.schema.ts';
import { PlaceRef } from './place.schema.ts';
import { Pathway, QualificationRef, qualificationOf } from './qualification.schema.ts';
import { StudentRef } from './student.schema.ts';

const PlacementStatusRef = builder.enumType('PlacementStatus', {
  description: 'Stand van een plaatsing.',
  values: {
    CONFIRMED: { description: 'Bevestigd door de instelling; het leerbedrijf heeft nog niet gereageerd.' },
    ACCEPTED: { description: 'Geaccepteerd door het leerbedrijf.' },
    DECLINED: { description: 'Afgewezen door het leerbedrijf, met reden; de student gaat mee naar de volgende ronde.' },
    ACTIVE: { description: 'De stage of leerbaan loopt.' },
    ENDED: { description: 'Beëindigd.' },
  } as const,
});

export const DeclineReasonRef = builder.enumType('DeclineReason', {
  description:
    'Reden waarom een leerbedrijf een match afwijst; wordt vastgelegd en gevolgd (signaal voor discriminatie).',
  values: Object.fromEntries(
    Object.entries(DECLINE_REASONS).map(([value, description]) => [value, { value, description }]),
  ) as { [K in DeclineReasonValue]: { value: K; description: string } },
});

const StudentPlacementStatusRef = builder.enumType('StudentPlacementStatus', {
  description: 'Waar een student staat met de plaatsing.',
  values: {
    NONE: { description: 'Nog geen plaats.' },
    MATCHED: { description: 'Gematcht in een ronde die nog niet is bevestigd.' },
    CONFIRMED: { description: 'Plaatsing bevestigd; wacht op het leerbedrijf.' },
    ACCEPTED: { description: 'Geaccepteerd door het leerbedrijf.' },
    DECLINED: { description: 'Afgewezen door het leerbedrijf: gaat mee naar de volgende ronde.' },
    ACTIVE: { description: 'De stage of leerbaan loopt.' },
    NEEDS_REPLACEMENT: {
      description: 'De erkenning van het leerbedrijf is ingetrokken: een vervangende plaats is nodig.',
    },
  } as const,
});

/** What a company sees of its matched student after confirmation: name and contact details, nothing else. */
const PlacementStudentRef = builder.objectRef<StudentRecord>('PlacementStudent').implement({
  description:
    'De student van een bevestigde plaatsing: naam en contactgegevens. Geen lotnummer, geen andere keuzes (Stagepact 2023–2027).',
  fields: (t) => ({
    id: t.exposeID('id'),
    givenName: t.exposeString('given_name', { description: 'Voornaam.' }),
    familyName: t.exposeString('family_name', { description: 'Achternaam, met tussenvoegsel.' }),
    email: t.exposeString('email', { nullable: true, description: 'E-mailadres.' }),
    qualification: t.field({ type: QualificationRef, resolve: qualificationOf }),
    level: t.exposeInt('level'),
    pathway: t.field({ type: Pathway, resolve: (student) => student.pathway }),
  }),
});

const PlacementEventRef = builder.objectRef<PlacementEventRecord>('PlacementEvent').implement({
  description: 'Een stap in de geschiedenis van een plaatsing: wie, wanneer, wat.',
  fields: (t) => ({
    what: t.field({
      type: builder.enumType('PlacementEventKind', {
        values: {
          CONFIRMED: { description: 'Bevestigd door de instelling.' },
          ACCEPTED: { description: 'Geaccepteerd door het leerbedrijf.' },
          DECLINED: { description: 'Afgewezen door het leerbedrijf.' },
        } as const,
      }),
      resolve: (event) => event.what,
    }),
    by: t.exposeString('by', { description: 'Wie (gebruikers-id).' }),
    at: t.string({ description: 'Tijdstip (ISO 8601).', resolve: (event) => event.at.toISOString() }),
    detail: t.exposeString('detail', { nullable: true }),
  }),
});

export const PlacementRef = builder.loadableObjectRef('Placement', {
  // One query for all placements a request asks (agreements' and confirmations' placements).
  load: (ids: string[], { db }) => findPlacementsByIds(db, ids),
  toKey: (placement) => placement.id,
  sort: true,
});

PlacementRef.implement({
  description:
    'Een plaatsing van een student bij een leerbedrijf; bestaat pas na bevestiging van de match. Voor het leerbedrijf, de eigen instelling en de student.',
  authScopes: (placement) => parties(placement),
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: PlacementStatusRef, resolve: (placement) => placement.status }),
    student: t.field({
      type: PlacementStudentRef,
      resolve: async (placement, _args, context) => {
        const student = await loadOne(StudentRef, context, placement.student_id);
        if (!student) throw new Error(`Student ${placement.student_id} ontbreekt.`);
        return student;
      },
    }),
    place: t.field({
      type: PlaceRef,
      resolve: (placement) => placement.place_id,
    }),
    company: t.field({
      type: CompanyRef,
      resolve: (placement) => placement.company_id,
    }),
    institution: t.field({
      type: InstitutionRef,
      resolve: (placement) => placement.institution_id,
    }),
    confirmedAt: t.string({ description: 'Tijdstip (ISO 8601).', resolve: (p) => p.created_at.toISOString() }),
    respondedAt: t.string({ nullable: true, resolve: (p) => p.responded_at?.toISOString() ?? null }),
    respondedBy: t.exposeString('responded_by', { nullable: true }),
    declineReason: t.field({ type: DeclineReasonRef, nullable: true, resolve: (p) => p.decline_reason }),
    declineExplanation: t.exposeString('decline_explanation', { nullable: true }),
    respondBy: t.field({
      type: 'Date',
      description:
        'Uiterlijke dag waarop het leerbedrijf de match accepteert of afwijst (MATCH_RESPONSE_DAYS na bevestiging, ' +
        'standaard 14 dagen); daarna kan het leerbedrijf niet meer reageren.',
      resolve: (p) => p.respond_on,
    }),
    responseOverdue: t.boolean({
      description:
        'Het leerbedrijf reageerde niet voor de uiterlijke dag (kalenderdag in Nederland): de match is verlopen. ' +
        'De school neemt contact op met het leerbedrijf of zoekt met de student een andere plaats.',
      resolve: (p) => matchOverdue(p.status, p.respond_on, todayInNetherlands()),
    }),
    needsReplacement: t.boolean({
      description: 'De erkenning van het leerbedrijf voor deze kwalificatie is ingetrokken (DOMAIN.md §1).',
      resolve: (p) => p.accreditation_withdrawn && p.status !== 'DECLINED' && p.status !== 'ENDED',
    }),
    history: t.loadableList({
      type: PlacementEventRef,
      load: async (ids: string[], { db }) =>
        listsInKeyOrder(ids, await findEventsByPlacements(db, ids), (event) => event.placement_id),
      resolve: (placement) => placement.id,
    }),
  }),
});

/** The newest placement per student (null: none), shared by the student's placement and status fields. */
const latestPlacementOf = requestLoader(async (ids: string[], { db }: PlacementsContext) =>
  inKeyOrder<string, PlacementRecord | null>(ids, await findLatestPlacementsByStudents(db, ids), null),
);
/** Whether each student is matched in a round that is still open. */
const matchedInOpenRound = requestLoader(async (ids: string[], { db }: PlacementsContext) => {
  const matched = await findStudentsMatchedInOpenRounds(db, ids);
  return ids.map((id) => matched.has(id));
});

async function statusOf(student: StudentRecord, context: PlacementsContext): Promise<StudentPlacementStatus> {
  const [latest, matched] = await Promise.all([
    latestPlacementOf(context).load(student.id),
    matchedInOpenRound(context).load(student.id),
  ]);
  return studentPlacementStatus(
    latest ? { status: latest.status, accreditationWithdrawn: latest.accreditation_withdrawn } : null,
    matched,
  );
}

// Student is personal data: these fields sit behind the Student type's scope (own institution, the student).
builder.objectFields(StudentRef, (t) => ({
  email: t.exposeString('email', { nullable: true, description: 'E-mailadres.' }),
  placementStatus: t.field({
    type: StudentPlacementStatusRef,
    resolve: (student, _args, context) => statusOf(student, context),
  }),
  needsPlacement: t.boolean({
    description: 'Heeft (weer) een plaats nodig en kan in een nieuwe ronde.',
    resolve: async (student, _args, context) => needsPlacement(await statusOf(student, context)),
  }),
  placement: t.field({
    type: PlacementRef,
    nullable: true,
    description: 'De nieuwste plaatsing (ook een afgewezen), leeg als er geen is.',
    resolve: (student, _args, context) => latestPlacementOf(context).load(student.id),
  }),
}));

builder.objectField(CompanyRef, 'matches', (t) =>
  t.loadableList({
    type: PlacementRef,
    description: 'Studenten die aan dit leerbedrijf zijn gematcht, pas na bevestiging door de instelling.',
    authScopes: (company) => ownCompany(company.id),
    unauthorizedError: () =>
      forbidden('Alleen het leerbedrijf zelf ziet de studenten die eraan zijn gematcht.', 'matches'),
    load: async (ids: string[], { db }) =>
      listsInKeyOrder(ids, await findPlacementsByCompanies(db, ids), (placement) => placement.company_id),
    resolve: (company) => company.id,
  }),
);

builder.queryFields((t) => ({
  placement: t.field({
    type: PlacementRef,
    nullable: true,
    description:
      'Eén plaatsing: voor de student zelf, de eigen instelling en het leerbedrijf (pas na bevestiging); leeg als die niet bestaat.',
    authScopes: { role: ['student', 'institution', 'company'] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => loadOne(PlacementRef, context, String(args.id)),
  }),
  myMatches: t.field({
    type: [PlacementRef],
    nullable: true,
    description: 'De bevestigde matches van het eigen leerbedrijf, nieuwste eerst.',
    authScopes: { role: 'company' },
    resolve: (_root, _args, { caller, db }) => findPlacementsByCompanies(db, [caller.organisation]),
  }),
}));

builder.mutationFields((t) => ({
  respondToMatch: t.field({
    type: PlacementRef,
    description:
      'Het leerbedrijf accepteert of wijst een bevestigde match af; afwijzen alleen met een reden uit de lijst (bij "anders" met toelichting). Idempotent per sleutel.',
    authScopes: { role: 'company' },
    errors: {},
    args: {
      placementId: t.arg.id({ required: true }),
      accept: t.arg.boolean({ required: true }),
      declineReason: t.arg({ type: DeclineReasonRef, required: false }),
      declineExplanation: t.arg.string({ required: false }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      const input = { ...args, placementId: String(args.placementId) };
      await context.db.transaction().execute((trx) => placements.respondToMatch(trx, actorOf(context), input));
      const placement = await loadOne(PlacementRef, context, input.placementId);
      if (!placement) throw new Error('De plaatsing ontbreekt.');
      return placement;
    },
  }),
}));
