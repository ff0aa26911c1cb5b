import type { DomainEvent, EventHandler } from '@stelsel/events';
import { saveCompanyTraining } from '../db/company-training.ts';
import type { FundingDatabase } from '../db/types.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(event: DomainEvent) {
  const p = event.payload;
  const placements = Array.isArray(p.bblPlacements) ? p.bblPlacements : null;
  const crebos = Array.isArray(p.accreditedCrebos) ? p.accreditedCrebos : null;
  const ok =
    typeof p.companyId === 'string' &&
    crebos !== null &&
    crebos.every((c) => typeof c === 'string') &&
    placements?.every((x) => {
      if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
      const r = x as Record<string, unknown>;
      return (
        typeof r.placementId === 'string' &&
        typeof r.crebo === 'string' &&
        typeof r.level === 'number' &&
        typeof r.title === 'string' &&
        typeof r.startsOn === 'string' &&
        DATE.test(r.startsOn) &&
        typeof r.endsOn === 'string' &&
        DATE.test(r.endsOn)
      );
    });
  if (!ok || !placements || !crebos) throw new Error(`Onvolledig leerbedrijf in event ${event.id}.`);
  return {
    companyId: p.companyId as string,
    accreditedCrebos: crebos as string[],
    bblPlacements: (placements as Record<string, string | number>[]).map((r) => ({
      placement_id: r.placementId as string,
      crebo: r.crebo as string,
      level: r.level as number,
      title: r.title as string,
      starts_on: r.startsOn as string,
      ends_on: r.endsOn as string,
    })),
  };
}

/**
 * Keeps placements' view of what each company trains (CompanyTrainingRecorded: its whole current state):
 * the praktijkleren subsidy needs an active accreditation and an active bbl placement. The newest event of a
 * company replaces its rows; applied once per event (the inbox).
 */
export const companyTraining: EventHandler<FundingDatabase> = {
  source: 'placements',
  types: ['CompanyTrainingRecorded'],
  async handle(trx, event) {
    await saveCompanyTraining(trx, event.id, parse(event));
  },
};
