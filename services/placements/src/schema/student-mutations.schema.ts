import { loadOne } from '@stelsel/graphql-kit';
import * as students from '../use-cases/students.ts';
import { actorOf, builder } from './builder.ts';
import { StudentRef } from './student.schema.ts';

// The institution keeps its students' enrolment right; other services follow through StudentRecorded.
builder.mutationFields((t) => ({
  correctStudentDateOfBirth: t.field({
    type: StudentRef,
    description:
      'Verbetert de geboortedatum van een eigen student. Diensten die ermee beslissen (gratis boeken) volgen vanzelf.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      studentId: t.arg.id({ required: true }),
      dateOfBirth: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db.transaction().execute((trx) =>
        students.correctDateOfBirth(trx, actorOf(context), {
          studentId: String(args.studentId),
          dateOfBirth: args.dateOfBirth,
        }),
      );
      const student = await loadOne(StudentRef, context, id);
      if (!student) throw new Error('De student is niet gevonden na het opslaan.');
      return student;
    },
  }),
  recordStudentLeaving: t.field({
    type: StudentRef,
    description: 'Legt vast dat een eigen student is uitgeschreven op een dag (leeg: weer ingeschreven).',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      studentId: t.arg.id({ required: true }),
      leftOn: t.arg({ type: 'Date', required: false }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db.transaction().execute((trx) =>
        students.recordLeaving(trx, actorOf(context), {
          studentId: String(args.studentId),
          leftOn: args.leftOn ?? null,
        }),
      );
      const student = await loadOne(StudentRef, context, id);
      if (!student) throw new Error('De student is niet gevonden na het opslaan.');
      return student;
    },
  }),
}));
