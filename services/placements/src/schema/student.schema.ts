import { forbidden, loadOne } from '@stelsel/graphql-kit';
import { findStudentsByIds, findStudentsByInstitution } from '../db/students.ts';
import { studentRecord, studentsOf } from '../domain/access.ts';
import { builder } from './builder.ts';

import { InstitutionRef } from './institution.schema.ts';
import { Pathway, QualificationRef, qualificationOf } from './qualification.schema.ts';

/** Personal data: every field is guarded by the type's scope, whatever path led here (entity references too). */
export const StudentRef = builder.loadableObjectRef('Student', {
  // One query for all students a request asks (entity references, placements' and rounds' students).
  load: (ids: string[], { db }) => findStudentsByIds(db, ids),
  toKey: (student) => student.id,
  sort: true,
});

StudentRef.implement({
  description: 'Een mbo-student. Persoonsgegevens: alleen zichtbaar voor de eigen instelling en de student zelf.',
  authScopes: (student) => studentRecord(student),
  fields: (t) => ({
    id: t.exposeID('id'),
    givenName: t.exposeString('given_name', { description: 'Voornaam.' }),
    familyName: t.exposeString('family_name', { description: 'Achternaam, met tussenvoegsel.' }),
    // The id: the Institution loader answers all of a request's students with one query.
    institution: t.field({ type: InstitutionRef, resolve: (student) => student.institution_id }),
    qualification: t.field({ type: QualificationRef, resolve: qualificationOf }),
    level: t.exposeInt('level', { description: 'Niveau 1 (Entree) tot en met 4.' }),
    pathway: t.field({ type: Pathway, resolve: (student) => student.pathway }),
    cohort: t.exposeInt('cohort', { description: 'Jaar van inschrijving.' }),
    dateOfBirth: t.field({ type: 'Date', resolve: (student) => student.date_of_birth }),
    leftOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'De dag van uitschrijving; leeg zolang de student ingeschreven is.',
      resolve: (student) => student.left_on,
    }),
  }),
});

builder.asEntity(StudentRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOne(StudentRef, context, reference.id),
});

builder.objectField(InstitutionRef, 'students', (t) =>
  t.field({
    type: [StudentRef],
    description: 'Studenten van deze instelling: alleen voor de instelling zelf.',
    // Only the caller's own institution passes, so this is one query per request, never one per institution.
    authScopes: (institution) => studentsOf(institution.id),
    unauthorizedError: () =>
      forbidden('Alleen de eigen mbo-instelling mag de gegevens van haar studenten inzien.', 'students'),
    resolve: (institution, _args, { db }) => findStudentsByInstitution(db, institution.id),
  }),
);

builder.queryFields((t) => ({
  student: t.field({
    type: StudentRef,
    nullable: true,
    description:
      'Eén student: voor de eigen instelling en de student zelf (persoonsgegevens); leeg als die niet bestaat.',
    authScopes: { role: ['institution', 'student'] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => loadOne(StudentRef, context, String(args.id)),
  }),
  me: t.field({
    type: StudentRef,
    nullable: true,
    description: 'De ingelogde student zelf.',
    authScopes: { role: 'student' },
    // The own record at the institution the student logged in for; none elsewhere.
    resolve: async (_root, _args, context) => {
      const { caller } = context;
      const student = await loadOne(StudentRef, context, caller.subject);
      return student?.institution_id === caller.organisation ? student : null;
    },
  }),
}));
