import { fakeGateway } from '@stelsel/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StudentMyRoundsQuery, StudentPlaceFragment } from '../graphql/generated/graphql.ts';
import { ChoicesPage } from './choices-page.tsx';

afterEach(cleanup);

const place = (id: string, title: string): StudentPlaceFragment => ({
  id,
  title,
  city: 'Rotterdam',
  startsOn: '2026-02-02',
  endsOn: '2026-06-26',
  inclusiveMarkers: [],
  company: { name: 'Zorggroep Maasstad (demo)' },
});
const A = place('p-a', 'Zorghulp avond');
const B = place('p-b', 'Zorghulp dag');

type Round = NonNullable<StudentMyRoundsQuery['me']>['matchingRounds'][number];

function rounds(...matchingRounds: Round[]): StudentMyRoundsQuery {
  return {
    me: {
      id: 'roc-zadkine-s022',
      level: 3,
      pathway: 'BOL',
      placementStatus: 'NONE',
      placement: null,
      qualification: { crebo: '25491', name: 'Verzorgende-IG' },
      matchingRounds,
    },
  };
}

const draft: Round = {
  id: 'ronde-open',
  name: 'Kopgroep zorg 2026',
  status: 'DRAFT',
  periodStart: '2026-01-01',
  periodEnd: '2026-07-31',
  maxChoices: 10,
  requestsAccessiblePlace: false,
  choicesSubmittedAt: null,
  confirmedAt: null,
  choices: [],
  outcome: null,
};

const confirmed: Round = {
  ...draft,
  id: 'ronde-klaar',
  name: 'Kopgroep zorg 2025',
  status: 'CONFIRMED',
  choicesSubmittedAt: '2025-06-10T12:00:00.000Z',
  confirmedAt: '2025-06-16T10:30:00.000Z',
  choices: [
    { rank: 1, place: A },
    { rank: 2, place: B },
  ],
  outcome: { rank: 2, reason: 'Geplaatst op de tweede keuze.', place: B },
};

describe('Mijn keuzes', () => {
  it('says so when the student is in no round', async () => {
    fakeGateway({ StudentMyRounds: () => rounds() });
    render(<ChoicesPage basePath="/student" navigate={() => {}} />);
    await screen.findByText(/Je doet nog niet mee aan een stagematchingsronde/);
  });

  it('shows a confirmed round with the own ranked choices and the outcome, without a form', async () => {
    const gateway = fakeGateway({ StudentMyRounds: () => rounds(confirmed) });
    render(<ChoicesPage basePath="/student" navigate={() => {}} />);
    const table = await screen.findByRole('table', { name: 'Jouw keuzes in Kopgroep zorg 2025, de beste eerst' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['1e', '2e']);
    expect(screen.getByText(/gematcht aan/).textContent).toContain('Zorghulp dag');
    expect(screen.queryByText(/Je bent geplaatst/)).toBeNull();
    // Every chosen place and the outcome link to the place page.
    expect(within(table).getByRole('link', { name: 'Zorghulp avond' }).getAttribute('href')).toBe(
      '/student/plaatsen/p-a',
    );
    expect(screen.queryByRole('button', { name: 'Keuzes opslaan' })).toBeNull();
    expect(gateway.of('StudentEligiblePlaces')).toHaveLength(0);
  });

  it('lets the student rank open places that fit and submit them for themself', async () => {
    let saved: Round = draft;
    const gateway = fakeGateway({
      StudentMyRounds: () => rounds(saved),
      StudentEligiblePlaces: () => ({ places: { places: [A, B], hasNextPage: false } }),
      StudentSubmitChoices: (op) => {
        saved = {
          ...draft,
          choicesSubmittedAt: '2026-01-05T10:00:00.000Z',
          choices: (op.variables.placeIds as string[]).map((id, i) => ({ rank: i + 1, place: id === A.id ? A : B })),
        };
        return { submitChoices: { __typename: 'MatchingRoundStudent', requestsAccessiblePlace: false } };
      },
    });
    render(<ChoicesPage basePath="/student" navigate={() => {}} />);
    expect(await screen.findByText('De uitkomst zie je hier zodra je school de ronde heeft bevestigd.')).toBeTruthy();

    // Nothing chosen: the error summary says so and links to the first field.
    await screen.findByLabelText(/^1e keuze/);
    fireEvent.click(screen.getByRole('button', { name: 'Keuzes opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Kies minstens één plaats.');
    expect(gateway.of('StudentSubmitChoices')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(/^1e keuze/), { target: { value: B.id } });
    fireEvent.change(screen.getByLabelText(/^3e keuze/), { target: { value: A.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Keuzes opslaan' }));
    await screen.findByText('Je keuzes zijn opgeslagen.');
    expect(gateway.of('StudentSubmitChoices')[0]?.variables).toEqual({
      roundId: 'ronde-open',
      studentId: 'roc-zadkine-s022',
      placeIds: [B.id, A.id],
      requestsAccessiblePlace: false,
    });
    await screen.findByRole('table', { name: 'Jouw keuzes in Kopgroep zorg 2026, de beste eerst' });
    expect(screen.getByText('Je keuzes zijn opgeslagen.')).toBeTruthy();
  });

  it('adds a choice field up to the round’s maxChoices, and moves focus to the new one', async () => {
    fakeGateway({
      StudentMyRounds: () => rounds({ ...draft, maxChoices: 6 }),
      StudentEligiblePlaces: () => ({ places: { places: [A, B], hasNextPage: false } }),
    });
    render(<ChoicesPage basePath="/student" navigate={() => {}} />);
    await screen.findByLabelText(/^3e keuze/);
    for (let n = 4; n <= 6; n += 1) {
      fireEvent.click(screen.getByRole('button', { name: 'Keuze toevoegen' }));
      await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(new RegExp(`^${n}e keuze`))));
    }
    expect(screen.queryByRole('button', { name: 'Keuze toevoegen' })).toBeNull();
  });
});
