import { type Kysely, sql, type Transaction } from 'kysely';
import { isoDate } from './dates.ts';
import type { FundingDatabase, PlanStatus, QualityPlanGoalTable } from './types.ts';

type Db = Kysely<FundingDatabase> | Transaction<FundingDatabase>;
type Trx = Transaction<FundingDatabase>;

export interface TrancheRow {
  id: string;
  year: number;
  number: number;
  deadline: string;
  lateHandling: 'NEXT_TRANCHE' | 'REFUSE';
  demo: boolean;
}

function tranches(db: Db) {
  return db
    .selectFrom('quality_tranche')
    .select(['id', 'year', 'number', 'late_handling as lateHandling', 'demo'])
    .select(isoDate('deadline').as('deadline'));
}

export function findTranches(db: Db): Promise<TrancheRow[]> {
  return tranches(db).orderBy('deadline').orderBy('number').execute();
}

export function findTranche(db: Db, id: string): Promise<TrancheRow | undefined> {
  return tranches(db).where('id', '=', id).executeTakeFirst();
}

export async function saveTranche(trx: Trx, row: TrancheRow): Promise<void> {
  await trx
    .insertInto('quality_tranche')
    .values({
      id: row.id,
      year: row.year,
      number: row.number,
      deadline: row.deadline,
      late_handling: row.lateHandling,
      demo: row.demo,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet({ deadline: row.deadline, late_handling: row.lateHandling }))
    .execute();
}

export interface PlanRow {
  id: string;
  institution_id: string;
  tranche_id: string;
  status: PlanStatus;
  title: string;
  excellence_programmes: number | null;
  excellence_participants: number | null;
  created_by: string;
  submitted_on: string | null;
}

function plans(db: Db) {
  return db
    .selectFrom('quality_plan')
    .select([
      'id',
      'institution_id',
      'tranche_id',
      'status',
      'title',
      'excellence_programmes',
      'excellence_participants',
      'created_by',
    ])
    .select(isoDate<string | null>('submitted_on').as('submitted_on'));
}

export function findPlansByIds(db: Db, ids: readonly string[]): Promise<PlanRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return plans(db).where('id', 'in', ids).execute();
}

export function findPlans(
  db: Db,
  filter: { institutionId?: string; trancheId?: string; status?: PlanStatus },
): Promise<PlanRow[]> {
  let query = plans(db);
  if (filter.institutionId) query = query.where('institution_id', '=', filter.institutionId);
  if (filter.trancheId) query = query.where('tranche_id', '=', filter.trancheId);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.orderBy('tranche_id').orderBy('institution_id').orderBy('id').execute();
}

/** Locks a plan until the transaction ends, so two steps on one plan cannot both win. */
export function lockPlan(trx: Trx, id: string): Promise<PlanRow | undefined> {
  return plans(trx).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertPlan(
  trx: Trx,
  row: { id: string; institution_id: string; tranche_id: string; title: string; created_by: string },
): Promise<void> {
  await trx
    .insertInto('quality_plan')
    .values({ ...row, status: 'DRAFT', excellence_programmes: null, excellence_participants: null })
    .execute();
}

export async function updatePlan(
  trx: Trx,
  id: string,
  values: Partial<{
    status: PlanStatus;
    title: string;
    tranche_id: string;
    excellence_programmes: number | null;
    excellence_participants: number | null;
    submitted_on: string | null;
  }>,
): Promise<void> {
  await trx.updateTable('quality_plan').set(values).where('id', '=', id).execute();
}

export async function replaceGoals(trx: Trx, planId: string, goals: readonly Omit<QualityPlanGoalTable, 'plan_id'>[]) {
  await trx.deleteFrom('quality_plan_goal').where('plan_id', '=', planId).execute();
  if (goals.length > 0) {
    await trx
      .insertInto('quality_plan_goal')
      .values(goals.map((g) => ({ ...g, plan_id: planId })))
      .execute();
  }
}

export function findGoals(db: Db, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('quality_plan_goal')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .orderBy('plan_id')
    .orderBy(sql`array_position(array['INSCHALING','PROFESSIONALISERING','WERKDRUK','BEGELEIDING_STARTERS'], theme)`)
    .execute();
}

export interface ConsentRow {
  plan_id: string;
  body: 'STUDENT_COUNCIL' | 'WORKS_COUNCIL';
  given: boolean;
  given_on: string;
  document_reference: string;
  recorded_by: string;
}

export function findConsents(db: Db, planIds: readonly string[]): Promise<ConsentRow[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('quality_plan_consent')
    .select(['plan_id', 'body', 'given', 'document_reference', 'recorded_by'])
    .select(isoDate('given_on').as('given_on'))
    .where('plan_id', 'in', planIds)
    .orderBy('plan_id')
    .orderBy('body', 'desc')
    .execute();
}

export async function saveConsent(trx: Trx, row: ConsentRow): Promise<void> {
  await trx
    .insertInto('quality_plan_consent')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['plan_id', 'body']).doUpdateSet({
        given: row.given,
        given_on: row.given_on,
        document_reference: row.document_reference,
        recorded_by: row.recorded_by,
        recorded_at: sql`now()`,
      } as never),
    )
    .execute();
}

export function findAdvices(db: Db, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('quality_plan_advice').selectAll().where('plan_id', 'in', planIds).execute();
}

export async function insertAdvice(
  trx: Trx,
  row: { plan_id: string; advice: 'POSITIVE' | 'NEGATIVE'; motivation: string; without_consent: boolean; by: string },
) {
  await trx.insertInto('quality_plan_advice').values(row).execute();
}

export function findDecisions(db: Db, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('quality_plan_decision').selectAll().where('plan_id', 'in', planIds).execute();
}

export async function insertDecision(
  trx: Trx,
  row: { plan_id: string; decision: 'GRANT' | 'REFUSE'; reason: string; by: string },
) {
  await trx.insertInto('quality_plan_decision').values(row).execute();
}

export async function recordPlanEvent(
  trx: Trx,
  row: { plan_id: string; by: string; role: string; what: string; status: PlanStatus; detail: string | null },
) {
  await trx.insertInto('quality_plan_event').values(row).execute();
}

export function findPlanEvents(db: Db, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('quality_plan_event')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .orderBy('plan_id')
    .orderBy('id')
    .execute();
}

/** Plans per tranche and status (the ministry's overview of decisions per tranche). */
export function countPlansPerTranche(db: Db) {
  return db
    .selectFrom('quality_plan')
    .select(['tranche_id', 'status'])
    .select(sql<number>`count(*)::int`.as('n'))
    .groupBy(['tranche_id', 'status'])
    .execute();
}
