import { randomUUID } from 'node:crypto';
import type { Caller } from '@stelsel/auth';
import { appendEvent } from '@stelsel/events';
import { ConflictError, InputError, NotFoundError } from '@stelsel/graphql-kit';
import type { Transaction } from 'kysely';
import {
  type CaseRow,
  findAgreementForUpdate,
  findAgreements,
  findCaseForUpdate,
  findStatements,
  insertAgreements,
  insertCase,
  insertStatement,
  updateAgreement,
  updateCase,
} from '../db/cases.ts';
import { insertReportEvent, updateStatus } from '../db/reports.ts';
import type { AgreementKind, CaseDecision, HearingParty, ReportsDatabase } from '../db/types.ts';
import {
  ACKNOWLEDGE_WORKING_DAYS,
  accreditationEffect,
  decisionProblems,
  mayDecide,
  nextStatus,
  statusAfterDecision,
} from '../domain/cases.ts';
import { addWorkingDays, todayInNetherlands } from '../domain/working-days.ts';

type Trx = Transaction<ReportsDatabase>;

/** A report reached SBB (sent directly or forwarded by a desk): SBB's case opens with it. */
export async function openCase(trx: Trx, reportId: string, receivedAt: Date): Promise<string> {
  const id = randomUUID();
  await insertCase(trx, {
    id,
    reportId,
    receivedAt,
    acknowledgeDueOn: addWorkingDays(todayInNetherlands(receivedAt), ACKNOWLEDGE_WORKING_DAYS),
  });
  return id;
}

async function caseFor(trx: Trx, caseId: string): Promise<CaseRow> {
  const found = await findCaseForUpdate(trx, caseId);
  if (!found) throw new NotFoundError('Deze zaak bestaat niet.', 'caseId');
  return found;
}

/** The company of the case, and only it, sees and answers it (without the reporter). */
async function companyCase(trx: Trx, caller: Caller, caseId: string): Promise<CaseRow> {
  const found = await findCaseForUpdate(trx, caseId);
  if (!found || found.company_id !== caller.organisation) throw new NotFoundError('Deze zaak bestaat niet.', 'caseId');
  return found;
}

const STEP_MESSAGES = {
  acknowledge: 'De ontvangst van deze zaak is al bevestigd.',
  investigate: 'Het onderzoek kan pas beginnen na de ontvangstbevestiging, en maar één keer.',
  hear: 'Hoor en wederhoor volgt op het onderzoek.',
} as const;

/** Acknowledge (within 3 working days), start the investigation, start hoor en wederhoor. */
export async function advance(
  trx: Trx,
  caller: Caller,
  caseId: string,
  step: keyof typeof STEP_MESSAGES,
  now = new Date(),
): Promise<void> {
  const current = await caseFor(trx, caseId);
  const next = nextStatus(step, current.status);
  if (!next) throw new ConflictError(STEP_MESSAGES[step], 'caseId');
  await updateCase(trx, caseId, {
    status: next,
    ...(step === 'acknowledge' ? { acknowledged_at: now, handler: caller.subject } : {}),
  });
}

const textOf = (value: string, field: string, min: number, max: number, what: string) => {
  const text = value.trim();
  if (text.length < min) throw new InputError(`${what}: ten minste ${min} tekens.`, field);
  if (text.length > max) throw new InputError(`${what}: hoogstens ${max} tekens.`, field);
  return text;
};

/** SBB records a statement of hoor en wederhoor with its date and source. */
export async function recordStatement(
  trx: Trx,
  caller: Caller,
  caseId: string,
  input: { party: HearingParty; givenOn: string; source: string; summary: string },
  now = new Date(),
): Promise<void> {
  const current = await caseFor(trx, caseId);
  if (!['INVESTIGATING', 'HEARING', 'MONITORING'].includes(current.status)) {
    throw new ConflictError(
      'Verklaringen horen bij het onderzoek of hoor en wederhoor van een lopende zaak.',
      'caseId',
    );
  }
  if (input.givenOn > todayInNetherlands(now)) {
    throw new InputError('De datum van de verklaring ligt in de toekomst.', 'givenOn');
  }
  if (input.givenOn < todayInNetherlands(current.received_at)) {
    throw new InputError('De datum van de verklaring ligt vóór de ontvangst van de zaak.', 'givenOn');
  }
  await insertStatement(trx, {
    caseId,
    party: input.party,
    givenOn: input.givenOn,
    source: textOf(input.source, 'source', 2, 200, 'De bron'),
    summary: textOf(input.summary, 'summary', 10, 5_000, 'De verklaring'),
    by: caller.subject,
  });
}

/** The company gives its own statement (wederhoor) while the case is investigated or heard. */
export async function giveCompanyStatement(
  trx: Trx,
  caller: Caller,
  caseId: string,
  text: string,
  now = new Date(),
): Promise<void> {
  const current = await companyCase(trx, caller, caseId);
  if (!['ACKNOWLEDGED', 'INVESTIGATING', 'HEARING'].includes(current.status)) {
    throw new ConflictError('Bij deze zaak kunt u nu geen verklaring geven.', 'caseId');
  }
  await insertStatement(trx, {
    caseId,
    party: 'COMPANY',
    givenOn: todayInNetherlands(now),
    source: 'Het leerbedrijf, via het stelsel',
    summary: textOf(text, 'text', 10, 5_000, 'Uw verklaring'),
    by: caller.subject,
  });
}

