import { describe, expect, it } from 'vitest';
import type { StudentPlaceFragment } from '../graphql/generated/graphql.ts';
import {
  checkChoices,
  errorFieldId,
  initialPicks,
  mayChoose,
  outcomePlacementText,
  outcomeSummary,
  placeOptions,
  slotId,
} from './choices.ts';
import { placementStatusText } from './my-placement.ts';

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
    expect(initialPicks([], 10)).toEqual(['', '', '']);
    expect(
      initialPicks(
        [
          { rank: 2, place: { id: 'b' } },
          { rank: 1, place: { id: 'a' } },
        ],
        10,
      ),
    ).toEqual(['a', 'b', '']);
    const ten = Array.from({ length: 10 }, (_, i) => ({ rank: i + 1, place: { id: `p${i}` } }));
    expect(initialPicks(ten, 10)).toHaveLength(10);
    // The limit is the round's own (`maxChoices` from the API), not a number in the app.
    expect(initialPicks(ten, 4)).toHaveLength(4);
  });

  it('sends the filled choices best first, skipping empty fields', () => {
    expect(checkChoices(ROUND, ['', 'a', '', 'b'], noAccessibility, 10)).toEqual({ placeIds: ['a', 'b'], errors: [] });
  });

  it('asks for at least one choice, pointing at the first field', () => {
    expect(checkChoices(ROUND, ['', '', ''], noAccessibility, 10)).toEqual({
      placeIds: [],
      errors: [{ fieldId: slotId(ROUND, 0), message: 'Kies minstens één plaats.' }],
    });
  });

  it('refuses the same place twice, at the later field', () => {
    const { placeIds, errors } = checkChoices(ROUND, ['a', 'b', 'a'], noAccessibility, 10);
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
    expect(checkChoices(ROUND, ['a'], accessibility, 10)).toEqual({ placeIds: ['a'], errors: [] });
    const { errors } = checkChoices(ROUND, ['a', 'b'], accessibility, 10);
    expect(errors.map((e) => e.fieldId)).toEqual([slotId(ROUND, 1)]);
    expect(errors[0]?.message).toMatch(/geen toegankelijke werkplek/);
  });

  it('refuses more choices than the round allows', () => {
    const picks = Array.from({ length: 11 }, (_, i) => `p${i}`);
    expect(checkChoices(ROUND, picks, noAccessibility, 10).errors.map((e) => e.fieldId)).toEqual([slotId(ROUND, 10)]);
    const five = checkChoices(ROUND, picks.slice(0, 6), noAccessibility, 5);
    expect(five.errors).toEqual([{ fieldId: slotId(ROUND, 5), message: 'Kies hoogstens 5 plaatsen.' }]);
  });

  it('puts an error of the back end at the choice it names', () => {
    expect(errorFieldId(ROUND, 'placeIds.2', 'toegankelijk')).toBe(slotId(ROUND, 2));
    expect(errorFieldId(ROUND, 'placeIds', 'toegankelijk')).toBe(slotId(ROUND, 0));
    expect(errorFieldId(ROUND, 'requestsAccessiblePlace', 'toegankelijk')).toBe('toegankelijk');
    expect(errorFieldId(ROUND, 'roundId', 'toegankelijk')).toBeNull();
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

describe('the outcome and the placement status', () => {
  const placed = { status: 'CONFIRMED' as const, outcome: { rank: 1, reason: 'Geplaatst.', place: place('a') } };

  it('speaks of the placement in the words of Mijn stage, from the same placementStatus field', () => {
    const me = { placementStatus: 'CONFIRMED' as const, pathway: 'BOL' as const, placement: { place: { id: 'a' } } };
    const text = outcomePlacementText(outcomeSummary(placed), me);
    expect(text).toBe(placementStatusText('CONFIRMED', 'BOL'));
    expect(text).toMatch(/Het leerbedrijf moet je plaatsing nog accepteren/);
    expect(outcomePlacementText(outcomeSummary(placed), { ...me, placementStatus: 'ACCEPTED' })).toBe(
      'Het leerbedrijf heeft je plaatsing geaccepteerd.',
    );
  });

  it('says nothing about a placement elsewhere, or without an outcome', () => {
    const elsewhere = {
      placementStatus: 'ACTIVE' as const,
      pathway: 'BOL' as const,
      placement: { place: { id: 'b' } },
    };
    expect(outcomePlacementText(outcomeSummary(placed), elsewhere)).toBeNull();
    expect(outcomePlacementText(outcomeSummary({ status: 'RUN', outcome: null }), elsewhere)).toBeNull();
  });
});
