import { describe, expect, it } from 'vitest';
import { reassessmentText } from './labels.ts';

describe('reassessmentText', () => {
  const today = new Date('2026-11-23T10:00:00Z');

  it('shows a future reassessment date plainly', () => {
    expect(reassessmentText('2027-01-10', today)).toBe('10 januari 2027');
  });

  it('says when the reassessment date has passed', () => {
    expect(reassessmentText('2026-03-01', today)).toBe('1 maart 2026 (datum verstreken)');
  });
});
