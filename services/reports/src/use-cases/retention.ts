import type { Logger } from '@stelsel/graphql-kit';
import { type Kysely, sql } from 'kysely';
import type { ReportsDatabase } from '../db/types.ts';

/**
 * Retention (issue 10, privacy): a configurable period after a report is closed (default one year) everything that
 * could identify the reporter is erased — the contact details, the story, the student's subject on the report and
 * its history, notes and the student's statements — while what the statistics count (kind, grounds, channel,
 * company, institution, dates, outcome) stays, so the anonymous counts do not change.
 */
export const RETENTION_DAYS_DEFAULT = 365;
export const ERASED = '[verwijderd na de bewaartermijn]';
const ERASED_SUBJECT = 'verwijderd';
const DAY = 86_400_000;

/** `REPORT_RETENTION_DAYS`: whole days of 1 or more; else the default. */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.REPORT_RETENTION_DAYS;
  if (raw === undefined || raw === '') return RETENTION_DAYS_DEFAULT;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1) {
    throw new Error(`REPORT_RETENTION_DAYS moet een geheel aantal dagen van 1 of meer zijn, niet "${raw}".`);
  }
  return Number(raw);
}

/** Erases the identifying data of reports closed longer than `days` ago; answers how many reports it erased. */
export async function eraseExpiredIdentities(
  db: Kysely<ReportsDatabase>,
  now: Date = new Date(),
  days: number = retentionDays(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY);
  return db.transaction().execute(async (trx) => {
    const expired = await trx
      .selectFrom('report')
      .select('report.id')
      .where('report.status', '=', 'CLOSED')
      .where('report.description', '!=', ERASED)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('report_event')
            .select('report_event.id')
            .whereRef('report_event.report_id', '=', 'report.id')
            .where('report_event.kind', '=', 'STATUS')
            .where('report_event.status', '=', 'CLOSED')
            .where('report_event.at', '<', cutoff),
        ),
      )
      .execute();
    const ids = expired.map((r) => r.id);
    // Retries come within minutes: a key this old only still names who sent it.
    await sql`delete from idempotency_key where created_at < ${cutoff}`.execute(trx);
    if (ids.length === 0) return 0;
    await trx.deleteFrom('report_reporter').where('report_id', 'in', ids).execute();
    await trx.updateTable('report').set({ description: ERASED }).where('id', 'in', ids).execute();
    await trx
      .updateTable('report')
      .set({ registered_by: ERASED_SUBJECT })
      .where('id', 'in', ids)
      .where('registered_by_role', '=', 'student')
      .execute();
    await trx
      .updateTable('report_event')
      .set({ by_subject: ERASED_SUBJECT })
      .where('report_id', 'in', ids)
      .where('by_role', '=', 'student')
      .execute();
    await trx
      .updateTable('report_event')
      .set({ text: ERASED })
      .where('report_id', 'in', ids)
      .where('kind', '=', 'NOTE')
      .execute();
    await trx
      .updateTable('case_statement')
      .set({ summary: ERASED })
      .where('party', '=', 'STUDENT')
      .where(
        'case_id',
        'in',
        trx.selectFrom('case_file').select('case_file.id').where('case_file.report_id', 'in', ids),
      )
      .execute();
    return ids.length;
  });
}

/** Runs the erasure at start and then every six hours, logging what it erased (counts only). */
export function startRetention(db: Kysely<ReportsDatabase>, logger: Logger): () => Promise<void> {
  const days = retentionDays();
  const run = () =>
    eraseExpiredIdentities(db, new Date(), days).then(
      (erased) => {
        if (erased > 0) logger.info('bewaartermijn: identiteit gewist', { reports: erased, days });
      },
      (error: unknown) => logger.error('bewaartermijn: wissen mislukt', { error: String(error) }),
    );
  let running = run();
  const timer = setInterval(() => {
    running = running.then(run);
  }, 6 * 3_600_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
