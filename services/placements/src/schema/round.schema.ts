import { listsInKeyOrder, loadOne } from '@stelsel/graphql-kit';
import { MAX_CHOICES } from '@stelsel/placements-common';
import type { PlacementsContext } from '../context.ts';
import type { PlaceRecord } from '../db/places.ts';
import { findResultsByRounds, type RoundResultRecord } from '../db/round-matching.ts';
import {
  findRoundEntries,
  findRoundProgress,
  findRoundsByIds,
  type RoundEntryRecord,
  type RoundProgressRecord,
  type RoundRecord,
} from '../db/rounds.ts';
import type { StudentRecord } from '../db/students.ts';
import { ownInstitution } from '../domain/access.ts';
import { resultReason } from '../domain/rounds.ts';
import type { Confirmation } from '../use-cases/rounds.ts';
import { builder } from './builder.ts';
import { InstitutionRef } from './institution.schema.ts';
import { PlaceRef } from './place.schema.ts';
import { PlacementRef } from './placement.schema.ts';
import { StudentRef } from './student.schema.ts';

export const RoundStatusRef = builder.enumType('MatchingRoundStatus', {
  description: 'Stand van een stagematchingsronde.',
  values: {
    DRAFT: { description: 'In voorbereiding: studenten en keuzes worden verzameld.' },
    RUN: { description: 'Gematcht, nog niet bevestigd: de instelling kan met reden aanpassen.' },
    CONFIRMED: { description: 'Bevestigd: de plaatsingen zijn gemaakt en de leerbedrijven zien hun studenten.' },
  } as const,
});

async function loadPlaces(context: PlacementsContext, ids: readonly string[]): Promise<PlaceRecord[]> {
  const places = await Promise.all(ids.map((id) => loadOne(PlaceRef, context, id)));
  return places.filter((place): place is PlaceRecord => place !== null);
}

async function loadStudent(context: PlacementsContext, id: string): Promise<StudentRecord> {
  const student = await loadOne(StudentRef, context, id);
  if (!student) throw new Error(`Student ${id} ontbreekt.`);
  return student;
}

export const RoundEntryRef = builder.objectRef<RoundEntryRecord>('MatchingRoundStudent').implement({
  description: 'Een student in een ronde met de gerangschikte keuzes: alleen voor de eigen instelling.',
  fields: (t) => ({
    student: t.field({ type: StudentRef, resolve: (entry, _args, context) => loadStudent(context, entry.student_id) }),
    requestsAccessiblePlace: t.exposeBoolean('requests_accessible_place', {
      description: 'De student vraagt een toegankelijke werkplek: een filter, nooit iets waarop een bedrijf kiest.',
    }),
    choices: t.field({
      type: [PlaceRef],
      description: 'Keuzes, de beste eerst (hoogstens `maxChoices` van de ronde).',
      resolve: (entry, _args, context) => loadPlaces(context, entry.choices),
    }),
  }),
});

interface ExplanationShape {
  result: RoundResultRecord;
}

const ExplanationRef = builder.objectRef<ExplanationShape>('MatchExplanation').implement({
  description: 'Waarom een student deze plaats kreeg: elke match is uit te leggen.',
  fields: (t) => ({
    assignedRank: t.int({
      nullable: true,
      description: 'Plaats van de toegewezen stage in de eigen keuzelijst; leeg als er geen is of buiten de lijst.',
      resolve: ({ result }) => (result.dropped_at_confirmation ? null : result.rank),
    }),
    betterChoicesFull: t.field({
      type: [PlaceRef],
      description: 'Hogere keuzes die vol waren: de plaatsen gingen bij loting naar andere studenten.',
      resolve: ({ result }, _args, context) => loadPlaces(context, result.better_full),
    }),
    notEligibleChoices: t.field({
      type: [PlaceRef],
      description:
        'Hogere keuzes die niet passen (erkenning, kwalificatie, leerweg, niveau, periode of toegankelijkheid).',
      resolve: ({ result }, _args, context) => loadPlaces(context, result.not_eligible),
    }),
    reason: t.string({
      description: 'De uitleg in één zin.',
      resolve: ({ result }) => resultReason(result),
    }),
  }),
});

