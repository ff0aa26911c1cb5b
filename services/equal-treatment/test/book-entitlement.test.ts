import { describe, expect, it } from 'vitest';
import { basicSkillsBooksEntitlement, type Enrolment } from '../src/domain/book-entitlement.ts';
import { parseSchoolYear, type SchoolYear, schoolYearOf } from '../src/domain/school-year.ts';

const year = (label: string): SchoolYear => {
  const parsed = parseSchoolYear(label);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed;
};

const student = (change: Partial<Enrolment> = {}): Enrolment => ({
  dateOfBirth: '2008-03-14',
  level: 2,
  pathway: 'BOL',
  programme: 'MBO',
  cohort: 2024,
  leftOn: null,
  ...change,
});

const rule = (change: Partial<Enrolment>, label: string) => basicSkillsBooksEntitlement(student(change), year(label));

describe('free basic-skills books: the age limit on 1 September', () => {
  it.each([
    ['2024-2025', '2006-09-01', true],
    ['2024-2025', '2006-08-31', false],
    ['2024-2025', '2006-09-02', true],
    ['2025-2026', '2007-09-01', true],
    ['2025-2026', '2007-08-31', false],
    ['2025-2026', '2007-09-02', true],
  ])('%s, born %s: entitled %s', (label, dateOfBirth, entitled) => {
    const answer = rule({ dateOfBirth, cohort: 2023 }, label);
    expect(answer.entitled).toBe(entitled);
    expect(answer.reason).toContain(label.startsWith('2024') ? '1 september 2006' : '1 september 2007');
  });

  it('a corrected date of birth changes the answer, both ways', () => {
    expect(rule({ dateOfBirth: '2007-08-31' }, '2025-2026').entitled).toBe(false);
    expect(rule({ dateOfBirth: '2007-09-01' }, '2025-2026').entitled).toBe(true);
    expect(rule({ dateOfBirth: '2007-09-01' }, '2025-2026').reason).toMatch(/^De student is in schooljaar 2025-2026/);
  });

  it('the same student is entitled in one year and not the next, when 18 by then', () => {
    const born = { dateOfBirth: '2007-01-10', cohort: 2024 };
    expect(rule(born, '2024-2025').entitled).toBe(true);
    expect(rule(born, '2025-2026')).toEqual({
      entitled: false,
      reason: 'De student is geboren vóór 1 september 2007 en was op 1 september 2025 dus al 18 jaar of ouder.',
    });
  });
});

describe('free basic-skills books: who is enrolled, in which programme, from which year', () => {
  it('nothing before 2024-2025, however young', () => {
    const answer = rule({ dateOfBirth: '2009-01-01', cohort: 2020 }, '2023-2024');
    expect(answer.entitled).toBe(false);
    expect(answer.reason).toContain('pas vanaf schooljaar 2024-2025');
  });

  it('VAVO and ISK are left out, Entree to level 4 on bol and bbl are in', () => {
    expect(rule({ programme: 'VAVO' }, '2025-2026')).toMatchObject({ entitled: false });
    expect(rule({ programme: 'VAVO' }, '2025-2026').reason).toContain('vavo');
    expect(rule({ programme: 'ISK' }, '2025-2026').reason).toContain('ISK');
    for (const level of [1, 2, 3, 4]) {
      for (const pathway of ['BOL', 'BBL'] as const) {
        expect(rule({ level, pathway }, '2025-2026').entitled).toBe(true);
      }
    }
  });

  it('a student who leaves keeps the year they were enrolled in on 1 September, not the next', () => {
    const left = { leftOn: '2025-02-15', cohort: 2024, dateOfBirth: '2009-05-05' };
    expect(rule(left, '2024-2025').entitled).toBe(true);
    const after = rule(left, '2025-2026');
    expect(after.entitled).toBe(false);
    expect(after.reason).toBe(
      'De student is op 15 februari 2025 uitgeschreven en stond in schooljaar 2025-2026 niet meer ingeschreven.',
    );
    // Left on the last day of August: gone before the year starts.
    expect(rule({ leftOn: '2025-08-31', cohort: 2024 }, '2025-2026').entitled).toBe(false);
    expect(rule({ leftOn: '2025-09-01', cohort: 2024 }, '2025-2026').entitled).toBe(true);
  });

  it('not yet enrolled in that year', () => {
    expect(rule({ cohort: 2026 }, '2025-2026').entitled).toBe(false);
  });
});

describe('school years', () => {
  it('reads "2025-2026" and refuses what is not two consecutive years', () => {
    expect(year('2025-2026')).toMatchObject({ startYear: 2025, firstDay: '2025-09-01', lastDay: '2026-08-31' });
    for (const bad of ['2025-2027', '2025/2026', '25-26', '2025']) {
      expect(parseSchoolYear(bad)).toHaveProperty('problem');
    }
    expect(schoolYearOf('2025-08-31')).toBe('2024-2025');
    expect(schoolYearOf('2025-09-01')).toBe('2025-2026');
  });
});
