import { type SentOperation, fakeGateway as sharedFakeGateway } from '@stelsel/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlacementPage } from './placement-page.tsx';

afterEach(cleanup);

type Call = SentOperation;

/** The gateway for these tests; the student record (date of birth, for the guardian rule) is read apart from the placement. */
function fakeGateway(answer: (call: Call) => unknown): Call[] {
  return sharedFakeGateway((call) =>
    call.operationName === 'StudentBirth'
      ? { student: { id: call.variables.id, dateOfBirth: '2010-10-12' } }
      : answer(call),
  ).sent;
}

const place = {
  id: 'pl1',
  title: 'Stageplaats Verzorgende-IG',
  city: 'Rotterdam',
  address: 'Maasboulevard 100',
  startsOn: '2026-02-02',
  endsOn: '2026-06-26',
  hoursPerWeek: 32,
  expenseAllowance: '350.00',
  internshipWage: null,
};

function placementAnswer(agreement: { id: string; status: string } | null) {
  return {
    placement: {
      id: 'p1',
      status: 'ACCEPTED',
      confirmedAt: '2026-01-10T10:00:00.000Z',
      respondedAt: '2026-01-12T10:00:00.000Z',
      respondedBy: 'praktijkopleider-maasstad',
      declineReason: null,
      declineExplanation: null,
      needsReplacement: false,
      history: [
        { what: 'CONFIRMED', by: 'docent-zadkine', at: '2026-01-10T10:00:00.000Z', detail: null },
        { what: 'ACCEPTED', by: 'praktijkopleider-maasstad', at: '2026-01-12T10:00:00.000Z', detail: null },
      ],
      student: {
        id: 's10',
        givenName: 'Milan',
        familyName: 'Sardjoe',
        email: 'milan@student.example',
        level: 3,
        pathway: 'BOL',
        qualification: { crebo: '25655', name: 'Verzorgende-IG' },
      },
      institution: { id: 'roc-zadkine', name: 'ROC Zadkine' },
      place,
      company: { id: 'kvk-90000001', name: 'Zorggroep Maasstad (demo)' },
      agreement,
    },
  };
}

function agreement(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a1',
    status: 'DRAFT',
    version: 1,
    pathway: 'BOL',
    startsOn: place.startsOn,
    endsOn: place.endsOn,
    hoursPerWeek: 32,
    practicalTrainerName: 'Marieke de Vries',
    practicalTrainerEmail: 'marieke@maasstad.example',
    workProcesses: 'Werkt mee in de dagelijkse zorg.',
    assessment: 'Beoordeling door praktijkopleider en docent.',
    dissolutionTerms: 'Ontbinding na overleg tussen de partijen.',
    supervisionFrequency: 'Elke twee weken',
    expenseAllowance: '350.00',
    internshipWage: null,
    guardianRequired: true,
    guardianName: 'Ouder van Milan',
    requiredParties: ['STUDENT', 'INSTITUTION', 'COMPANY', 'GUARDIAN'],
    signatures: [] as unknown[],
    signedAt: null,
    supersededBy: null,
    createdBy: 'docent-zadkine',
    history: [{ what: 'DRAFTED', party: null, by: 'docent-zadkine', at: '2026-11-23T10:00:00.000Z', version: 1 }],
    allowancePayments: [],
    allowanceStatus: { agreedMonthly: '350.00', paidMonths: [], missingMonths: [], upToDate: true },
    contactMoments: [] as unknown[],
    contactMomentExceptions: [],
    ...overrides,
  };
}

const fill = (label: string | RegExp, value: string, scope: HTMLElement = document.body) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

const page = () =>
  render(<PlacementPage placementId="p1" institutionId="roc-zadkine" basePath="/school" navigate={() => {}} />);

