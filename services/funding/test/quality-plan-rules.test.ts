import { describe, expect, it } from 'vitest';
import { adviceProblem, goalsProblem, missingThemes, submissionTarget } from '../src/domain/quality-plans.ts';

const both = [
  { body: 'STUDENT_COUNCIL' as const, given: true },
  { body: 'WORKS_COUNCIL' as const, given: true },
];
const one = [
  { body: 'STUDENT_COUNCIL' as const, given: true },
  { body: 'WORKS_COUNCIL' as const, given: false },
];

describe('quality plan rules', () => {
  it('a positive advice without both consents needs a written motivation', () => {
    expect(adviceProblem('POSITIVE', '', one)).toMatchObject({ field: 'motivation' });
    expect(adviceProblem('POSITIVE', '', [])).toMatchObject({ field: 'motivation' });
    expect(adviceProblem('POSITIVE', 'Bijzondere omstandigheden: de raad is alsnog betrokken.', one)).toBeNull();
    expect(adviceProblem('POSITIVE', '', both)).toBeNull();
    expect(adviceProblem('NEGATIVE', 'kort', both)).toMatchObject({ field: 'motivation' });
  });

  it('every required theme needs a goal; themes are unique and numbers whole', () => {
    expect(missingThemes(['INSCHALING', 'WERKDRUK'])).toEqual(['PROFESSIONALISERING', 'BEGELEIDING_STARTERS']);
    const goal = {
      theme: 'INSCHALING' as const,
      description: 'Meer docenten in LC.',
      baseline: 1,
      target: 2,
      unit: '%',
    };
    expect(goalsProblem([goal, goal])).toMatchObject({ field: 'goals.1.theme' });
    expect(goalsProblem([{ ...goal, target: 1.5 }])).toMatchObject({ field: 'goals.0.target' });
    expect(goalsProblem([{ ...goal, baseline: -1 }])).toMatchObject({ field: 'goals.0.baseline' });
    expect(goalsProblem([{ ...goal, description: 'kort' }])).toMatchObject({ field: 'goals.0.description' });
    expect(goalsProblem([goal])).toBeNull();
  });

  describe('submission after the deadline', () => {
    const first = { id: '2027-1', deadline: '2027-06-30', lateHandling: 'NEXT_TRANCHE' as const };
    const second = { id: '2027-2', deadline: '2027-10-01', lateHandling: 'REFUSE' as const };
    const all = [first, second];

    it('lands in its own tranche up to and on the deadline', () => {
      expect(submissionTarget(first, all, '2027-06-30')).toEqual({ tranche: first, moved: false });
    });
    it('moves to the next tranche the day after, when the ministry configured that', () => {
      expect(submissionTarget(first, all, '2027-07-01')).toEqual({ tranche: second, moved: true });
    });
    it('is refused after the last deadline, or when the tranche refuses late plans', () => {
      expect(submissionTarget(first, all, '2027-10-02')).toHaveProperty('refused');
      expect(submissionTarget(second, all, '2027-10-02')).toHaveProperty('refused');
    });
  });
});
