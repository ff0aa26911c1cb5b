import { describe, expect, it } from 'vitest';
import { sbbPage } from './sbb-pages.ts';

describe('sbbPage', () => {
  it('starts at the cases and knows each page of the app', () => {
    expect(sbbPage('')).toEqual({ kind: 'cases' });
    expect(sbbPage('/zaken')).toEqual({ kind: 'cases' });
    expect(sbbPage('/zaken/3f2c0a4e-1b2c-4d5e-8f90-123456789abc')).toEqual({
      kind: 'case',
      id: '3f2c0a4e-1b2c-4d5e-8f90-123456789abc',
    });
    expect(sbbPage('/herbeoordelingen')).toEqual({ kind: 'reassessments' });
  });

  it('says "niet gevonden" for anything else', () => {
    expect(sbbPage('/bestaatniet')).toEqual({ kind: 'not-found' });
    expect(sbbPage('/zaken/a/b')).toEqual({ kind: 'not-found' });
  });
});
