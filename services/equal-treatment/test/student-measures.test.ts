import { randomUUID } from 'node:crypto';
import { ROLES } from '@stelsel/auth';
import { testEngines } from '@stelsel/db-kit/testing';
import { describe, expect, it } from 'vitest';
import { dutchToday } from '../src/domain/calendar-day.ts';
import { parseSchoolYear, schoolYearOf } from '../src/domain/school-year.ts';
import { cell, studentMeasures } from '../src/domain/student-measures.ts';
import { graphql } from './graphql.ts';
import { ALBEDA, announceStudent, equalTreatmentSubgraph, ZADKINE } from './support.ts';

const YEAR = schoolYearOf(dutchToday());
const START = Number(YEAR.slice(0, 4));
const YOUNG = `${START - 16}-02-02`;

const OVERVIEW = graphql(`
  query Overview($year: String!) {
    bookProvisionOverview(schoolYear: $year) {
      schoolYear
      national { entitledStudents { count suppressed } studentsWithAllBooks { count suppressed } shareWithAllBooks }
      institutions {
        institutionId shareWithAllBooks medianDaysToDecide
        entitledStudents { count suppressed } studentsWithAllBooks { count suppressed } cardsIssued { count suppressed }
        refundRequests { count suppressed }
      }
    }
  }
`);

describe('small cells', () => {
  it('suppresses 1–4, shows 0 and 5', () => {
    expect([0, 1, 4, 5].map(cell)).toEqual([
      { count: 0, suppressed: false },
      { count: null, suppressed: true },
      { count: null, suppressed: true },
      { count: 5, suppressed: false },
    ]);
  });

  it('counts only entitled students, all three subjects, and the median days to decide', () => {
    const year = parseSchoolYear('2025-2026');
    if ('problem' in year) throw new Error(year.problem);
    const student = (id: string, dateOfBirth: string) => ({
      studentId: id,
      institutionId: 'a',
      dateOfBirth,
      level: 2,
      pathway: 'BOL' as const,
      programme: 'MBO' as const,
      cohort: 2025,
      leftOn: null,
    });
    const students = [
      ...Array.from({ length: 8 }, (_, i) => student(`y${i}`, '2009-01-01')),
      ...Array.from({ length: 3 }, (_, i) => student(`o${i}`, '2000-01-01')),
    ];
    const all = new Set(['TAAL', 'REKENEN', 'BURGERSCHAP']);
    const provided = new Map(['y0', 'y1', 'y2', 'y3', 'y4', 'y5', 'o0'].map((id) => [id, all]));
    provided.set('y6', new Set(['TAAL']));
    const refunds = [3, 5, 9, 10, 20].map((days, i) => ({
      institution_id: 'a',
      school_year: '2025-2026',
      status: 'APPROVED',
      requested_on: '2025-10-01',
      decided_on: `2025-10-${String(1 + days).padStart(2, '0')}`,
      decide_by: '2025-10-29',
      i,
    }));
    const { national } = studentMeasures(
      { students, provided, cardsByInstitution: new Map(), refunds },
      year,
      '2025-12-01',
    );
    expect(national.entitledStudents.count).toBe(8);
    expect(national.studentsWithAllBooks.count).toBe(6);
    expect(national.shareWithAllBooks).toBe(0.75);
    expect(national.medianDaysToDecide).toBe(9);
  });
});

describe.each(testEngines())('the national view on %s', (engine) => {
  const et = equalTreatmentSubgraph(engine, async (db) => {
    for (let i = 1; i <= 6; i++) await announceStudent(db, `${ZADKINE}-m00${i}`, ZADKINE, { dateOfBirth: YOUNG });
    for (let i = 1; i <= 2; i++) await announceStudent(db, `${ALBEDA}-m00${i}`, ALBEDA, { dateOfBirth: YOUNG });
    for (let i = 1; i <= 5; i++) {
      for (const subject of ['TAAL', 'REKENEN', 'BURGERSCHAP'] as const) {
        await db
          .insertInto('book_provision')
          .values({
            id: randomUUID(),
            student_id: `${ZADKINE}-m00${i}`,
            institution_id: ZADKINE,
            school_year: YEAR,
            subject,
            kind: 'BOOK',
            provided_on: dutchToday(),
            recorded_by: 'docent-zadkine',
          })
          .execute();
      }
    }
  });

  it('is public for every role, with no student in it and small cells suppressed', async () => {
    for (const role of ROLES) {
      const answer = await et.execute(et.as(role), OVERVIEW, { year: YEAR });
      expect(answer.errors, role).toBeUndefined();
    }
    const overview = (await et.execute(et.as('partner'), OVERVIEW, { year: YEAR })).data?.bookProvisionOverview;
    expect(overview?.national).toMatchObject({
      entitledStudents: { count: 8, suppressed: false },
      studentsWithAllBooks: { count: 5, suppressed: false },
      shareWithAllBooks: 0.625,
    });
    const [albeda, zadkine] = overview?.institutions ?? [];
    expect(albeda).toMatchObject({
      institutionId: ALBEDA,
      entitledStudents: { count: null, suppressed: true },
      studentsWithAllBooks: { count: 0, suppressed: false },
      shareWithAllBooks: null,
    });
    expect(zadkine).toMatchObject({ institutionId: ZADKINE, entitledStudents: { count: 6 }, shareWithAllBooks: 0.833 });
    expect(JSON.stringify(overview)).not.toContain('-m00');
    const bad = await et.execute(et.as('ministry'), OVERVIEW, { year: '2025' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolYear' });
  });
});
