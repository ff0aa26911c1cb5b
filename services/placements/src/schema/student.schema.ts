import { forbidden } from '@stelsel/graphql-kit';
import { findStudentsByInstitution, type StudentRecord } from '../db/students.ts';
import { studentRecord, studentsOf } from '../domain/access.ts';
import { builder } from './builder.ts';
import { InstitutionRef } from './institution.schema.ts';
import { Pathway, QualificationRef, qualificationOf } from './qualification.schema.ts';

/** Personal data: every field is guarded by the type's scope, whatever path led here (entity references too). */
export const StudentRef = builder.objectRef<StudentRecord>('Student').implement({
  description: 'Een mbo-student. Persoonsgegevens: alleen zichtbaar voor de eigen instelling en de student zelf.',
  authScopes: (student) => studentRecord(student),
  fields: (t) => ({
    id: t.exposeID('id'),
    givenName: t.exposeString('given_name', { description: 'Voornaam.' }),
    familyName: t.exposeString('family_name', { description: 'Achternaam, met tussenvoegsel.' }),
    institution: t.field({
      type: InstitutionRef,
      resolve: async (student, _args, { loaders }) => {
        const institution = await loaders.institution(student.institution_id);
        if (!institution) throw new Error(`Instelling ${student.institution_id} ontbreekt.`);
        return institution;
      },
    }),
    qualification: t.field({ type: QualificationRef, resolve: qualificationOf }),
    level: t.exposeInt('level', { description: 'Niveau 1 (Entree) tot en met 4.' }),
    pathway: t.field({ type: Pathway, resolve: (student) => student.pathway }),
    cohort: t.exposeInt('cohort', { description: 'Jaar van inschrijving.' }),
    dateOfBirth: t.field({ type: 'Date', resolve: (student) => student.date_of_birth }),
  }),
});

builder.asEntity(StudentRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, { loaders }) => loaders.student(reference.id),
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
    resolve: (_root, args, { loaders }) => loaders.student(String(args.id)),
  }),
  me: t.field({
    type: StudentRef,
    nullable: true,
    description: 'De ingelogde student zelf.',
    authScopes: { role: 'student' },
    // The own record at the institution the student logged in for; none elsewhere.
    resolve: async (_root, _args, { caller, loaders }) => {
      const student = await loaders.student(caller.subject);
      return student?.institution_id === caller.organisation ? student : null;
    },
  }),
}));