describe('PlacementPage', () => {
  it('drafts the agreement from a prefilled form, checking empty fields first, then signs for the institution', async () => {
    let current = null as ReturnType<typeof agreement> | null;
    const calls = fakeGateway(({ operationName, variables }) => {
      if (operationName === 'SchoolPlacement')
        return placementAnswer(current && { id: current.id, status: current.status });
      if (operationName === 'Agreement') return { agreement: current };
      if (operationName === 'DraftAgreement') {
        current = agreement();
        return { draftAgreement: { __typename: 'Agreement', id: 'a1', status: 'DRAFT', version: 1 } };
      }
      if (operationName === 'SignAgreement') {
        expect(variables).toMatchObject({ agreementId: 'a1', party: 'INSTITUTION' });
        current = agreement({
          status: 'SIGNING',
          signatures: [
            { party: 'INSTITUTION', signedBy: 'docent-zadkine', signedAt: '2026-11-23T10:05:00.000Z', version: 1 },
          ],
        });
        return { signAgreement: { __typename: 'Agreement', id: 'a1', status: 'SIGNING' } };
      }
      throw new Error(`unexpected ${operationName}`);
    });
    page();
    await screen.findByRole('heading', { level: 1, name: 'Plaatsing van Milan Sardjoe' });
    const form = await screen.findByRole('form', { name: 'Praktijkovereenkomst opstellen' });
    expect((within(form).getByLabelText('Begindatum') as HTMLInputElement).value).toBe('2026-02-02');
    expect((within(form).getByLabelText('Onkostenvergoeding per maand (euro)') as HTMLInputElement).value).toBe(
      '350,00',
    );

    // Empty fields are caught before anything is sent; the summary takes focus and links to the field.
    fireEvent.click(within(form).getByRole('button', { name: 'Overeenkomst opstellen' }));
    const summary = await within(form).findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getByRole('link', { name: /Naam praktijkopleider/ })
        .getAttribute('href'),
    ).toBe('#pok-practicalTrainerName');
    expect(within(form).getByLabelText('Naam praktijkopleider').getAttribute('aria-invalid')).toBe('true');
    // Milan is 15 on the start date: the guardian is asked for.
    expect(within(summary).getByRole('link', { name: /Naam ouder of voogd/ })).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'DraftAgreement')).toBe(false);

    fill('Naam praktijkopleider', 'Marieke de Vries', form);
    fill('E-mailadres praktijkopleider', 'marieke@maasstad.example', form);
    fill('Werkprocessen', 'Werkt mee in de dagelijkse zorg.', form);
    fill('Beoordeling', 'Beoordeling door praktijkopleider en docent.', form);
    fill('Ontbindingsvoorwaarden', 'Ontbinding na overleg tussen de partijen.', form);
    fill('Frequentie van begeleiding', 'Elke twee weken', form);
    fill(/Naam ouder of voogd/, 'Ouder van Milan', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Overeenkomst opstellen' }));

    const drafted = await screen.findByText('De praktijkovereenkomst is opgesteld.');
    const draft = calls.find((c) => c.operationName === 'DraftAgreement');
    expect(draft?.variables).toMatchObject({
      placementId: 'p1',
      input: { hoursPerWeek: 32, expenseAllowance: '350.00', internshipWage: null, guardianName: 'Ouder van Milan' },
    });
    expect(String(draft?.variables.idempotencyKey)).toMatch(/^[0-9a-f-]{36}$/);
    expect(drafted.closest('[tabindex="-1"]')).toBe(document.activeElement);

    const sign = await screen.findByRole('button', { name: 'Ondertekenen namens de onderwijsinstelling' });
    expect(screen.getByRole('form', { name: 'Handtekening van de ouder of voogd vastleggen' })).toBeTruthy();
    fireEvent.click(sign);
    // A check step with a declaration comes first; nothing is sent before it is confirmed.
    const confirm = screen.getByRole('button', { name: 'Ja, onderteken namens de onderwijsinstelling' });
    fireEvent.click(confirm);
    expect(await screen.findByText('Vink eerst aan dat u akkoord gaat.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /gelezen en ga namens/ }));
    fireEvent.click(confirm);
    const signed = await screen.findByText('U heeft namens de onderwijsinstelling ondertekend.');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Ondertekenen namens de onderwijsinstelling' })).toBeNull(),
    );
    expect(signed.closest('[tabindex="-1"]')).toBe(document.activeElement);
    // The earlier message went when the next action started; the new one stayed while the agreement reloaded.
    expect(screen.queryByText('De praktijkovereenkomst is opgesteld.')).toBeNull();
  });

  it('shows a server error at its field and keeps the idempotency key for a retry of the same content', async () => {
    let attempts = 0;
    const calls = fakeGateway(({ operationName }) => {
      if (operationName === 'SchoolPlacement') return placementAnswer(null);
      if (operationName === 'DraftAgreement') {
        attempts += 1;
        if (attempts === 1) throw new Error('verbinding verbroken');
        return {
          draftAgreement: {
            __typename: 'InputError',
            message: 'De begindatum ligt meer dan een jaar in het verleden.',
            code: 'INPUT',
            field: 'input.startsOn',
          },
        };
      }
      throw new Error(`unexpected ${operationName}`);
    });
    page();
    const form = await screen.findByRole('form', { name: 'Praktijkovereenkomst opstellen' });
    fill('Naam praktijkopleider', 'Marieke de Vries', form);
    fill('E-mailadres praktijkopleider', 'marieke@maasstad.example', form);
    fill('Werkprocessen', 'Werkt mee in de dagelijkse zorg.', form);
    fill('Beoordeling', 'Beoordeling door praktijkopleider en docent.', form);
    fill('Ontbindingsvoorwaarden', 'Ontbinding na overleg tussen de partijen.', form);
    fill('Frequentie van begeleiding', 'Elke twee weken', form);
    fill(/Naam ouder of voogd/, 'Ouder van Milan', form);
    const button = within(form).getByRole('button', { name: 'Overeenkomst opstellen' });
    fireEvent.click(button);
    await within(form).findByRole('alert');
    fireEvent.click(button);
    const error = await within(form).findByRole('link', { name: /meer dan een jaar in het verleden/ });
    expect(error.getAttribute('href')).toBe('#pok-startsOn');
    expect(within(form).getByLabelText('Begindatum').getAttribute('aria-invalid')).toBe('true');
    const keys = calls.filter((c) => c.operationName === 'DraftAgreement').map((c) => c.variables.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('records a planned moment as held in a form named after its kind', async () => {
    let current = agreement({
      status: 'SIGNED',
      contactMoments: [
        {
          id: 'm1',
          kind: 'START',
          plannedOn: '2026-02-03',
          plannedMode: 'IN_PERSON',
          plannedBy: 'docent-zadkine',
          heldOn: null,
          heldMode: null,
          notes: null,
          recordedBy: null,
          recordedAt: null,
        },
      ],
    });
    const calls = fakeGateway(({ operationName, variables }) => {
      if (operationName === 'SchoolPlacement') return placementAnswer({ id: 'a1', status: current.status });
      if (operationName === 'Agreement') return { agreement: current };
      if (operationName === 'RecordContactMoment') {
        current = agreement({
          status: 'SIGNED',
          contactMoments: [
            {
              ...(current.contactMoments[0] as object),
              heldOn: variables.heldOn,
              heldMode: variables.mode,
              notes: variables.notes,
              recordedBy: 'docent-zadkine',
            },
          ],
        });
        return { recordContactMoment: { __typename: 'ContactMoment', id: 'm1' } };
      }
      throw new Error(`unexpected ${operationName}`);
    });
    page();
    const form = await screen.findByRole('form', { name: 'Startgesprek vastleggen' });
    expect((within(form).getByLabelText('Gehouden op') as HTMLInputElement).value).toBe('2026-02-03');
    fill(/Aantekeningen/, 'Goede start.', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Vastleggen als gehouden' }));
    await screen.findByText('Het contactmoment is vastgelegd.');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Startgesprek vastleggen' })).toBeNull());
    expect(calls.find((c) => c.operationName === 'RecordContactMoment')?.variables).toEqual({
      contactMomentId: 'm1',
      heldOn: '2026-02-03',
      mode: 'IN_PERSON',
      notes: 'Goede start.',
    });
    // A signed agreement: the allowances can be recorded.
    expect(screen.getByRole('form', { name: 'Betaling vastleggen' })).toBeTruthy();
  });
});

describe('PlacementPage of another institution', () => {
  it('shows nothing of a placement the service returns for another institution', async () => {
    fakeGateway(({ operationName }) => {
      if (operationName !== 'SchoolPlacement') throw new Error(`unexpected ${operationName}`);
      const answer = placementAnswer(null);
      return { placement: { ...answer.placement, institution: { id: 'albeda-college', name: 'Albeda College' } } };
    });
    page();
    await screen.findByText('Deze plaatsing bestaat niet of hoort niet bij een student van uw instelling.');
    expect(screen.queryByText(/Milan/)).toBeNull();
  });
});
