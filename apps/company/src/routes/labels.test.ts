import { describe, expect, it } from 'vitest';
import { accreditationStatusText, placeStatusText, reassessmentText } from './labels.ts';

describe('reassessmentText', () => {
  it('shows a future reassessment date plainly', () => {
    expect(reassessmentText('2027-01-10', false)).toBe('10 januari 2027');
  });

  it('says when the reassessment date has passed, and what happens next', () => {
    expect(reassessmentText('2026-03-01', true)).toBe('1 maart 2026: verstreken, SBB plant de herbeoordeling');
  });
});

describe('time in statuses (issue 9 §5)', () => {
  it('never says only "Actief" beside a passed reassessment date', () => {
    expect(accreditationStatusText({ status: 'ACTIVE', needsReassessment: false })).toBe('Actief');
    expect(accreditationStatusText({ status: 'ACTIVE', needsReassessment: true })).toBe(
      'Actief, herbeoordeling verlopen',
    );
    expect(accreditationStatusText({ status: 'SUSPENDED', needsReassessment: false })).toBe('Geschorst');
  });

  it('calls a place past its end date "Verlopen", with what to do', () => {
    expect(placeStatusText({ status: 'CLOSED', expired: true, closedReason: 'Verlopen: …' })).toMatch(
      /^Verlopen: einddatum voorbij\. Geef de plaats een nieuwe periode/,
    );
    expect(placeStatusText({ status: 'OPEN', expired: false, closedReason: null })).toBe('Open');
    expect(placeStatusText({ status: 'CLOSED', expired: false, closedReason: 'Vol' })).toBe('Gesloten: Vol');
  });
});
