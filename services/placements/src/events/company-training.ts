import { sql, type Transaction } from 'kysely';
import type { PlacementsDatabase } from '../db/types.ts';
import { appendEvent } from './outbox.ts';

/**
 * Tells funding what a company trains now (the praktijkleren subsidy is only for a company with an SBB
 * accreditation and an active bbl placement): one CompanyTrainingRecorded event per company with its whole
 * current state, in the transaction that changed an accreditation or a placement. The newest event wins.
 * An active bbl placement is a placement on a bbl place the company accepted (ACCEPTED or ACTIVE).
 * Only what the rule needs travels: no student name, no student id.
 */
export async function publishCompanyTraining(trx: Transaction<PlacementsDatabase>, companyIds: readonly string[]) {
  const ids = [...new Set(companyIds)].sort();
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const accreditations = await trx
      .selectFrom('accreditation')
      .select(['company_id', 'qualification_crebo', 'status'])
      .where('company_id', 'in', chunk)
      .orderBy('company_id')
      .orderBy('qualification_crebo')
      .execute();
    const placements = await trx
      .selectFrom('placement')
      .innerJoin('place', 'place.id', 'placement.place_id')
      .select(['placement.id', 'placement.company_id', 'place.qualification_crebo', 'place.level', 'place.title'])
      .select(sql<string>`to_char(place.starts_on, 'YYYY-MM-DD')`.as('starts_on'))
      .select(sql<string>`to_char(place.ends_on, 'YYYY-MM-DD')`.as('ends_on'))
      .where('placement.company_id', 'in', chunk)
      .where('place.pathway', '=', 'BBL')
      .where('placement.status', 'in', ['ACCEPTED', 'ACTIVE'])
      .orderBy('placement.id')
      .execute();
    for (const companyId of chunk) {
      await appendEvent(trx, 'CompanyTrainingRecorded', companyId, {
        companyId,
        accreditedCrebos: accreditations
          .filter((a) => a.company_id === companyId && a.status === 'ACTIVE')
          .map((a) => a.qualification_crebo),
        bblPlacements: placements
          .filter((p) => p.company_id === companyId)
          .map((p) => ({
            placementId: p.id,
            crebo: p.qualification_crebo,
            level: p.level,
            title: p.title,
            startsOn: p.starts_on,
            endsOn: p.ends_on,
          })),
      });
    }
  }
}
