import { randomUUID } from 'node:crypto';
import { ConflictError, createOnce, InputError, NotFoundError } from '@stelsel/graphql-kit';
import { findCardByNumber, findCardsOfStudents, insertCard } from '../db/cards.ts';
import { lockProfile } from '../db/student-profiles.ts';
import { ownInstitution } from '../domain/access.ts';
import { dutchToday } from '../domain/calendar-day.ts';
import type { Actor, Trx } from './owner.ts';

/** Card numbers as printed: capitals, digits and hyphens, 4–32 characters (our own format check). */
const CARD_NUMBER = /^[A-Z0-9-]{4,32}$/;

export interface IssueCardInput {
  studentId: string;
  cardNumber: string;
  issuedOn: string;
  validUntil: string;
  idempotencyKey: string;
}

/** The institution hands a physical student card to its own student (seeds/001_…txt 1122–1123): one per student. */
export async function issueCard(trx: Trx, actor: Actor, input: IssueCardInput): Promise<string> {
  const cardNumber = input.cardNumber.trim().toUpperCase();
  const student = await lockProfile(trx, input.studentId);
  if (!student) throw new NotFoundError('Deze student is bij ons niet bekend.', 'studentId');
  await actor.requireOwner(
    ownInstitution(student.institutionId),
    'Alleen de eigen instelling geeft deze student een studentenkaart.',
    'studentId',
  );
  return createOnce(
    trx,
    { scope: 'issueStudentCard', key: input.idempotencyKey, subject: actor.caller.subject, request: input },
    async () => {
      if (!CARD_NUMBER.test(cardNumber)) {
        throw new InputError('Een kaartnummer bestaat uit 4 tot 32 hoofdletters, cijfers of streepjes.', 'cardNumber');
      }
      if (input.issuedOn > dutchToday()) {
        throw new InputError('De datum van uitgifte mag niet in de toekomst liggen.', 'issuedOn');
      }
      if (input.validUntil <= input.issuedOn) {
        throw new InputError('De kaart moet geldig blijven tot na de dag van uitgifte.', 'validUntil');
      }
      if ((await findCardsOfStudents(trx, [student.studentId])).length > 0) {
        throw new ConflictError('Deze student heeft al een studentenkaart.', 'studentId');
      }
      if (await findCardByNumber(trx, student.institutionId, cardNumber)) {
        throw new ConflictError('Dit kaartnummer is al aan een andere student gegeven.', 'cardNumber');
      }
      const id = randomUUID();
      await insertCard(trx, {
        id,
        student_id: student.studentId,
        institution_id: student.institutionId,
        card_number: cardNumber,
        issued_on: input.issuedOn,
        valid_until: input.validUntil,
        issued_by: actor.caller.subject,
      });
      return id;
    },
  );
}
