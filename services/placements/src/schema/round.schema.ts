import { randomUUID } from 'node:crypto';
import { runIdempotent } from '@stelsel/db-kit';
import { ConflictError, InputError, NotFoundError } from '@stelsel/graphql-kit';
import type { Transaction } from 'kysely';
import type { PlacementsContext } from '../context.ts';
import { countTakenSeats, findLatestPlacementsByStudents, insertPlacements } from '../db/placements.ts';
import type { PlaceRecord } from '../db/places.ts';
import {
  countRoundSeats,
  findEquivalentPairs,
  findPlacesForMatching,
  findResult,
  findResultsByRounds,
  findRoundStudent,
  findRoundStudentsForRun,
  findRoundsByInstitution,
  findStudentsInOpenRounds,
  insertRound,
  lockPlacesForMatching,
  lockRound,
  markDropped,
  type RoundEntryRecord,
  type RoundProgressRecord,
  type RoundRecord,
  type RoundResultRecord,
  recordAdjustment,
  replaceChoices,
  replaceResults,
  setRoundStatus,
} from '../db/rounds.ts';
import { findStudentsByIds, type StudentRecord } from '../db/students.ts';
import type { PlacementsDatabase } from '../db/types.ts';
import { choicesOf, ownInstitution, roundOf } from '../domain/access.ts';
import {
  canonicalCrebos,
  keepWithinCapacity,
  MAX_CHOICES,
  MAX_ROUND_STUDENTS,
  MAX_SEED,
  professionalReason,
  randomSeed,
  resultReason,
  runRound,
  studentPlacementStatus,
} from '../domain/rounds.ts';
import { builder, requireOwner } from './builder.ts';
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
  const places = await Promise.all(ids.map((id) => context.loaders.placeById(id)));
  return places.filter((place): place is PlaceRecord => place !== null);
}

async function loadStudent(context: PlacementsContext, id: string): Promise<StudentRecord> {
  const student = await context.loaders.student(id);
  if (!student) throw new Error(`Student ${id} ontbreekt.`);
  return student;
}

