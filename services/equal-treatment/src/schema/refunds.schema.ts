import { forbidden, listsInKeyOrder } from '@stelsel/graphql-kit';
import { findRefundById, findRefundsOfInstitution, findRefundsOfStudents, type RefundRow } from '../db/refunds.ts';
import type { StudentProfile } from '../db/student-profiles.ts';
import { ownInstitution } from '../domain/access.ts';
import { dutchToday } from '../domain/calendar-day.ts';
import { refundOverdue } from '../domain/refunds.ts';
import * as refunds from '../use-cases/refunds.ts';
import { actorOf } from './actor-of.ts';
import { builder } from './builder.ts';
import { StudentRef } from './student.schema.ts';

const RefundStatus = builder.enumType('RefundStatus', {
  description: 'Stand van een aanvraag onder de regeling ongebruikte leermiddelen.',
  values: {
    REQUESTED: { description: 'Aangevraagd; de instelling beslist nog.' },
    APPROVED: { description: 'Toegekend: de instelling betaalt terug.' },
    REFUSED: { description: 'Afgewezen, met een reden.' },
  },
});

export const RefundRequestRef = builder.objectRef<RefundRow>('RefundRequest').implement({
  description: 'Een aanvraag om terugbetaling van ongebruikte leermiddelen (regeling ongebruikte leermiddelen).',
  fields: (t) => ({
    id: t.exposeID('id'),
    student: t.field({
      type: StudentRef,
      nullable: true,
      resolve: (r, _args, context) =>
        StudentRef.getDataloader(context)
          .load(r.student_id)
          .catch(() => null),
    }),
    schoolYear: t.exposeString('school_year'),
    materials: t.exposeString('materials', { description: 'Welke leermiddelen, in de woorden van de student.' }),
    amount: t.field({ type: 'Money', resolve: (r) => BigInt(r.amount_cents) }),
    explanation: t.exposeString('explanation'),
    status: t.field({ type: RefundStatus, resolve: (r) => r.status }),
    requestedOn: t.field({ type: 'Date', resolve: (r) => r.requested_on }),
    decideBy: t.field({
      type: 'Date',
      description: 'De laatste dag voor het besluit van de instelling.',
      resolve: (r) => r.decide_by,
    }),
    overdue: t.boolean({
      description: 'Nog geen besluit en de termijn is voorbij.',
      resolve: (r) => refundOverdue(r, dutchToday()),
    }),
    decidedOn: t.field({ type: 'Date', nullable: true, resolve: (r) => r.decided_on }),
    decisionReason: t.string({ nullable: true, resolve: (r) => r.decision_reason }),
  }),
});

builder.objectField(StudentRef, 'refundRequests', (t) =>
  t.loadableList({
    type: RefundRequestRef,
    description: 'De eigen aanvragen om terugbetaling van ongebruikte leermiddelen, nieuwste eerst.',
    load: async (ids: string[], { db }) =>
      listsInKeyOrder(ids, await findRefundsOfStudents(db, ids), (r) => r.student_id),
    resolve: (student: StudentProfile) => student.studentId,
  }),
);

builder.queryFields((t) => ({
  refundRequestsOfInstitution: t.field({
    type: [RefundRequestRef],
    nullable: true,
    description: 'Alle aanvragen van studenten van de eigen instelling, eerst die het eerst een besluit nodig hebben.',
    args: { institutionId: t.arg.id({ required: true }) },
    authScopes: (_root, { institutionId }) => ownInstitution(String(institutionId)),
    unauthorizedError: () => forbidden('Alleen de eigen instelling ziet de aanvragen van haar studenten.'),
    resolve: (_root, { institutionId }, { db }) => findRefundsOfInstitution(db, String(institutionId)),
  }),
}));

builder.mutationFields((t) => ({
  requestRefund: t.field({
    type: RefundRequestRef,
    description:
      'Een student vraagt terugbetaling van ongebruikte leermiddelen, alleen voor zichzelf. Herhalen met dezelfde ' +
      'idempotencyKey maakt geen tweede aanvraag.',
    authScopes: { role: 'student' },
    errors: {},
    args: {
      studentId: t.arg.id({ required: true }),
      schoolYear: t.arg.string({ required: true }),
      materials: t.arg.string({ required: true }),
      amount: t.arg({ type: 'Money', required: true }),
      explanation: t.arg.string({ required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => refunds.requestRefund(trx, actorOf(context), { ...args, studentId: String(args.studentId) }));
      const row = await findRefundById(context.db, id);
      if (!row) throw new Error('De aanvraag is niet opgeslagen.');
      return row;
    },
  }),
  decideRefund: t.field({
    type: RefundRequestRef,
    description: 'De instelling kent een aanvraag toe of wijst haar af (met reden), één keer.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      refundId: t.arg.id({ required: true }),
      approve: t.arg.boolean({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => refunds.decideRefund(trx, actorOf(context), { ...args, refundId: String(args.refundId) }));
      const row = await findRefundById(context.db, id);
      if (!row) throw new Error('De aanvraag is niet gevonden.');
      return row;
    },
  }),
}));