export const MatchResultRef = builder.objectRef<RoundResultRecord>('MatchResult').implement({
  description: 'De uitkomst voor één student: alleen voor de eigen instelling, nooit voor een leerbedrijf.',
  fields: (t) => ({
    student: t.field({
      type: StudentRef,
      resolve: (result, _args, context) => loadStudent(context, result.student_id),
    }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'Toegewezen plaats; leeg als de student niet is geplaatst.',
      resolve: (result) => (result.place_id === null || result.dropped_at_confirmation ? null : result.place_id),
    }),
    rank: t.int({ nullable: true, resolve: (result) => (result.dropped_at_confirmation ? null : result.rank) }),
    lotteryNumber: t.exposeInt('lottery', {
      description: 'Lotnummer (0 = eerst aan de beurt). Alleen voor de instelling; een leerbedrijf ziet dit nooit.',
    }),
    explanation: t.field({ type: ExplanationRef, resolve: (result) => ({ result }) }),
    adjusted: t.exposeBoolean('adjusted', { description: 'Met de hand aangepast door de instelling.' }),
    adjustmentReason: t.exposeString('adjustment_reason', { nullable: true }),
    adjustedBy: t.exposeString('adjusted_by', { nullable: true }),
    adjustedAt: t.string({
      nullable: true,
      description: 'Tijdstip (ISO 8601).',
      resolve: (result) => result.adjusted_at?.toISOString() ?? null,
    }),
    droppedAtConfirmation: t.exposeBoolean('dropped_at_confirmation', {
      description: 'Bij de bevestiging vervallen omdat de plaats intussen gesloten of vol was.',
    }),
  }),
});

interface ProgressShape {
  round: RoundRecord;
  counts: RoundProgressRecord | null;
}

const ProgressRef = builder.objectRef<ProgressShape>('MatchingRoundProgress').implement({
  description: 'Voortgang van een ronde, voor het scherm van de instelling.',
  fields: (t) => ({
    status: t.field({ type: RoundStatusRef, resolve: ({ round }) => round.status }),
    students: t.int({ resolve: ({ counts }) => counts?.students ?? 0 }),
    studentsWithChoices: t.int({ resolve: ({ counts }) => counts?.with_choices ?? 0 }),
    matched: t.int({ resolve: ({ counts }) => counts?.matched ?? 0 }),
    unmatched: t.int({
      description: 'Zonder plaats (na de run): zij gaan mee naar de volgende ronde.',
      resolve: ({ counts }) => counts?.unmatched ?? 0,
    }),
    adjusted: t.int({ resolve: ({ counts }) => counts?.adjusted ?? 0 }),
    droppedAtConfirmation: t.int({ resolve: ({ counts }) => counts?.dropped ?? 0 }),
  }),
});

export const MatchingRoundRef = builder.loadableObjectRef('MatchingRound', {
  load: (ids: string[], { db }) => findRoundsByIds(db, ids),
  toKey: (round) => round.id,
  sort: true,
});

