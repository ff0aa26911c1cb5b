import { forbidden, inKeyOrder } from '@stelsel/graphql-kit';
import { type CardRow, findCardById, findCardsOfStudents } from '../db/cards.ts';
import { findProfilesOfInstitution, type StudentProfile } from '../db/student-profiles.ts';
import { ownInstitution } from '../domain/access.ts';
import * as cards from '../use-cases/cards.ts';
import { actorOf } from './actor-of.ts';
import { builder } from './builder.ts';
import { StudentRef } from './student.schema.ts';

export const StudentCardRef = builder.objectRef<CardRow>('StudentCard').implement({
  description: 'Een fysieke studentenkaart, uitgegeven door de instelling.',
  fields: (t) => ({
    id: t.exposeID('id'),
    cardNumber: t.exposeString('card_number'),
    issuedOn: t.field({ type: 'Date', resolve: (c) => c.issued_on }),
    validUntil: t.field({ type: 'Date', resolve: (c) => c.valid_until }),
  }),
});

/** One query for the cards of all students a request asks about. */
const cardOf = (t: Parameters<Parameters<typeof builder.objectField>[2]>[0]) =>
  t.loadable({
    type: StudentCardRef,
    nullable: true,
    description: 'De studentenkaart; leeg zolang de student er geen heeft.',
    load: async (ids: string[], { db }) => {
      const rows = await findCardsOfStudents(db, ids);
      return inKeyOrder(ids, new Map(rows.map((r) => [r.student_id, r])), null);
    },
    resolve: (student: StudentProfile) => student.studentId,
  });

builder.objectField(StudentRef, 'studentCard', cardOf);

const StudentCardStatusRef = builder.objectRef<StudentProfile>('StudentCardStatus').implement({
  description: 'Een student van de instelling en zijn of haar studentenkaart (leeg: nog geen kaart).',
  fields: (t) => ({
    student: t.field({ type: StudentRef, resolve: (s) => s }),
    card: cardOf(t as never),
  }),
});

builder.queryFields((t) => ({
  studentCardsOfInstitution: t.field({
    type: [StudentCardStatusRef],
    nullable: true,
    description: 'Alle studenten van de eigen instelling met hun studentenkaart: wie heeft er nog geen?',
    args: { institutionId: t.arg.id({ required: true }) },
    authScopes: (_root, { institutionId }) => ownInstitution(String(institutionId)),
    unauthorizedError: () => forbidden('Alleen de eigen instelling ziet de studentenkaarten van haar studenten.'),
    resolve: (_root, { institutionId }, { db }) => findProfilesOfInstitution(db, String(institutionId)),
  }),
}));

builder.mutationFields((t) => ({
  issueStudentCard: t.field({
    type: StudentCardRef,
    description:
      'Geeft een eigen student een fysieke studentenkaart (één per student). Herhalen met dezelfde idempotencyKey maakt geen tweede.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      studentId: t.arg.id({ required: true }),
      cardNumber: t.arg.string({ required: true }),
      issuedOn: t.arg({ type: 'Date', required: true }),
      validUntil: t.arg({ type: 'Date', required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => cards.issueCard(trx, actorOf(context), { ...args, studentId: String(args.studentId) }));
      const card = await findCardById(context.db, id);
      if (!card) throw new Error('De kaart is niet opgeslagen.');
      return card;
    },
  }),
}));
