import type { Kysely, Transaction } from 'kysely';
import { isoDate } from './dates.ts';
import type { FundingDatabase } from './types.ts';

type Db = Kysely<FundingDatabase> | Transaction<FundingDatabase>;

export interface BblPlacementRow {
  placement_id: string;
  company_id: string;
  crebo: string;
  level: number;
  title: string;
  starts_on: string;
  ends_on: string;
}

/** Replaces placements' view of one company (the newest CompanyTrainingRecorded wins). */
export async function saveCompanyTraining(
  trx: Transaction<FundingDatabase>,
  eventId: string,
  training: { companyId: string; accreditedCrebos: string[]; bblPlacements: Omit<BblPlacementRow, 'company_id'>[] },
): Promise<void> {
  await trx
    .insertInto('company_training')
    .values({ company_id: training.companyId, accredited_crebos: training.accreditedCrebos, event_id: eventId })
    .onConflict((oc) =>
      oc.column('company_id').doUpdateSet({ accredited_crebos: training.accreditedCrebos, event_id: eventId }),
    )
    .execute();
  await trx.deleteFrom('company_bbl_placement').where('company_id', '=', training.companyId).execute();
  if (training.bblPlacements.length > 0) {
    await trx
      .insertInto('company_bbl_placement')
      .values(training.bblPlacements.map((p) => ({ ...p, company_id: training.companyId })))
      .execute();
  }
}

export function findCompanyTraining(db: Db, companyId: string) {
  return db.selectFrom('company_training').selectAll().where('company_id', '=', companyId).executeTakeFirst();
}

export function findBblPlacements(db: Db, companyIds: readonly string[]): Promise<BblPlacementRow[]> {
  if (companyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('company_bbl_placement')
    .select(['placement_id', 'company_id', 'crebo', 'level', 'title'])
    .select(isoDate('starts_on').as('starts_on'))
    .select(isoDate('ends_on').as('ends_on'))
    .where('company_id', 'in', companyIds)
    .orderBy('starts_on')
    .orderBy('placement_id')
    .execute();
}
