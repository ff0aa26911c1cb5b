import { describe, expect, it } from 'vitest';
import { yearBounds } from '../src/domain/period.ts';

describe('yearBounds', () => {
  it('runs from 1 January to 1 January in Dutch time (CET)', () => {
    const { from, to } = yearBounds(2022);
    expect(from.toISOString()).toBe('2021-12-31T23:00:00.000Z');
    expect(to.toISOString()).toBe('2022-12-31T23:00:00.000Z');
  });
});
