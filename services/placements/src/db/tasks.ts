import type { Caller } from '@stelsel/auth';
import { type Kysely, sql } from 'kysely';
import { reassessmentOverdue } from '../domain/deadlines.ts';
import { TASKS_OF_ROLE, type TaskKind } from '../domain/tasks.ts';
import type { AgreementParty, PlacementsDatabase } from './types.ts';

type Db = Kysely<PlacementsDatabase>;

const PARTY: Partial<Record<Caller['role'], AgreementParty>> = {
  company: 'COMPANY',
  institution: 'INSTITUTION',
  student: 'STUDENT',
};

/** Which agreements are the caller's own: its company, its institution, or the student. */
function ownAgreements(caller: Caller) {
  if (caller.role === 'company') return sql`a.company_id = ${caller.organisation}`;
  if (caller.role === 'institution') return sql`a.institution_id = ${caller.organisation}`;
  return sql`a.student_id = ${caller.subject}`;
}

async function count(db: Db, query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
  const { rows } = await query.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** How many of each task of the caller's role wait on `today` (Dutch calendar day); one query per kind. */
export async function countTasks(db: Db, caller: Caller, today: string): Promise<{ kind: TaskKind; count: number }[]> {
  const org = caller.organisation;
  const counters: Record<TaskKind, () => Promise<number>> = {
    ANSWER_MATCHES: () =>
      count(
        db,
        sql`select count(*)::int as n from placement
          where company_id = ${org} and status = 'CONFIRMED' and respond_by >= ${today}::date`,
      ),
    OVERDUE_MATCHES: () =>
      count(
        db,
        sql`select count(*)::int as n from placement
          where institution_id = ${org} and status = 'CONFIRMED' and respond_by < ${today}::date`,
      ),
    SIGN_AGREEMENTS: () =>
      count(
        db,
        sql`select count(*)::int as n from agreement a
          where a.status in ('DRAFT', 'SIGNING') and ${ownAgreements(caller)}
            and not exists (select 1 from agreement_signature s
              where s.agreement_id = a.id and s.party = ${PARTY[caller.role] ?? ''} and s.version = a.version)`,
      ),
    DRAW_UP_AGREEMENTS: () =>
      count(
        db,
        sql`select count(*)::int as n from placement p
          where p.institution_id = ${org} and p.status in ('ACCEPTED', 'ACTIVE')
            and not exists (select 1 from agreement a where a.placement_id = p.id and a.status <> 'SUPERSEDED')`,
      ),
    RECORD_CONTACT_MOMENTS: () =>
      count(
        db,
        sql`select count(*)::int as n from contact_moment m join agreement a on a.id = m.agreement_id
          where a.status <> 'SUPERSEDED' and ${ownAgreements(caller)}
            and m.held_on is null and m.planned_on <= ${today}::date`,
      ),
    RENEW_PLACES: () =>
      count(
        db,
        sql`select count(*)::int as n from place
          where company_id = ${org} and status = 'OPEN' and ends_on < ${today}::date`,
      ),
    REASSESSMENT_DUE: async () => {
      const rows = await db
        .selectFrom('accreditation')
        .select(sql<string>`to_char(since, 'YYYY-MM-DD')`.as('since'))
        .where('company_id', '=', org)
        .where('status', '=', 'ACTIVE')
        .execute();
      return rows.filter((row) => reassessmentOverdue(row.since, today)).length;
    },
  };
  const kinds = TASKS_OF_ROLE[caller.role] ?? [];
  return Promise.all(kinds.map(async (kind) => ({ kind, count: await counters[kind]() })));
}
