import { ConflictError, InputError } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { describe, expect, it } from 'vitest';
import { closedReasonFor, validateStatusChange } from '../src/domain/accreditation.ts';
import { type PlaceInput, validatePlace } from '../src/domain/places.ts';

const TODAY = '2026-11-23';

const input: PlaceInput = {
  title: '  Stage Kok  ',
  description: 'Meewerken in de keuken.',
  pathway: 'BOL',
  qualificationCrebo: '25180',
  level: 2,
  capacity: 1,
  startsOn: '2026-11-23',
  endsOn: '2026-11-24',
  municipalityCode: '0363',
  address: 'Spuistraat 44',
  city: 'Amsterdam',
  hoursPerWeek: 40,
  expenseAllowance: '0.00',
  internshipWage: undefined,
  inclusiveMarkers: ['LANGUAGE_SUPPORT', 'GUIDANCE_LEVEL_1_2', 'LANGUAGE_SUPPORT'],
};

function fieldOf(run: () => unknown): string | null {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError || error instanceof ConflictError) return error.field;
    throw error;
  }
  return null;
}

describe('place rules', () => {
  it('accepts the edges: today, one day, capacity 1, 40 hours, no allowance', () => {
    expect(validatePlace(input, TODAY)).toMatchObject({
      title: 'Stage Kok',
      capacity: 1,
      expense_allowance_cents: 0n,
      internship_wage_cents: null,
      inclusive_markers: ['GUIDANCE_LEVEL_1_2', 'LANGUAGE_SUPPORT'],
    });
    expect(validatePlace({ ...input, capacity: 500, internshipWage: '1234.56' }, TODAY).internship_wage_cents).toBe(
      123456n,
    );
  });

  it('names the field that is wrong', () => {
    expect(fieldOf(() => validatePlace({ ...input, capacity: 1.5 }, TODAY))).toBe('capacity');
    expect(fieldOf(() => validatePlace({ ...input, startsOn: '2026-11-22' }, TODAY))).toBe('startsOn');
    expect(fieldOf(() => validatePlace({ ...input, endsOn: '2026-11-23' }, TODAY))).toBe('endsOn');
    expect(fieldOf(() => validatePlace({ ...input, expenseAllowance: '12' }, TODAY))).toBe('expenseAllowance');
    expect(fieldOf(() => validatePlace({ ...input, title: 'x'.repeat(121) }, TODAY))).toBe('title');
    expect(fieldOf(() => validatePlace({ ...input, endsOn: '2031-06-01' }, TODAY))).toBe('endsOn');
    expect(fieldOf(() => validatePlace({ ...input, startsOn: '2028-11-25', endsOn: '2029-01-01' }, TODAY))).toBe(
      'startsOn',
    );
    expect(fieldOf(() => validatePlace({ ...input, expenseAllowance: '2000.01' }, TODAY))).toBe('expenseAllowance');
    expect(fieldOf(() => validatePlace({ ...input, internshipWage: '10000.01' }, TODAY))).toBe('internshipWage');
    // The edges themselves are accepted.
    expect(
      fieldOf(() => validatePlace({ ...input, endsOn: '2030-11-23', expenseAllowance: '2000.00' }, TODAY)),
    ).toBeNull();
  });

  it('lets an edited place keep a start in the past, but not move to another past date', () => {
    const running = { ...input, startsOn: '2026-09-01', endsOn: '2027-06-30' };
    expect(fieldOf(() => validatePlace(running, TODAY, '2026-09-01'))).toBeNull();
    expect(fieldOf(() => validatePlace({ ...running, startsOn: '2026-09-02' }, TODAY, '2026-09-01'))).toBe('startsOn');
  });

  it('takes today in Dutch time', () => {
    expect(todayInNetherlands(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInNetherlands(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});

describe('accreditation decisions', () => {
  it('asks reasons of at least 10 characters and a real change', () => {
    expect(validateStatusChange('ACTIVE', 'SUSPENDED', '  Onvoldoende begeleiding  ')).toBe('Onvoldoende begeleiding');
    expect(fieldOf(() => validateStatusChange('ACTIVE', 'SUSPENDED', 'Te kort   '))).toBe('reason');
    expect(fieldOf(() => validateStatusChange('WITHDRAWN', 'WITHDRAWN', 'Nogmaals ingetrokken'))).toBe('status');
  });

  it('closes places on suspension and withdrawal, never on reinstatement', () => {
    expect(closedReasonFor('SUSPENDED')).toBe('Erkenning geschorst');
    expect(closedReasonFor('WITHDRAWN')).toBe('Erkenning ingetrokken');
    expect(closedReasonFor('ACTIVE')).toBeNull();
  });
});
