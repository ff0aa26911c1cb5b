import { randomUUID } from 'node:crypto';
import { ConflictError, createOnce, InputError, moneyToCents, NotFoundError } from '@stelsel/graphql-kit';
import {
  decideRefundRow,
  findTerms,
  insertRefund,
  lockRefund,
  saveFund,
  saveLearningMaterials,
} from '../db/refunds.ts';
import { lockProfile } from '../db/student-profiles.ts';
import { ownInstitution, selfOnly } from '../domain/access.ts';
import { dutchToday } from '../domain/calendar-day.ts';
import { decisionDeadline, MIN_REFUSAL_REASON } from '../domain/refunds.ts';
import { parseSchoolYear } from '../domain/school-year.ts';
import type { Actor, Trx } from './owner.ts';

function text(value: string, field: string, max: number, min = 1): string {
  const clean = value.trim();
  if (clean.length < min) throw new InputError(`Vul dit veld in (minstens ${min} tekens).`, field);
  if (clean.length > max) throw new InputError(`Dit veld mag hoogstens ${max} tekens hebben.`, field);
  return clean;
}

function cents(amount: string, field: string): bigint {
  const value = moneyToCents(amount);
  if (value <= 0n) throw new InputError('Het bedrag moet groter zijn dan € 0,00.', field);
  if (value > 500_000n) throw new InputError('Het bedrag mag hoogstens € 5.000,00 zijn.', field);
  return value;
}

function schoolYear(label: string) {
  const year = parseSchoolYear(label);
  if ('problem' in year) throw new InputError(year.problem, 'schoolYear');
  return year;
}

export interface RefundInput {
  studentId: string;
  schoolYear: string;
  materials: string;
  amount: string;
  explanation: string;
  idempotencyKey: string;
}

/** A student asks their institution to refund unused learning materials; only for themself. */
export async function requestRefund(trx: Trx, actor: Actor, input: RefundInput): Promise<string> {
  const student = await lockProfile(trx, input.studentId);
  if (!student) throw new NotFoundError('Deze student is bij ons niet bekend.', 'studentId');
  await actor.requireOwner(selfOnly(student), 'Je kunt alleen voor jezelf een terugbetaling aanvragen.', 'studentId');
  return createOnce(
    trx,
    { scope: 'requestRefund', key: input.idempotencyKey, subject: actor.caller.subject, request: input },
    async () => {
      const year = schoolYear(input.schoolYear);
      const today = dutchToday();
      if (year.firstDay > today) throw new InputError('Dit schooljaar is nog niet begonnen.', 'schoolYear');
      const amount = cents(input.amount, 'amount');
      const terms = await findTerms(trx, student.institutionId, year.label);
      const id = randomUUID();
      await insertRefund(trx, {
        id,
        student_id: student.studentId,
        institution_id: student.institutionId,
        school_year: year.label,
        materials: text(input.materials, 'materials', 500, 3),
        amount_cents: amount.toString(),
        explanation: text(input.explanation, 'explanation', 2000, 10),
        requested_on: today,
        decide_by: decisionDeadline(today, terms?.decision_days),
      });
      return id;
    },
  );
}

/** The institution approves or refuses a request of its own student, once, with a reason for a refusal. */
export async function decideRefund(
  trx: Trx,
  actor: Actor,
  input: { refundId: string; approve: boolean; reason: string },
): Promise<string> {
  const refund = await lockRefund(trx, input.refundId);
  if (!refund) throw new NotFoundError('Deze aanvraag bestaat niet.', 'refundId');
  await actor.requireOwner(
    ownInstitution(refund.institution_id),
    'Alleen de instelling van de student beslist over deze aanvraag.',
    'refundId',
  );
  if (refund.status !== 'REQUESTED') throw new ConflictError('Over deze aanvraag is al beslist.', 'refundId');
  const reason = input.approve
    ? text(input.reason, 'reason', 2000, 0)
    : text(input.reason, 'reason', 2000, MIN_REFUSAL_REASON);
  await decideRefundRow(trx, refund.id, {
    status: input.approve ? 'APPROVED' : 'REFUSED',
    decided_on: dutchToday(),
    decided_by: actor.caller.subject,
    decision_reason: reason,
  });
  return refund.id;
}

export interface LearningMaterialsInput {
  institutionId: string;
  schoolYear: string;
  terms: string;
  decisionDays: number;
  books: { title: string; price: string }[];
}

/** The institution publishes its book list and its terms under the regulation for a school year. */
export async function publishLearningMaterials(trx: Trx, actor: Actor, input: LearningMaterialsInput): Promise<void> {
  await actor.requireOwner(
    ownInstitution(input.institutionId),
    'Alleen de instelling zelf publiceert haar boekenlijst en voorwaarden.',
    'institutionId',
  );
  const year = schoolYear(input.schoolYear);
  if (!Number.isInteger(input.decisionDays) || input.decisionDays < 1 || input.decisionDays > 90) {
    throw new InputError('De beslistermijn moet tussen 1 en 90 dagen liggen.', 'decisionDays');
  }
  if (input.books.length > 200) throw new InputError('Een boekenlijst heeft hoogstens 200 titels.', 'books');
  const books = input.books.map((book, index) => {
    const price = moneyToCents(book.price);
    if (price < 0n) throw new InputError('Een prijs kan niet negatief zijn.', `books.${index}.price`);
    return { id: randomUUID(), title: text(book.title, `books.${index}.title`, 300), price_cents: price };
  });
  await saveLearningMaterials(
    trx,
    {
      institution_id: input.institutionId,
      school_year: year.label,
      terms: text(input.terms, 'terms', 5000, 20),
      decision_days: input.decisionDays,
      published_by: actor.caller.subject,
    },
    books,
  );
}

export interface FundInput {
  institutionId: string;
  summary: string;
  howToApply: string;
  contact: string;
  url: string | null;
}

/** The institution publishes where its students find the mbo student fund (seeds/001_…txt 933–942). */
export async function publishStudentFund(trx: Trx, actor: Actor, input: FundInput): Promise<void> {
  await actor.requireOwner(
    ownInstitution(input.institutionId),
    'Alleen de instelling zelf publiceert informatie over haar studentenfonds.',
    'institutionId',
  );
  const url = input.url?.trim() ? input.url.trim() : null;
  if (url && !/^https:\/\/[^\s]+$/.test(url)) {
    throw new InputError('Geef een webadres dat begint met https://.', 'url');
  }
  await saveFund(trx, {
    institution_id: input.institutionId,
    summary: text(input.summary, 'summary', 2000, 10),
    how_to_apply: text(input.howToApply, 'howToApply', 2000, 10),
    contact: text(input.contact, 'contact', 300, 3),
    url,
    published_by: actor.caller.subject,
  });
}
