import { describe, expect, it } from 'vitest';
import type { StudentPlaceFragment } from '../graphql/generated/graphql.ts';
import { checkChoices, initialPicks, mayChoose, outcomeSummary, placeOptions, slotId } from './choices.ts';

const place = (id: string, overrides: Partial<StudentPlaceFragment> = {}): StudentPlaceFragment => ({
  id,
  title: `Plaats ${id}`,
  city: 'Rotterdam',
  startsOn: '2026-02-02',
  endsOn: '2026-06-26',
  inclusiveMarkers: [],
  company: { name: 'Zorggroep Maasstad (demo)' },
  ...overrides,
});

const ROUND = 'ronde-1';
const noAccessibility = { requested: false, accessibleIds: new Set<string>() };

describe('the choices form', () => {
  it('starts with the saved choices in rank order, with at least three fields', () => {
    expect(initialPicks([])).toEqual(['', '', '']);
    expect(
      initialPicks([
        { rank: 2, place: { id: 'b' } },
        { rank: 1, place: { id: 'a' } },
      ]),
    ).toEqual(['a', 'b', '']);
    const ten = Array.from({ length: 10 }, (_, i) => ({ rank: i + 1, place: { id: `p${i}` } }));
    expect(initialPicks(ten)).toHaveLength(10);
  });

  it('sends the filled choices best first, skipping empty fields', () => {
    expect(checkChoices(ROUND, ['', 'a', '', 'b'], noAccessibility)).toEqual({ placeIds: ['a', 'b'], errors: [] });
  });

  it('asks for at least one choice, pointing at the first field', () => {
    expect(checkChoices(ROUND, ['', '', ''], noAccessibility)).toEqual({
      placeIds: [],
      errors: [{ fieldId: slotId(ROUND, 0), message: 'Kies minstens één plaats.' }],
    });
  });

  it('refuses the same place twice, at the later field', () => {
    const { placeIds, errors } = checkChoices(ROUND, ['a', 'b', 'a'], noAccessibility);
    expect(placeIds).toEqual([]);
    expect(errors).toEqual([
      {
        fieldId: slotId(ROUND, 2),
        message: 'Je 3e keuze is dezelfde plaats als je 1e keuze. Kies een andere plaats of laat deze keuze leeg.',
      },
    ]);
  });

  it('refuses a place that is not accessible when an accessible workplace is asked for', () => {
    const accessibility = { requested: true, accessibleIds: new Set(['a']) };
    expect(checkChoices(ROUND, ['a'], accessibility)).toEqual({ placeIds: ['a'], errors: [] });
    const { errors } = checkChoices(ROUND, ['a', 'b'], accessibility);
    expect(errors.map((e) => e.fieldId)).toEqual([slotId(ROUND, 1)]);
    expect(errors[0]?.message).toMatch(/geen toegankelijke werkplek/);
  });

  it('refuses more than ten choices', () => {
    const picks = Array.from({ length: 11 }, (_, i) => `p${i}`);
    expect(checkChoices(ROUND, picks, noAccessibility).errors.map((e) => e.fieldId)).toEqual([slotId(ROUND, 10)]);
  });

  it('makes valid, unique field ids from any round id', () => {
    expect(slotId('demo roc/zadkine', 0)).toBe('keuze-demo-roc-zadkine-1');
    expect(slotId(ROUND, 9)).toBe('keuze-ronde-1-10');
  });
});

describe('the places to choose from', () => {
  const round = { periodStart: '2026-01-01', periodEnd: '2026-07-31' };

  it('offers only places within the round period, sorted by title', () => {
    const options = placeOptions(
      [place('b'), place('a'), place('late', { endsOn: '2026-09-30' }), place('early', { startsOn: '2025-12-01' })],
      [],
      round,
      false,
    );
    expect(options.map((o) => o.value)).toEqual(['a', 'b']);
    expect(options[0]?.label).toBe(
      'Plaats a — Zorggroep Maasstad (demo), Rotterdam (2 februari 2026 tot en met 26 juni 2026)',
    );
  });

  it('offers only accessible workplaces when one is asked for, and keeps the places already chosen', () => {
    const accessible = place('acc', { inclusiveMarkers: ['ACCESSIBLE_WORKPLACE'] });
    const options = placeOptions([place('a'), accessible], [place('chosen', { endsOn: '2026-12-31' })], round, true);
    expect(options.map((o) => o.value).sort()).toEqual(['acc', 'chosen']);
    expect(options.find((o) => o.value === 'acc')?.label).toMatch(/toegankelijke werkplek\)$/);
  });
});

describe('the round', () => {
  it('takes choices only while it has not run', () => {
    expect(mayChoose({ status: 'DRAFT' })).toBe(true);
    expect(mayChoose({ status: 'RUN' })).toBe(false);
    expect(mayChoose({ status: 'CONFIRMED' })).toBe(false);
  });

  it('shows the outcome only once the round is confirmed', () => {
    const outcome = { rank: 2, reason: 'Geplaatst op de tweede keuze.', place: place('a') };
    expect(outcomeSummary({ status: 'RUN', outcome })).toEqual({ kind: 'pending' });
    expect(outcomeSummary({ status: 'CONFIRMED', outcome: null })).toEqual({ kind: 'pending' });
    expect(outcomeSummary({ status: 'CONFIRMED', outcome })).toEqual({
      kind: 'placed',
      place: outcome.place,
      rank: 2,
      reason: 'Geplaatst op de tweede keuze.',
    });
    expect(
      outcomeSummary({ status: 'CONFIRMED', outcome: { rank: null, reason: 'Niet geplaatst.', place: null } }),
    ).toEqual({
      kind: 'none',
      reason: 'Niet geplaatst.',
    });
  });
});
