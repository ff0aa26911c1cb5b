import type { DomainEvent, EventHandler } from '@stelsel/events';
import { saveStudentProfile } from '../db/student-profiles.ts';
import type { EqualTreatmentDatabase } from '../db/types.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(event: DomainEvent) {
  const p = event.payload;
  const ok =
    typeof p.studentId === 'string' &&
    typeof p.institutionId === 'string' &&
    typeof p.level === 'number' &&
    (p.pathway === 'BOL' || p.pathway === 'BBL') &&
    (p.programme === 'MBO' || p.programme === 'VAVO' || p.programme === 'ISK') &&
    typeof p.cohort === 'number' &&
    typeof p.dateOfBirth === 'string' &&
    DATE.test(p.dateOfBirth) &&
    (p.leftOn === null || (typeof p.leftOn === 'string' && DATE.test(p.leftOn)));
  if (!ok) throw new Error(`Onvolledige student in event ${event.id}.`);
  return {
    studentId: p.studentId as string,
    institutionId: p.institutionId as string,
    level: p.level as number,
    pathway: p.pathway as 'BOL' | 'BBL',
    programme: p.programme as 'MBO' | 'VAVO' | 'ISK',
    cohort: p.cohort as number,
    dateOfBirth: p.dateOfBirth as string,
    leftOn: p.leftOn as string | null,
  };
}

/**
 * Keeps placements' view of each student's enrolment (StudentRecorded: the whole current state), so the
 * book entitlement is always decided on placements' date of birth. Events of one student arrive in
 * placements' order; the newest replaces the row. Applied once per event (the inbox).
 */
export const studentProfiles: EventHandler<EqualTreatmentDatabase> = {
  source: 'placements',
  types: ['StudentRecorded'],
  async handle(trx, event) {
    await saveStudentProfile(trx, event.id, parse(event));
  },
};
