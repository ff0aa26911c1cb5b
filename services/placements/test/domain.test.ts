import { describe, expect, it } from 'vitest';
import { placeStatus, reassessmentDue } from '../src/domain/accreditation.ts';
import { demoPlaces, demoStudents, seedCalendar } from '../src/seed/index.ts';

describe('accreditation rules', () => {
  it('is due for reassessment 4 years after it was granted', () => {
    expect(reassessmentDue('2022-03-01')).toBe('2026-03-01');
    expect(reassessmentDue('2020-02-29')).toBe('2024-02-29');
    expect(reassessmentDue('2021-12-31')).toBe('2025-12-31');
  });

  it('opens places only under an active accreditation', () => {
    expect(placeStatus('ACTIVE')).toBe('OPEN');
    expect(placeStatus('SUSPENDED')).toBe('CLOSED');
    expect(placeStatus('WITHDRAWN')).toBe('CLOSED');
    expect(placeStatus(undefined)).toBe('CLOSED');
  });
});

describe('demo data', () => {
  it('is the same on every run and plausible', () => {
    const calendar = seedCalendar('2026-12-03');
    const students = demoStudents('roc-zadkine', calendar);
    expect(demoStudents('roc-zadkine', calendar)).toEqual(students);
    expect(students.length).toBeGreaterThanOrEqual(20);
    expect(students.length).toBeLessThanOrEqual(40);
    expect(students[0]?.id).toBe('roc-zadkine-s001');
    for (const s of students) {
      // School year 2026–2027: the story's birth dates (2003–2010) a year later, enrolled in 2024–2026.
      expect(s.date_of_birth >= '2004-01-01' && s.date_of_birth <= '2011-12-31').toBe(true);
      expect([2024, 2025, 2026]).toContain(s.cohort);
    }
  });

  it('has roughly 28% bbl students over all institutions', () => {
    const all = Array.from({ length: 57 }, (_, i) => demoStudents(`instelling-${i}`)).flat();
    const bbl = all.filter((s) => s.pathway === 'BBL').length / all.length;
    expect(bbl).toBeGreaterThan(0.23);
    expect(bbl).toBeLessThan(0.33);
    expect(new Set(all.map((s) => s.level))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('keeps the places of a suspended or withdrawn accreditation closed', () => {
    const places = demoPlaces();
    expect(places.filter((p) => p.company_id === 'kvk-90000006').every((p) => p.status === 'CLOSED')).toBe(true);
    expect(places.filter((p) => p.company_id === 'kvk-90000001').every((p) => p.status === 'OPEN')).toBe(true);
  });
});