export interface DecisionInput {
  decision: CaseDecision;
  motivation: string;
  agreements: ReadonlyArray<{ kind: AgreementKind; description: string; dueOn: string }>;
  /** The accreditations a suspension or withdrawal applies to; empty: all of the company's. */
  accreditationIds: readonly number[];
}

/**
 * SBB decides, in writing with reasons, after hoor en wederhoor. Improvement agreements are then
 * monitored; a suspension or withdrawal takes effect in placements through an event written in this
 * transaction (the company's open places close there).
 */
export async function decide(trx: Trx, caller: Caller, caseId: string, input: DecisionInput, now = new Date()) {
  const current = await caseFor(trx, caseId);
  if (!mayDecide(current.status)) {
    throw new ConflictError(
      current.status === 'CLOSED'
        ? 'Deze zaak is afgesloten.'
        : 'Een besluit volgt op hoor en wederhoor: start eerst hoor en wederhoor.',
      'caseId',
    );
  }
  const statements = await findStatements(trx, [caseId]);
  const [problem] = decisionProblems({
    decision: input.decision,
    motivation: input.motivation,
    agreements: input.agreements.length,
    companyHeard: statements.some((s) => s.party === 'COMPANY'),
  });
  if (problem) throw new InputError(problem.message, problem.field);
  const today = todayInNetherlands(now);
  input.agreements.forEach((a, i) => {
    textOf(a.description, `agreements.${i}.description`, 5, 1_000, 'De afspraak');
    if (a.dueOn <= today) throw new InputError('De termijn ligt niet in de toekomst.', `agreements.${i}.dueOn`);
    if (a.dueOn > `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`) {
      throw new InputError('Een termijn van meer dan twee jaar is te ver weg.', `agreements.${i}.dueOn`);
    }
  });
  const status = statusAfterDecision(input.decision);
  await updateCase(trx, caseId, {
    status,
    decision: input.decision,
    motivation: input.motivation.trim(),
    decided_at: now,
    decided_by: caller.subject,
    ...(status === 'CLOSED' ? { closed_at: now } : {}),
  });
  await insertAgreements(
    trx,
    caseId,
    input.agreements.map((a) => ({ ...a, description: a.description.trim() })),
  );
  const effect = accreditationEffect(input.decision);
  if (effect) {
    await appendEvent(trx, {
      type: 'AccreditationDecided',
      aggregateId: current.company_id,
      payload: {
        caseId,
        companyId: current.company_id,
        decision: effect,
        accreditationIds: [...input.accreditationIds],
        motivation: input.motivation.trim(),
        decidedBy: caller.subject,
      },
    });
  }
  if (status === 'CLOSED') await closeReport(trx, caller, current.report_id);
}

async function closeReport(trx: Trx, caller: Caller, reportId: string): Promise<void> {
  await updateStatus(trx, reportId, 'CLOSED');
  await insertReportEvent(trx, {
    report_id: reportId,
    kind: 'STATUS',
    status: 'CLOSED',
    text: null,
    by_subject: caller.subject,
    by_role: caller.role,
    by_organisation: caller.organisation,
  });
}

/** The company reports what it did for an improvement agreement; SBB assesses it. */
export async function reportFulfilment(trx: Trx, caller: Caller, agreementId: string, text: string, now = new Date()) {
  const agreement = await findAgreementForUpdate(trx, agreementId);
  if (!agreement) throw new NotFoundError('Deze afspraak bestaat niet.', 'agreementId');
  await companyCase(trx, caller, agreement.case_id);
  if (agreement.status !== 'OPEN') throw new ConflictError('Deze afspraak is al beoordeeld.', 'agreementId');
  await updateAgreement(trx, agreementId, {
    company_report: textOf(text, 'text', 10, 2_000, 'Uw toelichting'),
    company_reported_at: now,
  });
}

/** SBB assesses an agreement: fulfilled, or breached (which can lead to a new decision). */
export async function assessAgreement(
  trx: Trx,
  caller: Caller,
  agreementId: string,
  outcome: 'FULFILLED' | 'BREACHED',
  note: string,
  now = new Date(),
) {
  const agreement = await findAgreementForUpdate(trx, agreementId);
  if (!agreement) throw new NotFoundError('Deze afspraak bestaat niet.', 'agreementId');
  if (agreement.status !== 'OPEN') throw new ConflictError('Deze afspraak is al beoordeeld.', 'agreementId');
  await updateAgreement(trx, agreementId, {
    status: outcome,
    assessed_at: now,
    assessed_by: caller.subject,
    assessment: textOf(note, 'note', 5, 2_000, 'De beoordeling'),
  });
}

/** SBB closes a monitored case once every agreement is assessed. */
export async function closeCase(trx: Trx, caller: Caller, caseId: string, now = new Date()) {
  const current = await caseFor(trx, caseId);
  if (current.status !== 'MONITORING') {
    throw new ConflictError('Alleen een zaak met gevolgde verbeterafspraken sluit u zo af.', 'caseId');
  }
  const open = (await findAgreements(trx, [caseId])).filter((a) => a.status === 'OPEN');
  if (open.length > 0) {
    throw new ConflictError(`Beoordeel eerst de ${open.length} open verbeterafspraak/-afspraken.`, 'caseId');
  }
  await updateCase(trx, caseId, { status: 'CLOSED', closed_at: now });
  await closeReport(trx, caller, current.report_id);
}
