import type { AgreementKind, CaseDecision, CaseStatus, HearingParty } from '../db/types.ts';

/** SBB acknowledges a report within 3 working days — issue 10. */
export const ACKNOWLEDGE_WORKING_DAYS = 3;

export const CASE_STATUSES: Record<CaseStatus, string> = {
  RECEIVED: 'Ontvangen door SBB',
  ACKNOWLEDGED: 'Ontvangst bevestigd',
  INVESTIGATING: 'In onderzoek',
  HEARING: 'Hoor en wederhoor',
  MONITORING: 'Verbeterafspraken worden gevolgd',
  CLOSED: 'Afgesloten',
};

export const CASE_DECISIONS: Record<CaseDecision, string> = {
  UNFOUNDED: 'Ongegrond',
  IMPROVEMENT_AGREEMENTS: 'Verbeterafspraken',
  SUSPENSION: 'Schorsing van de erkenning',
  WITHDRAWAL: 'Intrekking van de erkenning',
};

export const HEARING_PARTIES: Record<HearingParty, string> = {
  COMPANY: 'Leerbedrijf',
  INSTITUTION: 'Onderwijsinstelling',
  STUDENT: 'Student',
};

/** Examples from the seeds: another praktijkopleider, an independent confidential adviser, a bpv plan, a course. */
export const AGREEMENT_KINDS: Record<AgreementKind, string> = {
  OTHER_SUPERVISOR: 'Een andere praktijkopleider',
  CONFIDENTIAL_ADVISER: 'Een onafhankelijke vertrouwenspersoon',
  BPV_PLAN: 'Een bpv-plan',
  COURSE: 'Een cursus of training',
  OTHER: 'Anders',
};

/** The next step a case may take, and from where. */
const NEXT: Record<'acknowledge' | 'investigate' | 'hear', { from: CaseStatus[]; to: CaseStatus }> = {
  acknowledge: { from: ['RECEIVED'], to: 'ACKNOWLEDGED' },
  investigate: { from: ['ACKNOWLEDGED'], to: 'INVESTIGATING' },
  hear: { from: ['INVESTIGATING'], to: 'HEARING' },
};

export function nextStatus(step: keyof typeof NEXT, current: CaseStatus): CaseStatus | null {
  return NEXT[step].from.includes(current) ? NEXT[step].to : null;
}

/** A decision is taken after hoor en wederhoor, or again when improvement agreements were breached. */
export function mayDecide(status: CaseStatus): boolean {
  return status === 'HEARING' || status === 'MONITORING';
}

/**
 * What a decision needs: a written motivation always; for anything but "unfounded" the company was
 * heard (wederhoor); improvement agreements need at least one agreement with a deadline.
 */
export function decisionProblems(input: {
  decision: CaseDecision;
  motivation: string;
  agreements: number;
  companyHeard: boolean;
}): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (input.motivation.trim().length < 20) {
    problems.push({ field: 'motivation', message: 'Motiveer het besluit schriftelijk, in ten minste 20 tekens.' });
  }
  if (input.decision !== 'UNFOUNDED' && !input.companyHeard) {
    problems.push({
      field: 'decision',
      message: 'Leg eerst de verklaring van het leerbedrijf vast (hoor en wederhoor) voordat u dit besluit neemt.',
    });
  }
  if (input.decision === 'IMPROVEMENT_AGREEMENTS' && input.agreements === 0) {
    problems.push({ field: 'agreements', message: 'Leg ten minste één verbeterafspraak met een termijn vast.' });
  }
  if (input.decision !== 'IMPROVEMENT_AGREEMENTS' && input.agreements > 0) {
    problems.push({
      field: 'agreements',
      message: 'Verbeterafspraken horen alleen bij het besluit "verbeterafspraken".',
    });
  }
  return problems;
}

/** The status after a decision: agreements are monitored, the other decisions close the case. */
export function statusAfterDecision(decision: CaseDecision): CaseStatus {
  return decision === 'IMPROVEMENT_AGREEMENTS' ? 'MONITORING' : 'CLOSED';
}

/** The accreditation status in placements that a decision leads to, if any. */
export function accreditationEffect(decision: CaseDecision): 'SUSPENDED' | 'WITHDRAWN' | null {
  if (decision === 'SUSPENSION') return 'SUSPENDED';
  if (decision === 'WITHDRAWAL') return 'WITHDRAWN';
  return null;
}
