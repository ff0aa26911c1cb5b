import { InputError } from '@stelsel/graphql-kit';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkHeldOn,
  daysBetween,
  matchOverdue,
  matchRespondBy,
  matchResponseDays,
  placeExpired,
  reassessmentOverdue,
  reassessmentWithin,
} from '../src/domain/deadlines.ts';

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error instanceof InputError ? { field: error.field, message: error.message } : { other: String(error) };
  }
  return null;
};

describe('time rules (issue 9 §5)', () => {
  it('counts calendar days across months, years and the switch to summer time', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-28', '2027-01-12')).toBe(45);
    expect(daysBetween('2027-01-12', '2026-11-28')).toBe(-45);
  });

  it('keeps a place open through its end date and expires it the day after', () => {
    expect(placeExpired('2026-06-30', '2026-06-30')).toBe(false);
    expect(placeExpired('2026-06-30', '2026-07-01')).toBe(true);
  });

  it('flags a reassessment the day after its due date, and plans ahead when asked', () => {
    // Granted 2022-12-03: due 2026-12-03.
    expect(reassessmentOverdue('2022-12-03', '2026-12-03')).toBe(false);
    expect(reassessmentOverdue('2022-12-03', '2026-12-04')).toBe(true);
    expect(reassessmentWithin('2023-02-01', '2026-12-03', 0)).toBe(false);
    expect(reassessmentWithin('2023-02-01', '2026-12-03', 60)).toBe(true);
    expect(reassessmentWithin('2023-02-01', '2026-12-03', 59)).toBe(false);
  });

  it('reads MATCH_RESPONSE_DAYS: 14 by default, 1–90 when set, and refuses anything else', () => {
    expect(matchResponseDays({})).toBe(14);
    expect(matchResponseDays({ MATCH_RESPONSE_DAYS: ' ' })).toBe(14);
    expect(matchResponseDays({ MATCH_RESPONSE_DAYS: '10' })).toBe(10);
    for (const wrong of ['0', '91', '2.5', 'tien']) {
      expect(() => matchResponseDays({ MATCH_RESPONSE_DAYS: wrong })).toThrow(/MATCH_RESPONSE_DAYS/);
    }
    expect(matchRespondBy('2026-12-03', 14)).toBe('2026-12-17');
  });

  it('makes a match overdue only while it waits, from the day after its last day', () => {
    expect(matchOverdue('CONFIRMED', '2026-12-17', '2026-12-17')).toBe(false);
    expect(matchOverdue('CONFIRMED', '2026-12-17', '2026-12-18')).toBe(true);
    expect(matchOverdue('ACCEPTED', '2026-12-17', '2027-01-18')).toBe(false);
  });

  it('refuses a held date in the future or months before the planned date without a reason', () => {
    const today = '2026-11-28';
    expect(refusal(() => checkHeldOn({ plannedOn: '2026-11-20', heldOn: '2026-11-29', notes: null }, today))).toEqual({
      field: 'heldOn',
      message: 'De datum ligt in de toekomst.',
    });
    // The case: planned for 12 January 2027, recorded as held on 28 November 2026.
    const early = refusal(() => checkHeldOn({ plannedOn: '2027-01-12', heldOn: '2026-11-28', notes: 'ok' }, today));
    expect(early?.field).toBe('heldOn');
    expect(early?.message).toContain('45 dagen vóór de geplande datum (2027-01-12)');
    // With a reason it is accepted; so is a date up to 30 days early, or any date after the planned one.
    expect(
      refusal(() =>
        checkHeldOn(
          { plannedOn: '2027-01-12', heldOn: '2026-11-28', notes: 'Vervroegd: de student begint eerder.' },
          today,
        ),
      ),
    ).toBeNull();
    expect(
      refusal(() => checkHeldOn({ plannedOn: '2026-12-28', heldOn: '2026-11-28', notes: null }, today)),
    ).toBeNull();
    expect(
      refusal(() => checkHeldOn({ plannedOn: '2026-12-29', heldOn: '2026-11-28', notes: null }, today))?.field,
    ).toBe('heldOn');
    expect(
      refusal(() => checkHeldOn({ plannedOn: '2026-09-01', heldOn: '2026-11-28', notes: null }, today)),
    ).toBeNull();
  });
});
