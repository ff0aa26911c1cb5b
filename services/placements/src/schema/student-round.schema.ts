import { listsInKeyOrder, loadOne } from '@stelsel/graphql-kit';
import { MAX_CHOICES } from '@stelsel/placements-common';
import type { PlaceRecord } from '../db/places.ts';
import { findRoundsOfStudents, type StudentRoundRecord } from '../db/student-rounds.ts';
import { type StudentRoundOutcome, studentRoundOutcome } from '../domain/rounds.ts';
import { builder } from './builder.ts';
import { PlaceRef } from './place.schema.ts';
import { RoundStatusRef } from './round.schema.ts';
import { StudentRef } from './student.schema.ts';

interface ChoiceShape {
  rank: number;
  place: PlaceRecord;
}

const StudentRoundChoiceRef = builder.objectRef<ChoiceShape>('StudentRoundChoice').implement({
  description: 'Eén keuze van de student in een ronde.',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: 'Plaats in de eigen lijst: 1 is de eerste keuze.' }),
    place: t.field({ type: PlaceRef, resolve: (choice) => choice.place }),
  }),
});

const StudentRoundOutcomeRef = builder.objectRef<StudentRoundOutcome>('StudentRoundOutcome').implement({
  description: 'De eigen uitkomst van de student in een bevestigde ronde. Zonder lotnummer.',
  fields: (t) => ({
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'De plaats die de student kreeg; leeg als de student in deze ronde geen plaats kreeg.',
      resolve: (outcome) => outcome.placeId,
    }),
    rank: t.int({
      nullable: true,
      description: 'Welke keuze uit de eigen lijst het werd; leeg zonder plaats of bij een plaats buiten de lijst.',
      resolve: (outcome) => outcome.rank,
    }),
    reason: t.string({ description: 'De uitleg in één zin.', resolve: (outcome) => outcome.reason }),
  }),
});

/** A round as its student sees it: the own choices, the own outcome after confirmation — issue 4, Stagepact. */
const StudentMatchingRoundRef = builder.objectRef<StudentRoundRecord>('StudentMatchingRound').implement({
  description:
    'Een stagematchingsronde waarin de student meedoet, met de eigen keuzes en, pas na bevestiging door de instelling, ' +
    'de eigen uitkomst. Alleen voor de student zelf en de eigen instelling; geen lotnummer, geen andere studenten.',
  fields: (t) => ({
    id: t.id({ description: 'Id van de ronde.', resolve: (round) => round.round_id }),
    name: t.exposeString('name'),
    status: t.field({
      type: RoundStatusRef,
      description: 'Keuzes kunnen alleen worden doorgegeven zolang de ronde in voorbereiding is (DRAFT).',
      resolve: (round) => round.status,
    }),
    periodStart: t.field({ type: 'Date', resolve: (round) => round.period_start }),
    periodEnd: t.field({ type: 'Date', resolve: (round) => round.period_end }),
    requestsAccessiblePlace: t.exposeBoolean('requests_accessible_place', {
      description: 'De student vraagt een toegankelijke werkplek: een filter, nooit iets waarop een bedrijf kiest.',
    }),
    maxChoices: t.int({
      description: 'Hoeveel plaatsen de student hoogstens rangschikt (minstens 1).',
      resolve: () => MAX_CHOICES,
    }),
    choicesSubmittedAt: t.string({
      nullable: true,
      description: 'Wanneer de keuzes het laatst zijn doorgegeven (ISO 8601); leeg als er nog geen zijn.',
      resolve: (round) => round.choices_at?.toISOString() ?? null,
    }),
    choices: t.field({
      type: [StudentRoundChoiceRef],
      description: 'De eigen keuzes, de beste eerst (hoogstens `maxChoices`).',
      resolve: async (round, _args, context) => {
        const places = await Promise.all(round.choices.map((id) => loadOne(PlaceRef, context, id)));
        return places.flatMap((place, index) => (place ? [{ rank: index + 1, place }] : []));
      },
    }),
    confirmedAt: t.string({
      nullable: true,
      description: 'Wanneer de instelling de ronde bevestigde (ISO 8601).',
      resolve: (round) => round.confirmed_at?.toISOString() ?? null,
    }),
    outcome: t.field({
      type: StudentRoundOutcomeRef,
      nullable: true,
      description: 'De eigen uitkomst; leeg zolang de instelling de ronde niet heeft bevestigd.',
      resolve: (round) => studentRoundOutcome(round.status, round.result),
    }),
  }),
});

// Personal data: behind the Student type's scope (the student, the own institution).
builder.objectField(StudentRef, 'matchingRounds', (t) =>
  t.loadableList({
    type: StudentMatchingRoundRef,
    description:
      'De stagematchingsrondes waarin de student meedoet, nieuwste eerst: alleen voor de student zelf en de eigen instelling.',
    load: async (ids: string[], { db }) =>
      listsInKeyOrder(ids, await findRoundsOfStudents(db, ids), (round) => round.student_id),
    resolve: (student) => student.id,
  }),
);
