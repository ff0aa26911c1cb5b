import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@stelsel/db-kit';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportsDatabase } from '../src/db/types.ts';
import { receiptHash } from '../src/domain/reports.ts';

const fixture = fileURLToPath(new URL('./fixtures/answer-then-hang.ts', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs reports in its own process until the student has the answer, then kills it with SIGKILL. */
async function answerAndKill(): Promise<{ dir: string; reportId: string; receiptCode: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'stelsel-reports-'));
  dirs.push(dir);
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const answered = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      const line = /answered (\S+) (\S+)\n/.exec(out);
      if (line) resolve(line[0]);
    });
    child.once('exit', (code) => reject(new Error(`reports stopte vroeg (${code})`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  const [, reportId = '', receiptCode = ''] = answered.trim().split(' ');
  return { dir, reportId, receiptCode };
}

// A child process that creates a PGlite database and migrates it: slow on a busy machine.
describe('kill -9 of reports right after it answered', { timeout: 180_000 }, () => {
  it('keeps the report, its case at SBB, its receipt and the reporter: the answer was given after the commit', async () => {
    const { dir, reportId, receiptCode } = await answerAndKill();
    expect(reportId).toMatch(/^[0-9a-f-]{36}$/);
    const reopened = await openDatabase<ReportsDatabase>({ service: 'reports', dataDir: dir });
    try {
      const db = reopened.db;
      const report = await db.selectFrom('report').selectAll().where('id', '=', reportId).executeTakeFirst();
      expect(report).toMatchObject({ status: 'WITH_SBB', channel: 'SBB', company_id: 'kvk-90000003' });
      const file = await db.selectFrom('case_file').select('status').where('report_id', '=', reportId).execute();
      expect(file).toEqual([{ status: 'RECEIVED' }]);
      const receipt = await db
        .selectFrom('report_receipt')
        .select('report_id')
        .where('hash', '=', receiptHash(receiptCode.replaceAll('-', '')))
        .execute();
      expect(receipt).toEqual([{ report_id: reportId }]);
      const reporter = await db
        .selectFrom('report_reporter')
        .select('email')
        .where('report_id', '=', reportId)
        .execute();
      expect(reporter).toEqual([{ email: 'student@example.org' }]);
      // The retry a student makes after losing the answer finds the first report, not a second one.
      const keys = await sql<{ n: number }>`select count(*)::int as n from idempotency_key`.execute(db);
      expect(keys.rows).toEqual([{ n: 1 }]);
    } finally {
      await reopened.close();
    }
  });
});
