import { fakeGateway } from '@stelsel/client/testing';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlaceDetailsQuery, StudentMyPlacementQuery, StudentMyRoundsQuery } from '../graphql/generated/graphql.ts';
import { ChoicesPage } from './choices-page.tsx';
import { MyPlacementPage } from './my-placement-page.tsx';
import { PlacePage } from './place-page.tsx';

afterEach(() => {
  cleanup();
  document.title = '';
});

const PLACE = {
  id: 'p-zorg',
  title: 'Zorghulp dag',
  city: 'Rotterdam',
  startsOn: '2026-02-02',
  endsOn: '2026-06-26',
  inclusiveMarkers: ['ACCESSIBLE_WORKPLACE' as const],
  company: { name: 'Zorggroep Maasstad (demo)' },
};

const DETAILS: NonNullable<PlaceDetailsQuery['place']> = {
  ...PLACE,
  description: 'Je helpt bij de dagelijkse zorg.\n\nJe loopt mee met een verzorgende.',
  pathway: 'BOL',
  level: 3,
  qualification: { crebo: '25491', name: 'Verzorgende-IG' },
  hoursPerWeek: 32,
  expenseAllowance: '150.00',
  internshipWage: null,
  address: 'Maasboulevard 100',
  municipality: { name: 'Rotterdam' },
  status: 'OPEN',
};

const rounds = (status: 'CONFIRMED' | 'ACCEPTED'): StudentMyRoundsQuery => ({
  me: {
    id: 'roc-zadkine-s001',
    level: 3,
    pathway: 'BOL',
    placementStatus: status,
    placement: { id: 'pl-1', place: { id: PLACE.id } },
    qualification: { crebo: '25491', name: 'Verzorgende-IG' },
    matchingRounds: [
      {
        id: 'ronde',
        name: 'Kopgroep zorg',
        status: 'CONFIRMED',
        periodStart: '2026-01-01',
        periodEnd: '2026-07-31',
        maxChoices: 10,
        requestsAccessiblePlace: false,
        choicesSubmittedAt: '2025-12-01T10:00:00.000Z',
        confirmedAt: '2025-12-10T10:00:00.000Z',
        choices: [{ rank: 1, place: PLACE }],
        outcome: { rank: 1, reason: 'Geplaatst op de eerste keuze.', place: PLACE },
      },
    ],
  },
});

const placement = (status: 'CONFIRMED' | 'ACCEPTED'): StudentMyPlacementQuery => ({
  me: {
    id: 'roc-zadkine-s001',
    givenName: 'Joy',
    familyName: 'van der Linden',
    level: 3,
    pathway: 'BOL',
    placementStatus: status,
    qualification: { crebo: '25491', name: 'Verzorgende-IG' },
    institution: { id: 'roc-zadkine', name: 'ROC Zadkine' },
    placement: {
      id: 'pl-1',
      status,
      needsReplacement: false,
      respondBy: '2026-12-17',
      responseOverdue: false,
      company: PLACE.company,
      place: { id: PLACE.id, title: PLACE.title, city: PLACE.city, startsOn: PLACE.startsOn, endsOn: PLACE.endsOn },
      agreement: null,
    },
  },
});

describe('Mijn keuzes and Mijn stage say the same about the placement', () => {
  for (const status of ['CONFIRMED', 'ACCEPTED'] as const) {
    it(`while the placement is ${status}`, async () => {
      fakeGateway({ StudentMyRounds: () => rounds(status), StudentMyPlacement: () => placement(status) });
      const choices = render(<ChoicesPage basePath="/student" navigate={() => {}} />);
      const said = (await within(choices.container).findByText(/Stand van je plaatsing/)).parentElement?.textContent;
      expect(said).not.toMatch(/Je bent geplaatst/);
      choices.unmount();
      const stage = render(<MyPlacementPage />);
      await within(stage.container).findByText(/Zorggroep Maasstad/);
      const sentence = said?.replace('Stand van je plaatsing: ', '') ?? '';
      expect(sentence.length).toBeGreaterThan(10);
      expect(within(stage.container).getByText(sentence)).toBeTruthy();
      if (status === 'CONFIRMED') expect(sentence).toMatch(/moet je plaatsing nog accepteren/);
    });
  }
});

describe('the place page', () => {
  it('shows what a student weighs, with the place as page title', async () => {
    const gateway = fakeGateway({ PlaceDetails: () => ({ place: DETAILS }) });
    render(<PlacePage placeId={PLACE.id} basePath="/student" navigate={() => {}} />);
    await screen.findByRole('heading', { level: 1, name: 'Zorghulp dag' });
    expect(gateway.of('PlaceDetails')[0]?.variables).toEqual({ id: PLACE.id });
    const facts = screen.getByText('Leerbedrijf').closest('dl');
    const text = facts?.textContent ?? '';
    for (const expected of [
      'Zorggroep Maasstad (demo)',
      'Verzorgende-IG (crebo 25491), niveau 3',
      '2 februari 2026 tot en met 26 juni 2026',
      '32',
      '150,00 per maand',
      'Maasboulevard 100, Rotterdam',
      'Toegankelijke werkplek',
    ]) {
      expect(text).toContain(expected);
    }
    expect(screen.getByText('Je loopt mee met een verzorgende.')).toBeTruthy();
    // The title is set in an effect after the render: wait for it rather than race it (flaky under load).
    await waitFor(() => expect(document.title).toBe('Zorghulp dag – Student – Stelsel mbo'));
    expect(screen.getByRole('link', { name: 'Terug naar Mijn keuzes' }).getAttribute('href')).toBe('/student/keuzes');
  });

  it('says a closed place shows no address', async () => {
    fakeGateway({ PlaceDetails: () => ({ place: { ...DETAILS, status: 'CLOSED', address: null } }) });
    render(<PlacePage placeId={PLACE.id} basePath="/student" navigate={() => {}} />);
    expect((await screen.findByText(/de plaats is gesloten/)).textContent).not.toContain('Maasboulevard');
  });

  it('shows "niet gevonden" for an unknown place', async () => {
    fakeGateway({ PlaceDetails: () => ({ place: null }) });
    render(<PlacePage placeId="bestaat-niet" basePath="/student" navigate={() => {}} />);
    await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' });
    expect(document.title).toBe('Pagina niet gevonden – Student – Stelsel mbo');
  });
});
