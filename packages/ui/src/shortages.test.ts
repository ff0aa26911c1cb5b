import { describe, expect, it } from 'vitest';
import { describeGap, formatCount, formatShare, qualificationLabel, shortageKey } from './shortages.ts';

describe('shortage formatting', () => {
  it('formats shares the Dutch way', () => {
    expect(formatShare(0.312)).toBe('31,2%');
    expect(formatShare(0.35)).toBe('35,0%');
    expect(formatShare(null)).toBe('onbekend');
  });

  it('describes the gap to the ambition in percentage points', () => {
    expect(describeGap(0.038)).toBe('3,8 procentpunt onder de ambitie');
    expect(describeGap(-0.0126)).toBe('1,3 procentpunt boven de ambitie');
    expect(describeGap(0.35 - 0.35)).toBe('precies op de ambitie');
    expect(describeGap(0.00001)).toBe('precies op de ambitie');
    expect(describeGap(null)).toBe('onbekend (geen studenten)');
  });

  it('never shows a suppressed or missing count as 0', () => {
    expect(formatCount(null, true)).toBe('afgeschermd');
    expect(formatCount(12, true)).toBe('afgeschermd');
    expect(formatCount(null)).toBe('onbekend');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(12345)).toBe('12.345');
  });

  it('labels and keys rows', () => {
    const row = {
      region: { code: 'rijnmond', name: 'Rijnmond' },
      qualification: { crebo: '25655', name: 'Verpleegkundige', level: 4 },
      pathway: 'BBL' as const,
    };
    expect(shortageKey(row)).toBe('rijnmond|25655|BBL');
    expect(qualificationLabel(row.qualification)).toBe('Verpleegkundige (crebo 25655, niveau 4)');
  });
});
