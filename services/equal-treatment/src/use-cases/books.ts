import { randomUUID } from 'node:crypto';
import { ConflictError, createOnce, InputError, NotFoundError } from '@stelsel/graphql-kit';
import { findProvisions, insertProvision } from '../db/book-provisions.ts';
import { lockProfile } from '../db/student-profiles.ts';
import type { BasicSkill, BookProvisionKind } from '../db/types.ts';
import { ownInstitution } from '../domain/access.ts';
import { BASIC_SKILL_LABELS, basicSkillsBooksEntitlement } from '../domain/book-entitlement.ts';
import { dutchToday } from '../domain/calendar-day.ts';
import { parseSchoolYear } from '../domain/school-year.ts';
import type { Actor, Trx } from './owner.ts';

export interface ProvisionInput {
  studentId: string;
  schoolYear: string;
  subject: BasicSkill;
  kind: BookProvisionKind;
  providedOn: string;
  idempotencyKey: string;
}

/**
 * The institution records that it provided the books or licence for one basic skill. Refused for a student
 * who is not entitled that year (the rule in domain/book-entitlement.ts, on placements' date of birth).
 */
export async function recordProvision(trx: Trx, actor: Actor, input: ProvisionInput): Promise<string> {
  const year = parseSchoolYear(input.schoolYear);
  if ('problem' in year) throw new InputError(year.problem, 'schoolYear');
  const student = await lockProfile(trx, input.studentId);
  if (!student) throw new NotFoundError('Deze student is bij ons niet bekend.', 'studentId');
  await actor.requireOwner(
    ownInstitution(student.institutionId),
    'Alleen de eigen instelling van de student legt verstrekte boeken vast.',
    'studentId',
  );
  return createOnce(
    trx,
    { scope: 'recordBookProvision', key: input.idempotencyKey, subject: actor.caller.subject, request: input },
    async () => {
      const entitlement = basicSkillsBooksEntitlement(student, year);
      if (!entitlement.entitled) {
        throw new InputError(`Geen recht op gratis boeken in ${year.label}: ${entitlement.reason}`, 'studentId');
      }
      if (
        input.providedOn > dutchToday() ||
        input.providedOn < `${year.startYear}-06-01` ||
        input.providedOn > year.lastDay
      ) {
        throw new InputError(
          `De datum van verstrekking moet in schooljaar ${year.label} (of de zomer ervoor) liggen en niet in de toekomst.`,
          'providedOn',
        );
      }
      const existing = await findProvisions(trx, year.label, [student.studentId]);
      if (existing.some((p) => p.subject === input.subject)) {
        throw new ConflictError(
          `Voor ${BASIC_SKILL_LABELS[input.subject]} is in ${year.label} al een verstrekking vastgelegd.`,
          'subject',
        );
      }
      const id = randomUUID();
      await insertProvision(trx, {
        id,
        student_id: student.studentId,
        institution_id: student.institutionId,
        school_year: year.label,
        subject: input.subject,
        kind: input.kind,
        provided_on: input.providedOn,
        recorded_by: actor.caller.subject,
      });
      return id;
    },
  );
}
