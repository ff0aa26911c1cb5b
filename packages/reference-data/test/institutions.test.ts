import { describe, expect, it } from 'vitest';
import { institutionId, parseAllocationsCsv, readAllocations, readInstitutions } from '../src/institutions.ts';
import { MUNICIPALITIES } from '../src/municipalities.ts';

const sumTenths = (values: string[]) =>
  values.reduce((sum, v) => {
    const [whole = '0', frac = '0'] = v.split('.');
    return sum + Number(whole) * 10 + Number(frac.padEnd(1, '0').slice(0, 1));
  }, 0);

describe('published allocation table', () => {
  const rows = readAllocations();

  it('holds the 57 institutions with unique ids', () => {
    expect(rows).toHaveLength(57);
    expect(new Set(readInstitutions().map((i) => i.id)).size).toBe(57);
  });

  it('sums salarismix to 52.2 over 27 institutions and carrièreperspectief to 141.9 as published', () => {
    const salarismix = rows.map((r) => r.salarismix2023MEur);
    expect(sumTenths(salarismix)).toBe(522);
    expect(salarismix.filter((v) => Number(v) > 0)).toHaveLength(27);
    expect(sumTenths(rows.map((r) => r.carriereperspectief2024MEur))).toBe(1419);
  });

  it('only links seats to municipalities the platform knows', () => {
    const codes = new Set(MUNICIPALITIES.map((m) => m.code));
    for (const inst of readInstitutions()) {
      if (inst.municipalityCode) expect(codes.has(inst.municipalityCode), inst.name).toBe(true);
    }
  });

  it('refuses a malformed table', () => {
    expect(() => parseAllocationsCsv('naam,bedrag\nA,1')).toThrow(/kop/);
    expect(() =>
      parseAllocationsCsv('institution,salarismix_randstad_2023_meur,carriereperspectief_2024_meur\nA,1'),
    ).toThrow(/Regel 2/);
  });

  it('makes stable ascii ids', () => {
    expect(institutionId("Grafisch Lyceum R'dam")).toBe('grafisch-lyceum-r-dam');
    expect(institutionId('ROC Zadkine')).toBe('roc-zadkine');
  });
});
