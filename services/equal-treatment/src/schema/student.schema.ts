import { findProfilesByIds, type StudentProfile } from '../db/student-profiles.ts';
import { studentRecord } from '../domain/access.ts';
import { builder } from './builder.ts';

/**
 * placements owns `Student`; equal-treatment adds the student's books, card and refunds to it. It knows a
 * student only from placements' StudentRecorded events (student_profile), so a reference to a student it
 * never heard of answers null.
 */
export const StudentRef = builder.loadableObjectRef('Student', {
  load: (ids: string[], { db }) => findProfilesByIds(db, ids),
  toKey: (student: StudentProfile) => student.studentId,
  sort: true,
});

StudentRef.implement({
  description: 'Een mbo-student (van placements), met wat gelijkwaardige behandeling over hem of haar weet.',
  // Personal data: the own institution and the student themself, whatever path led here.
  authScopes: (student) => studentRecord(student),
  fields: (t) => ({
    id: t.exposeID('studentId'),
  }),
});

builder.asEntity(StudentRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) =>
    StudentRef.getDataloader(context)
      .load(reference.id)
      .catch(() => null),
});
