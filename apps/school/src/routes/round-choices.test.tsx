import { fakeGateway } from '@stelsel/client/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundPlaceFragment } from '../graphql/generated/graphql.ts';
import { ChoicesForm } from './round-choices-form.tsx';
import { choiceFieldId, initialSlots, type Round, type RoundStudent } from './round-model.ts';

afterEach(cleanup);

const place = (id: string, title: string): RoundPlaceFragment => ({
  id,
  title,
  city: 'Rotterdam',
  startsOn: '2026-02-02',
  endsOn: '2026-06-26',
  capacity: 2,
  inclusiveMarkers: [],
  company: { name: 'Zorggroep Maasstad (demo)' },
});
const A = place('p-a', 'Zorghulp avond');

const entry: RoundStudent = {
  requestsAccessiblePlace: false,
  student: {
    id: 'roc-zadkine-s001',
    givenName: 'Joy',
    familyName: 'van der Linden',
    level: 3,
    pathway: 'BOL',
    qualification: { crebo: '25491', name: 'Verzorgende-IG' },
  },
  choices: [A],
};

const round = (maxChoices: number) =>
  ({
    id: 'r1',
    name: 'Kopgroep',
    status: 'DRAFT',
    periodStart: '2026-01-01',
    periodEnd: '2026-07-31',
    maxChoices,
  }) as Round;

describe('the school’s choices form', () => {
  it('offers as many choices as the round’s maxChoices, and links a chosen place to its page', async () => {
    fakeGateway({ EligiblePlaces: () => ({ places: { places: [A], hasNextPage: false } }) });
    render(
      <ChoicesForm
        round={round(7)}
        entry={entry}
        onSaved={() => {}}
        nav={{ basePath: '/school', navigate: () => {} }}
      />,
    );
    await screen.findByLabelText(/^3e keuze/);
    expect(
      screen.getByRole('link', { name: 'Bekijk Zorghulp avond bij Zorggroep Maasstad (demo)' }).getAttribute('href'),
    ).toBe('/school/plaatsen/p-a');
    const add = () => screen.queryByRole('button', { name: 'Keuze toevoegen voor Joy van der Linden' });
    for (let n = 4; n <= 7; n += 1) {
      fireEvent.click(add() as HTMLElement);
      await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(new RegExp(`^${n}e keuze`))));
    }
    expect(add()).toBeNull();
    expect(screen.getAllByRole('combobox')).toHaveLength(7);
  });

  it('starts from the saved choices and puts a back-end error at the choice it names', () => {
    expect(initialSlots([{ id: 'a' }], 10)).toEqual(['a', '', '']);
    expect(
      initialSlots(
        Array.from({ length: 12 }, (_, i) => ({ id: `p${i}` })),
        10,
      ),
    ).toHaveLength(10);
    expect(choiceFieldId('keuze-s1', 'placeIds.3')).toBe('keuze-s1-4');
    expect(choiceFieldId('keuze-s1', 'placeIds')).toBe('keuze-s1-1');
    expect(choiceFieldId('keuze-s1', 'roundId')).toBeNull();
  });
});
