import { describe, expect, it } from 'vitest';
import { countText } from './student-measures-page.tsx';

describe('countText', () => {
  it('shows a suppressed count as 1–4, never as 0', () => {
    expect(countText({ count: null, suppressed: true })).toBe('1–4');
    expect(countText({ count: 0, suppressed: false })).toBe('0');
    expect(countText({ count: 1234, suppressed: false })).toBe('1.234');
  });
});
