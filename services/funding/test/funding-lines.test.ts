import { readFileSync } from 'node:fs';
import { testEngines } from '@stelsel/db-kit/testing';
import { SEED_001_TEXT } from '@stelsel/reference-data';
import { describe, expect, it } from 'vitest';
import { FUNDING_LINES } from '../src/domain/funding-lines.ts';
import { graphql } from './graphql.ts';
import { fundingSubgraph } from './support.ts';

const LINES = graphql(`
  query Lines($year: Int!, $kind: FundingRecipientKind) {
    fundingLines(year: $year, recipientKind: $kind) {
      id name parentId budget approximate total totalUntilYear recipientKind recipientsLabel estimate source note
      recipients { name institution { id } amount }
    }
  }
`);

describe('the register of funding lines', () => {
  it('cites seed lines that say what the line says', () => {
    const lines = readFileSync(SEED_001_TEXT, 'utf8').split('\n');
    const text = (from: number, to: number) => lines.slice(from - 1, to).join(' ');
    const expectations: Record<string, [number, number, RegExp]> = {
      'mbo-structureel': [1068, 1069, /377 miljoen/],
      'sbb-ondersteuning-leerbedrijven': [1081, 1084, /3,8 miljoen/],
      'sbb-actieplan-stages-leerbanen': [1084, 1086, /bijna € 4 miljoen.*€ 2 miljoen/],
      'sbb-kansrijk-opleiden': [1086, 1088, /2,5 miljoen/],
      'gemeenten-doorstroompunt': [1075, 1077, /25 miljoen.*Doorstroompunt/],
      'gemeenten-laaggeletterdheid': [1077, 1078, /15 miljoen.*laaggeletterdheid/],
      'nro-comenius-onderwijspremie': [1090, 1094, /27 miljoen/],
      praktijkleren: [661, 681, /plafondregeling/],
    };
    for (const [id, [from, to, pattern]] of Object.entries(expectations)) {
      const line = FUNDING_LINES.find((l) => l.id === id);
      expect(line?.source, id).toContain(`r. ${from}–${to}`);
      expect(text(from, to), id).toMatch(pattern);
    }
  });
});

describe.each(testEngines())('fundingLines on %s', (engine) => {
  const { as, execute } = fundingSubgraph(engine);

  it('answers each line of a year with budget, recipients and source, for every caller', async () => {
    const result = await execute(as('partner'), LINES, { year: 2025 });
    expect(result.errors).toBeUndefined();
    const lines = new Map((result.data?.fundingLines ?? []).map((l) => [l.id, l]));
    expect(lines.get('mbo-structureel')).toMatchObject({ budget: '377000000.00', approximate: true, parentId: null });
    expect(lines.get('carriereperspectief')).toMatchObject({
      budget: '142200000.00',
      estimate: true,
      parentId: 'mbo-structureel',
    });
    expect(lines.get('carriereperspectief')?.recipients).toHaveLength(57);
    expect(lines.has('salarismix')).toBe(false); // 2023 only, then carrièreperspectief
    expect(lines.get('sbb-actieplan-stages-leerbanen')).toMatchObject({ budget: '4000000.00', approximate: true });
    expect(lines.get('sbb-ondersteuning-leerbedrijven')?.recipients).toEqual([
      { name: 'SBB', institution: null, amount: '3800000.00' },
    ]);
    expect(lines.get('gemeenten-doorstroompunt')?.budget).toBe('25000000.00');
    expect(lines.get('nro-comenius-onderwijspremie')).toMatchObject({
      budget: null,
      total: '27000000.00',
      totalUntilYear: 2027,
    });
    expect(lines.get('basisvaardigheden-burgerschap')?.budget).toBe('30000000.00');
    for (const line of lines.values()) expect(line.source).toMatch(/seed 001, r\. \d+/);
  });

  it('follows the years: salarismix in 2023 with its 27 recipients, the SBB action plan at €2m from 2026, no Doorstroompunt before 2025', async () => {
    const y2023 = new Map(
      ((await execute(as('partner'), LINES, { year: 2023 })).data?.fundingLines ?? []).map((l) => [l.id, l]),
    );
    expect(y2023.get('salarismix')?.recipients).toHaveLength(27);
    expect(y2023.get('salarismix')?.budget).toBe('52200000.00');
    expect(y2023.has('gemeenten-doorstroompunt')).toBe(false);
    const y2026 = new Map(
      ((await execute(as('partner'), LINES, { year: 2026 })).data?.fundingLines ?? []).map((l) => [l.id, l]),
    );
    expect(y2026.get('sbb-actieplan-stages-leerbanen')).toMatchObject({ budget: '2000000.00', approximate: false });
    expect(y2026.has('sbb-ondersteuning-leerbedrijven')).toBe(false);
    expect(y2026.get('praktijkleren')?.budget).toMatch(/^\d+\.\d{2}$/);
  });

  it('answers a municipality its own lines; refuses a year out of range naming the field', async () => {
    const municipal = await execute(as('municipality'), LINES, { year: 2026, kind: 'MUNICIPALITIES' });
    expect(municipal.data?.fundingLines?.map((l) => l.id)).toEqual([
      'gemeenten-doorstroompunt',
      'gemeenten-laaggeletterdheid',
    ]);
    const bad = await execute(as('partner'), LINES, { year: 1999 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
