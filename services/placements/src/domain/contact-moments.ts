import type { ContactMode, ContactMomentExceptionReason, ContactMomentKind } from '../db/types.ts';

/** Start, interim and final: at least three contact moments per internship — JOB-monitor 2022, Stagepact 2023–2027. */
export const REQUIRED_KINDS: readonly ContactMomentKind[] = ['START', 'INTERIM', 'FINAL'];

/** A planned moment may lie up to 60 days around the agreement's period (intake before, evaluation after; our design limit). */
export const PLAN_MARGIN_DAYS = 60;

export const KIND_LABEL: Record<ContactMomentKind, string> = {
  START: 'startgesprek',
  INTERIM: 'tussentijds gesprek',
  FINAL: 'eindgesprek',
};

export interface MomentFacts {
  kind: ContactMomentKind;
  plannedMode: ContactMode;
  heldMode: ContactMode | null;
}

export interface MissingContactMoments {
  missingKinds: ContactMomentKind[];
  missingInPerson: boolean;
  /** What is missing, in Dutch, one sentence per gap. */
  missing: string[];
}

/**
 * What an agreement lacks: a planned or held moment of each kind, and one in person (held in person,
 * or planned in person and not yet held). Exceptions need a professional reason — DOMAIN.md §1:
 * abroad waives only the in-person moment, a taster internship (snuffelstage) only the count of
 * three, and another recorded reason waives both (the institution explains it).
 */
export function missingContactMoments(
  moments: readonly MomentFacts[],
  exceptions: readonly ContactMomentExceptionReason[],
): MissingContactMoments {
  const waivesCount = exceptions.includes('TASTER_INTERNSHIP') || exceptions.includes('OTHER');
  const waivesInPerson = exceptions.includes('ABROAD') || exceptions.includes('OTHER');
  const missingKinds = waivesCount ? [] : REQUIRED_KINDS.filter((kind) => !moments.some((m) => m.kind === kind));
  const missingInPerson = !waivesInPerson && !moments.some((m) => (m.heldMode ?? m.plannedMode) === 'IN_PERSON');
  return {
    missingKinds,
    missingInPerson,
    missing: [
      ...missingKinds.map((kind) => `Er is geen ${KIND_LABEL[kind]} gepland of gehouden.`),
      ...(missingInPerson ? ['Geen enkel contactmoment is (gepland) op locatie.'] : []),
    ],
  };
}
