import { randomUUID } from 'node:crypto';
import type { Caller } from '@stelsel/auth';
import { ConflictError, createOnce, InputError, NotAllowedError, NotFoundError } from '@stelsel/graphql-kit';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../db/audit.ts';
import {
  addReceipt,
  findReport,
  findReportForUpdate,
  insertReport,
  insertReportEvent,
  type ReportRow,
  updateStatus,
} from '../db/reports.ts';
import type { ReportChannel, ReportKind, ReportMoment, ReportsDatabase } from '../db/types.ts';
import { mayHandle } from '../domain/access.ts';
import { checkReportContent, forwardWorkingDays, newReceiptCode, receiptHash, sortGrounds } from '../domain/reports.ts';
import { addWorkingDays } from '../domain/working-days.ts';

type Trx = Transaction<ReportsDatabase>;

/** Who is named for an anonymous report's own actions: nobody. */
const ANONYMOUS = 'anoniem';

export interface ReportContent {
  companyId: string;
  kind: ReportKind;
  moment: ReportMoment;
  grounds: string[];
  occurredOn: string;
  description: string;
}

export interface ReporterContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

const COMPANY_ID = /^kvk-\d{8}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Today in the Netherlands, `JJJJ-MM-DD`. */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

function checkContent(content: ReportContent, today: string): void {
  if (!COMPANY_ID.test(content.companyId)) {
    throw new InputError('Kies het leerbedrijf uit de lijst van erkende leerbedrijven.', 'companyId');
  }
  const [problem] = checkReportContent(content, today);
  if (problem) throw new InputError(problem.message, problem.field);
}

function checkContact(contact: ReporterContact): { name: string | null; email: string | null; phone: string | null } {
  const clean = (value: string | null | undefined, max: number, field: string) => {
    const text = value?.trim() ?? '';
    if (text.length > max) throw new InputError(`Dit veld mag hoogstens ${max} tekens hebben.`, field);
    return text === '' ? null : text;
  };
  const email = clean(contact.email, 254, 'contact.email');
  if (email && !EMAIL.test(email)) throw new InputError('Dit is geen geldig e-mailadres.', 'contact.email');
  const phone = clean(contact.phone, 20, 'contact.phone');
  if (phone && !/^\+?[0-9 ()-]{8,20}$/.test(phone)) {
    throw new InputError('Dit is geen geldig telefoonnummer.', 'contact.phone');
  }
  return { name: clean(contact.name, 200, 'contact.name'), email, phone };
}

function statusOnArrival(channel: ReportChannel) {
  if (channel === 'SBB') return 'WITH_SBB' as const;
  if (channel === 'ADV') return 'WITH_ADV' as const;
  return 'AT_DESK' as const;
}

export interface Submitted {
  reportId: string;
  /** Shown once to whoever submitted; only its hash is kept. */
  receiptCode: string;
}

/**
 * A student reports for themself, identified or anonymous, at the channel they choose. One report per
 * idempotency key: a retry answers the same report (with a fresh receipt code, as the first answer
 * was lost). An anonymous report stores no identity: not the subject, not in the idempotency record.
 */
export async function submitByStudent(
  trx: Trx,
  caller: Caller,
  input: ReportContent & { channel: ReportChannel; anonymous: boolean; contact?: ReporterContact | null },
  idempotencyKey: string,
  now = new Date(),
): Promise<Submitted> {
  const today = todayInNetherlands(now);
  checkContent(input, today);
  if (input.anonymous && input.contact && (input.contact.name || input.contact.email || input.contact.phone)) {
    throw new InputError('Een anonieme melding heeft geen contactgegevens; laat ze leeg of meld met naam.', 'contact');
  }
  const contact = input.anonymous ? null : checkContact(input.contact ?? {});
  const registeredBy = input.anonymous ? ANONYMOUS : caller.subject;
  const reportId = await createOnce(
    trx,
    { scope: 'submitReport', key: idempotencyKey, subject: registeredBy, request: { ...input, contact } },
    async () => {
      const id = randomUUID();
      const status = statusOnArrival(input.channel);
      await insertReport(trx, {
        id,
        institutionId: caller.organisation,
        companyId: input.companyId,
        kind: input.kind,
        moment: input.moment,
        grounds: sortGrounds(input.grounds),
        occurredOn: input.occurredOn,
        description: input.description.trim(),
        channel: input.channel,
        status,
        forwardDueOn: input.channel === 'INSTITUTION_DESK' ? addWorkingDays(today, forwardWorkingDays()) : null,
        registeredBy,
        registeredByRole: 'student',
        reporter: contact ? { pseudonym: randomUUID(), student_subject: caller.subject, ...contact } : null,
      });
      if (input.channel === 'SBB')
        await trx.updateTable('report').set({ forwarded_at: now }).where('id', '=', id).execute();
      await insertReportEvent(trx, {
        report_id: id,
        kind: 'STATUS',
        status,
        text: null,
        by_subject: registeredBy,
        by_role: 'student',
        by_organisation: caller.organisation,
      });
      return id;
    },
  );
  const receiptCode = newReceiptCode();
  await addReceipt(trx, reportId, receiptHash(receiptCode.replaceAll('-', '')));
  return { reportId, receiptCode };
}