MatchingRoundRef.implement({
  description: 'Een stagematchingsronde van een mbo-instelling (Stagepact 2023–2027): alleen voor die instelling.',
  authScopes: (round) => ownInstitution(round.institution_id),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    institution: t.field({ type: InstitutionRef, resolve: (round) => round.institution_id }),
    periodStart: t.field({ type: 'Date', resolve: (round) => round.period_start }),
    periodEnd: t.field({ type: 'Date', resolve: (round) => round.period_end }),
    qualificationCrebos: t.stringList({ nullable: true, resolve: (round) => round.qualification_crebos }),
    status: t.field({ type: RoundStatusRef, resolve: (round) => round.status }),
    maxChoices: t.int({
      description: 'Hoeveel plaatsen een student hoogstens rangschikt (minstens 1); formulieren bieden er zoveel aan.',
      resolve: () => MAX_CHOICES,
    }),
    seed: t.int({
      nullable: true,
      description: 'Lotingszaad: dezelfde ronde met hetzelfde zaad geeft dezelfde uitkomst.',
      resolve: (round) => (round.seed === null ? null : Number(round.seed)),
    }),
    createdAt: t.string({ resolve: (round) => round.created_at.toISOString() }),
    ranAt: t.string({ nullable: true, resolve: (round) => round.ran_at?.toISOString() ?? null }),
    confirmedAt: t.string({ nullable: true, resolve: (round) => round.confirmed_at?.toISOString() ?? null }),
    students: t.loadableList({
      type: RoundEntryRef,
      load: async (ids: string[], { db }) =>
        listsInKeyOrder(ids, await findRoundEntries(db, ids), (entry) => entry.round_id),
      resolve: (round) => round.id,
    }),
    results: t.loadableList({
      type: MatchResultRef,
      description: 'Eén uitkomst per student, na de run.',
      load: async (ids: string[], { db }) =>
        listsInKeyOrder(ids, await findResultsByRounds(db, ids), (result) => result.round_id),
      resolve: (round) => round.id,
    }),
    progress: t.loadable({
      type: ProgressRef,
      // The key is the round itself (cached by id): the progress shows its status beside the counts.
      load: async (rounds: RoundRecord[], { db }) => {
        const counts = new Map(
          (
            await findRoundProgress(
              db,
              rounds.map((r) => r.id),
            )
          ).map((c) => [c.round_id, c]),
        );
        return rounds.map((round) => ({ round, counts: counts.get(round.id) ?? null }));
      },
      loaderOptions: { cacheKeyFn: (round) => round.id },
      resolve: (round) => round,
    }),
  }),
});

export const ConfirmationRef = builder.objectRef<Confirmation>('MatchingRoundConfirmation').implement({
  description: 'Uitkomst van het bevestigen van een ronde.',
  fields: (t) => ({
    round: t.field({
      type: MatchingRoundRef,
      resolve: (confirmation) => confirmation.roundId,
    }),
    placements: t.field({
      type: [PlacementRef],
      resolve: async (confirmation, _args, context) =>
        (await Promise.all(confirmation.placementIds.map((id) => loadOne(PlacementRef, context, id)))).filter(
          (placement) => placement !== null,
        ),
    }),
    droppedStudents: t.field({
      type: [StudentRef],
      description: 'Studenten wier plaats sinds de run gesloten of vol is: zij gaan mee naar de volgende ronde.',
      resolve: (confirmation, _args, context) =>
        Promise.all(confirmation.droppedStudentIds.map((id) => loadStudent(context, id))),
    }),
    unmatchedStudents: t.field({
      type: [StudentRef],
      description:
        'Alle studenten zonder plaats na deze ronde (ook de vervallen): zij gaan mee naar de volgende ronde.',
      resolve: (confirmation, _args, context) =>
        Promise.all(confirmation.unmatchedStudentIds.map((id) => loadStudent(context, id))),
    }),
    message: t.string({
      resolve: ({ placementIds, droppedStudentIds, unmatchedStudentIds }) => {
        const placed = `${placementIds.length} ${placementIds.length === 1 ? 'plaatsing' : 'plaatsingen'} bevestigd.`;
        const dropped =
          droppedStudentIds.length > 0
            ? ` ${droppedStudentIds.length} ${droppedStudentIds.length === 1 ? 'student is' : 'studenten zijn'} niet geplaatst omdat de plaats sinds de matching gesloten of vol is.`
            : '';
        const next =
          unmatchedStudentIds.length > 0
            ? ` ${unmatchedStudentIds.length} ${unmatchedStudentIds.length === 1 ? 'student gaat' : 'studenten gaan'} mee naar de volgende ronde.`
            : '';
        return `${placed}${dropped}${next}`;
      },
    }),
  }),
});