const RoundEntryRef = builder.objectRef<RoundEntryRecord>('MatchingRoundStudent').implement({
  description: 'Een student in een ronde met de gerangschikte keuzes: alleen voor de eigen instelling.',
  fields: (t) => ({
    student: t.field({ type: StudentRef, resolve: (entry, _args, context) => loadStudent(context, entry.student_id) }),
    requestsAccessiblePlace: t.exposeBoolean('requests_accessible_place', {
      description: 'De student vraagt een toegankelijke werkplek: een filter, nooit iets waarop een bedrijf kiest.',
    }),
    choices: t.field({
      type: [PlaceRef],
      description: 'Keuzes, de beste eerst (hoogstens 10).',
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

const MatchResultRef = builder.objectRef<RoundResultRecord>('MatchResult').implement({
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
      resolve: async (result, _args, { loaders }) =>
        result.place_id === null || result.dropped_at_confirmation ? null : loaders.placeById(result.place_id),
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

export const MatchingRoundRef = builder.objectRef<RoundRecord>('MatchingRound').implement({
  description: 'Een stagematchingsronde van een mbo-instelling (Stagepact 2023–2027): alleen voor die instelling.',
  authScopes: (round) => ownInstitution(round.institution_id),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    institution: t.field({
      type: InstitutionRef,
      resolve: async (round, _args, { loaders }) => {
        const institution = await loaders.institution(round.institution_id);
        if (!institution) throw new Error(`Instelling ${round.institution_id} ontbreekt.`);
        return institution;
      },
    }),
    periodStart: t.field({ type: 'Date', resolve: (round) => round.period_start }),
    periodEnd: t.field({ type: 'Date', resolve: (round) => round.period_end }),
    qualificationCrebos: t.stringList({ nullable: true, resolve: (round) => round.qualification_crebos }),
    status: t.field({ type: RoundStatusRef, resolve: (round) => round.status }),
    seed: t.int({
      nullable: true,
      description: 'Lotingszaad: dezelfde ronde met hetzelfde zaad geeft dezelfde uitkomst.',
      resolve: (round) => (round.seed === null ? null : Number(round.seed)),
    }),
    createdAt: t.string({ resolve: (round) => round.created_at.toISOString() }),
    ranAt: t.string({ nullable: true, resolve: (round) => round.ran_at?.toISOString() ?? null }),
    confirmedAt: t.string({ nullable: true, resolve: (round) => round.confirmed_at?.toISOString() ?? null }),
    students: t.field({
      type: [RoundEntryRef],
      resolve: async (round, _args, { loaders }) => (await loaders.entriesOfRound(round.id)) ?? [],
    }),
    results: t.field({
      type: [MatchResultRef],
      description: 'Eén uitkomst per student, na de run.',
      resolve: async (round, _args, { loaders }) => (await loaders.resultsOfRound(round.id)) ?? [],
    }),
    progress: t.field({
      type: ProgressRef,
      resolve: async (round, _args, { loaders }) => ({ round, counts: await loaders.progressOfRound(round.id) }),
    }),
  }),
});

/** A type, not an interface: it is stored as JSON under the idempotency key. */
type ConfirmationShape = {
  roundId: string;
  placementIds: string[];
  droppedStudentIds: string[];
  unmatchedStudentIds: string[];
};

const ConfirmationRef = builder.objectRef<ConfirmationShape>('MatchingRoundConfirmation').implement({
  description: 'Uitkomst van het bevestigen van een ronde.',
  fields: (t) => ({
    round: t.field({
      type: MatchingRoundRef,
      resolve: async (confirmation, _args, { loaders }) => {
        const round = await loaders.round(confirmation.roundId);
        if (!round) throw new Error(`Ronde ${confirmation.roundId} ontbreekt.`);
        return round;
      },
    }),
    placements: t.field({
      type: [PlacementRef],
      resolve: async (confirmation, _args, { loaders }) =>
        (await Promise.all(confirmation.placementIds.map((id) => loaders.placement(id)))).filter((p) => p !== null),
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

const CreateRoundInput = builder.inputType('CreateMatchingRoundInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    periodStart: t.field({ type: 'Date', required: true }),
    periodEnd: t.field({ type: 'Date', required: true }),
    qualificationCrebos: t.field({
      type: ['Crebo'],
      required: false,
      description: 'Alleen studenten met deze kwalificaties.',
    }),
    studentIds: t.idList({ required: true, description: 'De kopgroep: eerstejaars van de eigen instelling.' }),
  }),
});

/** Locks the round and checks it is the caller's; a round of another institution is refused, not hidden. */
async function ownRound(trx: Transaction<PlacementsDatabase>, context: PlacementsContext, roundId: string) {
  const round = await lockRound(trx, roundId);
  if (!round) throw new NotFoundError('Deze ronde bestaat niet.', 'roundId');
  await requireOwner(
    context,
    ownInstitution(round.institution_id),
    'Alleen de eigen mbo-instelling mag deze ronde beheren.',
    'roundId',
  );
  return round;
}

const requireStatus = (round: RoundRecord, allowed: RoundRecord['status'][], message: string) => {
  if (!allowed.includes(round.status)) throw new ConflictError(message, 'roundId');
};

builder.queryFields((t) => ({
  matchingRounds: t.field({
    type: [MatchingRoundRef],
    nullable: true,
    description: 'De stagematchingsrondes van de eigen instelling, nieuwste eerst.',
    authScopes: { role: 'institution' },
    resolve: (_root, _args, { caller, db }) => findRoundsByInstitution(db, caller.organisation),
  }),
  matchingRound: t.field({
    type: MatchingRoundRef,
    nullable: true,
    description: 'Eén ronde van de eigen instelling; leeg als die niet bestaat.',
    authScopes: { role: 'institution' },
    args: { id: t.arg.id({ required: true }) },
    // The MatchingRound type's scope refuses another institution's round.
    resolve: (_root, { id }, { loaders }) => loaders.round(String(id)),
  }),
}));

builder.mutationFields((t) => ({
  createMatchingRound: t.field({
    type: MatchingRoundRef,
    description: 'Start een stagematchingsronde voor een kopgroep van de eigen studenten.',
    authScopes: { role: 'institution' },
    errors: {},
    args: { input: t.arg({ type: CreateRoundInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { caller, db } = context;
      const name = input.name.trim();
      if (name.length === 0 || name.length > 200) {
        throw new InputError('Geef de ronde een naam van 1 tot 200 tekens.', 'name');
      }
      // A period's end is after its start — issue 4.
      if (input.periodEnd <= input.periodStart) {
        throw new InputError('Het einde van de periode moet na het begin liggen.', 'periodEnd');
      }
      const crebos = input.qualificationCrebos ? [...new Set(input.qualificationCrebos)] : null;
      const studentIds = [...new Set(input.studentIds.map(String))];
      if (studentIds.length === 0) throw new InputError('Kies minstens één student.', 'studentIds');
      if (studentIds.length > MAX_ROUND_STUDENTS) {
        throw new InputError(`Een ronde heeft hoogstens ${MAX_ROUND_STUDENTS} studenten.`, 'studentIds');
      }
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        const students = await findStudentsByIds(trx, studentIds);
        if (students.length < studentIds.length) {
          throw new NotFoundError('Niet alle studenten bestaan.', 'studentIds');
        }
        // A student belongs to exactly one institution, which alone can match and place them — issue 4.
        for (const institutionId of new Set(students.map((s) => s.institution_id))) {
          await requireOwner(
            context,
            ownInstitution(institutionId),
            'U kunt alleen studenten van de eigen instelling matchen.',
            'studentIds',
          );
        }
        if (crebos && students.some((s) => !crebos.includes(s.qualification_crebo))) {
          throw new InputError('Niet alle studenten volgen een kwalificatie van deze ronde.', 'studentIds');
        }
        if ((await findStudentsInOpenRounds(trx, studentIds)).length > 0) {
          throw new ConflictError('Een of meer studenten zitten al in een ronde die niet is bevestigd.', 'studentIds');
        }
        const latest = await findLatestPlacementsByStudents(trx, studentIds);
        const placed = [...latest.values()].some((placement) => {
          const status = studentPlacementStatus(
            { status: placement.status, accreditationWithdrawn: placement.accreditation_withdrawn },
            false,
          );
          return status === 'CONFIRMED' || status === 'ACCEPTED' || status === 'ACTIVE';
        });
        if (placed) throw new ConflictError('Een of meer studenten hebben al een plaats.', 'studentIds');
        await insertRound(
          trx,
          {
            id,
            institutionId: caller.organisation,
            name,
            periodStart: input.periodStart,
            periodEnd: input.periodEnd,
            qualificationCrebos: crebos,
            createdBy: caller.subject,
          },
          studentIds,
        );
      });
      const round = await context.loaders.round(id);
      if (!round) throw new Error('De ronde is niet opgeslagen.');
      return round;
    },
  }),

  submitChoices: t.field({
    type: RoundEntryRef,
    description: 'Legt de gerangschikte keuzes (1–10) van een student vast; opnieuw indienen vervangt ze.',
    authScopes: { role: ['institution', 'student'] },
    errors: {},
    args: {
      roundId: t.arg.id({ required: true }),
      studentId: t.arg.id({ required: true }),
      placeIds: t.arg.idList({ required: true }),
      requestsAccessiblePlace: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const { caller, db } = context;
      const roundId = String(args.roundId);
      const studentId = String(args.studentId);
      const placeIds = args.placeIds.map(String);
      await requireOwner(
        context,
        choicesOf(studentId),
        'Een student kan alleen de eigen keuzes doorgeven.',
        'studentId',
      );
      if (placeIds.length === 0 || placeIds.length > MAX_CHOICES) {
        throw new InputError(`Kies 1 tot ${MAX_CHOICES} plaatsen.`, 'placeIds');
      }
      if (new Set(placeIds).size !== placeIds.length) {
        throw new InputError('Elke plaats mag maar één keer in de lijst staan.', 'placeIds');
      }
      await db.transaction().execute(async (trx) => {
        const round = await lockRound(trx, roundId);
        if (!round) throw new NotFoundError('Deze ronde bestaat niet.', 'roundId');
        // The student's own institution alone matches them — issue 4; a student only for themself.
        await requireOwner(
          context,
          roundOf(round.institution_id),
          'Alleen de eigen mbo-instelling mag deze ronde beheren.',
          'roundId',
        );
        requireStatus(round, ['DRAFT'], 'Keuzes kunnen alleen worden doorgegeven zolang de ronde niet is gedraaid.');
        if (!(await findRoundStudent(trx, roundId, studentId))) {
          throw new InputError('Deze student zit niet in de ronde.', 'studentId');
        }
        const found = await findPlacesForMatching(trx, placeIds);
        if (found.length < placeIds.length) throw new NotFoundError('Niet alle plaatsen bestaan.', 'placeIds');
        await replaceChoices(trx, roundId, studentId, placeIds, args.requestsAccessiblePlace, caller.subject);
      });
      return {
        round_id: roundId,
        student_id: studentId,
        requests_accessible_place: args.requestsAccessiblePlace,
        choices: placeIds,
      };
    },
  }),

  runMatchingRound: t.field({
    type: MatchingRoundRef,
    description:
      'Draait de matching: alleen passende keuzes, dan uitgesteld aanvaarden met een loting uit het zaad (willekeurig als het ontbreekt, en vastgelegd). Opnieuw draaien vervangt de uitkomst en de aanpassingen.',
    authScopes: { role: 'institution' },
    errors: {},
    args: { roundId: t.arg.id({ required: true }), seed: t.arg.int({ required: false }) },
    resolve: async (_root, args, context) => {
      const { caller, db } = context;
      const roundId = String(args.roundId);
      if (args.seed !== null && args.seed !== undefined && (args.seed < 0 || args.seed > MAX_SEED)) {
        throw new InputError(`Het zaad is een geheel getal van 0 tot en met ${MAX_SEED}.`, 'seed');
      }
      const seed = args.seed ?? randomSeed();
      await db.transaction().execute(async (trx) => {
        const round = await ownRound(trx, context, roundId);
        requireStatus(round, ['DRAFT', 'RUN'], 'Een bevestigde ronde kan niet opnieuw worden gedraaid.');
        const students = await findRoundStudentsForRun(trx, roundId);
        const placeIds = [...new Set(students.flatMap((s) => s.choices))];
        const [rows, taken, pairs] = await Promise.all([
          findPlacesForMatching(trx, placeIds),
          countTakenSeats(trx, placeIds),
          findEquivalentPairs(trx),
        ]);
        const places = rows.map((p) => ({
          id: p.id,
          open: p.status === 'OPEN' && p.accredited,
          crebo: p.qualification_crebo,
          level: p.level,
          pathway: p.pathway,
          accessible: p.accessible,
          startsOn: p.starts_on,
          endsOn: p.ends_on,
          // A place's capacity is never exceeded — issue 4: seats already taken are not offered again.
          seatsLeft: p.capacity - (taken.get(p.id) ?? 0),
        }));
        const { outcomes } = runRound(
          students,
          places,
          { start: round.period_start, end: round.period_end },
          seed,
          canonicalCrebos(pairs),
        );
        await replaceResults(trx, roundId, outcomes);
        await setRoundStatus(trx, roundId, 'RUN', caller.subject, seed);
      });
      const round = await context.loaders.round(roundId);
      if (!round) throw new Error('De ronde ontbreekt.');
      return round;
    },
  }),

  adjustMatch: t.field({
    type: MatchResultRef,
    description: 'Past de uitkomst van één student met de hand aan; alleen met een professionele reden (vastgelegd).',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      roundId: t.arg.id({ required: true }),
      studentId: t.arg.id({ required: true }),
      placeId: t.arg.id({ required: false, description: 'Leeg: de student krijgt in deze ronde geen plaats.' }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const { caller, db } = context;
      const roundId = String(args.roundId);
      const studentId = String(args.studentId);
      const placeId = args.placeId === null || args.placeId === undefined ? null : String(args.placeId);
      // By hand only where a professional reason exists, recorded — issue 4.
      const reason = professionalReason(args.reason);
      if (!reason) throw new InputError('Geef een professionele reden van minstens 10 tekens.', 'reason');
      return db.transaction().execute(async (trx) => {
        const round = await ownRound(trx, context, roundId);
        requireStatus(round, ['RUN'], 'Alleen een gedraaide, nog niet bevestigde ronde kan worden aangepast.');
        const current = await findResult(trx, roundId, studentId);
        if (!current) throw new InputError('Deze student zit niet in de ronde.', 'studentId');
        let rank: number | null = null;
        if (placeId !== null) {
          const [place] = await lockPlacesForMatching(trx, [placeId]);
          if (!place) throw new NotFoundError('Deze plaats bestaat niet.', 'placeId');
          const [student] = await findRoundStudentsForRun(trx, roundId).then((all) =>
            all.filter((s) => s.id === studentId),
          );
          const [details] = await findPlacesForMatching(trx, [placeId]);
          if (!student || !details) throw new Error('Student of plaats ontbreekt.');
          const check = runRound(
            [{ ...student, choices: [placeId] }],
            [
              {
                id: details.id,
                open: details.status === 'OPEN' && details.accredited,
                crebo: details.qualification_crebo,
                level: details.level,
                pathway: details.pathway,
                accessible: details.accessible,
                startsOn: details.starts_on,
                endsOn: details.ends_on,
                seatsLeft: 1,
              },
            ],
            { start: round.period_start, end: round.period_end },
            0,
            canonicalCrebos(await findEquivalentPairs(trx)),
          );
          if (check.outcomes[0]?.placeId !== placeId) {
            throw new InputError(
              'Deze plaats past niet bij de student (erkenning, kwalificatie, leerweg, niveau, periode of toegankelijkheid).',
              'placeId',
            );
          }
          const taken = (await countTakenSeats(trx, [placeId])).get(placeId) ?? 0;
          const inRound = await countRoundSeats(trx, roundId, placeId, studentId);
          // A place's capacity is never exceeded — issue 4.
          if (taken + inRound >= place.capacity) {
            throw new ConflictError('Deze plaats is vol.', 'placeId');
          }
          const position = student.choices.indexOf(placeId);
          rank = position >= 0 ? position + 1 : null;
        }
        await recordAdjustment(trx, roundId, studentId, { placeId, rank, reason, by: caller.subject });
        const updated = await findResult(trx, roundId, studentId);
        if (!updated) throw new Error('De uitkomst ontbreekt.');
        return updated;
      });
    },
  }),

  confirmMatchingRound: t.field({
    type: ConfirmationRef,
    description:
      'Bevestigt een gedraaide ronde en maakt de plaatsingen. Capaciteit en status van de plaatsen worden opnieuw gecontroleerd; wie zijn plaats verliest, gaat mee naar de volgende ronde. Idempotent per sleutel.',
    authScopes: { role: 'institution' },
    errors: {},
    args: { roundId: t.arg.id({ required: true }), idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }) },
    resolve: async (_root, args, context) => {
      const { caller, db } = context;
      const roundId = String(args.roundId);
      const { value } = await db.transaction().execute(async (trx) => {
        const round = await ownRound(trx, context, roundId);
        return runIdempotent(
          trx,
          { scope: `confirmMatchingRound:${roundId}`, key: args.idempotencyKey, subject: caller.subject },
          async () => {
            requireStatus(
              round,
              ['RUN'],
              round.status === 'CONFIRMED'
                ? 'Deze ronde is al bevestigd.'
                : 'Draai de ronde eerst voordat u haar bevestigt.',
            );
            const results = await findResultsByRounds(trx, [roundId]);
            const assigned = results.flatMap((r) =>
              r.place_id === null
                ? []
                : [{ studentId: r.student_id, placeId: r.place_id, lottery: r.lottery, adjusted: r.adjusted }],
            );
            const placeIds = [...new Set(assigned.map((a) => a.placeId))];
            // Re-checked in this transaction, with the places locked: closed places and full seats drop out — issue 4.
            const places = await lockPlacesForMatching(trx, placeIds);
            const details = new Map((await findPlacesForMatching(trx, placeIds)).map((p) => [p.id, p]));
            const taken = await countTakenSeats(trx, placeIds);
            const seatsLeft = new Map(
              places.map((p) => [
                p.id,
                p.status === 'OPEN' && details.get(p.id)?.accredited ? p.capacity - (taken.get(p.id) ?? 0) : 0,
              ]),
            );
            const { kept, dropped } = keepWithinCapacity(assigned, seatsLeft);
            const companyOf = new Map(places.map((p) => [p.id, p.company_id]));
            const rows = kept.map((k) => ({
              id: randomUUID(),
              student_id: k.studentId,
              place_id: k.placeId,
              company_id: companyOf.get(k.placeId) ?? '',
              institution_id: round.institution_id,
              round_id: roundId,
              status: 'CONFIRMED' as const,
              created_by: caller.subject,
              responded_by: null,
              decline_reason: null,
              decline_explanation: null,
            }));
            await insertPlacements(trx, rows, caller.subject);
            await markDropped(
              trx,
              roundId,
              dropped.map((d) => d.studentId),
            );
            await setRoundStatus(trx, roundId, 'CONFIRMED', caller.subject);
            const placedIds = new Set(kept.map((k) => k.studentId));
            return {
              roundId,
              placementIds: rows.map((r) => r.id),
              droppedStudentIds: dropped.map((d) => d.studentId).sort(),
              unmatchedStudentIds: results
                .map((r) => r.student_id)
                .filter((id) => !placedIds.has(id))
                .sort(),
            };
          },
        );
      });
      return value;
    },
  }),
}));
