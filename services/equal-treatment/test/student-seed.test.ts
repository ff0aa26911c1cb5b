import { createTestDatabase } from '@stelsel/db-kit/testing';
import { expect, it } from 'vitest';
import { migrations } from '../src/db/migrations/index.ts';
import type { EqualTreatmentDatabase } from '../src/db/types.ts';
import { seedStudentMeasures } from '../src/seed/student-measures.ts';

it('seeds book provision in progress at two institutions, cards, and refunds in every state, once', async () => {
  const database = await createTestDatabase<EqualTreatmentDatabase>('equal-treatment-seed', migrations);
  try {
    expect(await seedStudentMeasures(database.db, '2026-12-03')).toBeGreaterThan(0);
    expect(await seedStudentMeasures(database.db, '2026-12-03')).toBe(0);
    const db = database.db;
    const provisions = await db
      .selectFrom('book_provision')
      .select(['institution_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('school_year', '=', '2026-2027')
      .groupBy('institution_id')
      .orderBy('institution_id')
      .execute();
    expect(provisions.map((p) => p.institution_id)).toEqual(['albeda-college', 'roc-zadkine']);
    const refunds = await db.selectFrom('refund_request').select(['status', 'decide_by']).execute();
    expect(new Set(refunds.map((r) => r.status))).toEqual(new Set(['REQUESTED', 'APPROVED', 'REFUSED']));
    const overdue = refunds.filter(
      (r) => r.status === 'REQUESTED' && r.decide_by.toISOString().slice(0, 10) < '2026-12-03',
    );
    expect(overdue).toHaveLength(1);
    const cards = await db.selectFrom('student_card').select('student_id').execute();
    expect(cards.length).toBeGreaterThan(20);
  } finally {
    await database.close();
  }
}, 60_000);