/**
 * The desk registers a report that came in at the institution, on the student's behalf: always a desk
 * report (to be forwarded to SBB within the set working days). Without contact details it is anonymous.
 */
export async function registerAtDesk(
  trx: Trx,
  caller: Caller,
  input: ReportContent & { contact?: (ReporterContact & { studentId?: string | null }) | null },
  idempotencyKey: string,
  now = new Date(),
): Promise<Submitted> {
  const today = todayInNetherlands(now);
  checkContent(input, today);
  const contact = input.contact ? checkContact(input.contact) : null;
  const studentId = input.contact?.studentId?.trim() || null;
  if (studentId && !studentId.startsWith(`${caller.organisation}-`)) {
    throw new InputError('Dit is geen student van uw instelling.', 'contact.studentId');
  }
  const identified = Boolean(studentId || contact?.name || contact?.email || contact?.phone);
  const reportId = await createOnce(
    trx,
    { scope: 'registerReport', key: idempotencyKey, subject: caller.subject, request: input },
    async () => {
      const id = randomUUID();
      await insertReport(trx, {
        id,
        institutionId: caller.organisation,
        companyId: input.companyId,
        kind: input.kind,
        moment: input.moment,
        grounds: sortGrounds(input.grounds),
        occurredOn: input.occurredOn,
        description: input.description.trim(),
        channel: 'INSTITUTION_DESK',
        status: 'AT_DESK',
        forwardDueOn: addWorkingDays(today, forwardWorkingDays()),
        registeredBy: caller.subject,
        registeredByRole: 'institution',
        reporter: identified
          ? {
              pseudonym: randomUUID(),
              student_subject: studentId,
              name: contact?.name ?? null,
              email: contact?.email ?? null,
              phone: contact?.phone ?? null,
            }
          : null,
      });
      await insertReportEvent(trx, {
        report_id: id,
        kind: 'STATUS',
        status: 'AT_DESK',
        text: null,
        by_subject: caller.subject,
        by_role: caller.role,
        by_organisation: caller.organisation,
      });
      return id;
    },
  );
  const receiptCode = newReceiptCode();
  await addReceipt(trx, reportId, receiptHash(receiptCode.replaceAll('-', '')));
  return { reportId, receiptCode };
}

async function handledReport(trx: Trx, caller: Caller, reportId: string): Promise<ReportRow> {
  const report = await findReportForUpdate(trx, reportId);
  // Someone who may not handle it learns nothing, not even that it exists.
  if (!report || !mayHandle(caller, report)) throw new NotFoundError('Deze melding bestaat niet.', 'reportId');
  return report;
}

/** The desk forwards a report about an accredited company to SBB (every such report must be). */
export async function forwardToSbb(trx: Trx, caller: Caller, reportId: string, now = new Date()): Promise<void> {
  const report = await handledReport(trx, caller, reportId);
  if (caller.role !== 'institution') throw new NotAllowedError('Alleen het meldpunt van de school stuurt door.');
  if (report.status !== 'AT_DESK') throw new ConflictError('Deze melding is al doorgestuurd naar SBB.', 'reportId');
  await updateStatus(trx, reportId, 'WITH_SBB', { forwardedAt: now });
  await insertReportEvent(trx, {
    report_id: reportId,
    kind: 'STATUS',
    status: 'WITH_SBB',
    text: null,
    by_subject: caller.subject,
    by_role: caller.role,
    by_organisation: caller.organisation,
  });
}

export const NOTE_MAX = 2_000;

/** A follow-up note by a handler (desk or SBB); notes are visible to the handlers only. */
export async function addNote(trx: Trx, caller: Caller, reportId: string, text: string): Promise<void> {
  await handledReport(trx, caller, reportId);
  const note = text.trim();
  if (note.length === 0) throw new InputError('Schrijf een notitie.', 'text');
  if (note.length > NOTE_MAX) throw new InputError(`Een notitie mag hoogstens ${NOTE_MAX} tekens hebben.`, 'text');
  await insertReportEvent(trx, {
    report_id: reportId,
    kind: 'NOTE',
    status: null,
    text: note,
    by_subject: caller.subject,
    by_role: caller.role,
    by_organisation: caller.organisation,
  });
}

/**
 * A handler opens a report's details: the read is audit-logged (who, role, when, which report, which
 * fields) in the same transaction, so there is no read without its entry.
 */
export async function readDetails(
  db: Kysely<ReportsDatabase>,
  caller: Caller,
  reportId: string,
  fields: readonly string[],
): Promise<ReportRow | null> {
  return db.transaction().execute(async (trx) => {
    const report = await findReport(trx, reportId);
    if (!report || !mayHandle(caller, report)) return null;
    await recordAudit(trx, caller, 'READ', 'report', reportId, fields);
    return report;
  });
}
