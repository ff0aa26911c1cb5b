import { fakeGateway } from '@stelsel/client/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgreementFieldsFragment, StudentMyPlacementQuery } from '../graphql/generated/graphql.ts';
import documents from '../graphql/generated/persisted-documents.json' with { type: 'json' };
import { MyPlacementPage } from './my-placement-page.tsx';

afterEach(cleanup);

const AGREEMENT: AgreementFieldsFragment = {
  id: 'demo-agreement-09',
  status: 'SIGNING',
  version: 2,
  pathway: 'BOL',
  startsOn: '2026-02-02',
  endsOn: '2026-06-26',
  hoursPerWeek: 32,
  practicalTrainerName: 'Peter Jansen',
  practicalTrainerEmail: 'p.jansen@maasstad.example',
  workProcesses: 'Ondersteunt bij de dagelijkse zorg.',
  assessment: 'Beoordeling door de praktijkopleider.',
  dissolutionTerms: 'Beide partijen kunnen met reden opzeggen.',
  supervisionFrequency: 'Elke twee weken een gesprek',
  expenseAllowance: '150.00',
  internshipWage: null,
  guardianRequired: false,
  guardianName: null,
  requiredParties: ['STUDENT', 'INSTITUTION', 'COMPANY'],
  signedAt: null,
  supersededBy: null,
  createdBy: 'docent-zadkine',
  signatures: [
    { party: 'INSTITUTION', signedBy: 'docent-zadkine', signedAt: '2026-01-20T10:00:00.000Z', version: 2, note: null },
  ],
  contactMoments: [],
  contactMomentExceptions: [],
  allowanceStatus: { agreedMonthly: '150.00', paidMonths: [], missingMonths: [], upToDate: true },
  allowancePayments: [],
  history: [],
};

function me(agreement: AgreementFieldsFragment | null): StudentMyPlacementQuery {
  return {
    me: {
      id: 'roc-zadkine-s001',
      givenName: 'Joy',
      familyName: 'van der Linden',
      level: 4,
      pathway: 'BOL',
      placementStatus: agreement ? 'ACCEPTED' : 'CONFIRMED',
      qualification: { crebo: '25655', name: 'Verpleegkundige' },
      institution: { id: 'roc-zadkine', name: 'ROC Zadkine' },
      placement: {
        id: 'demo-placement-01',
        status: agreement ? 'ACCEPTED' : 'CONFIRMED',
        needsReplacement: false,
        respondBy: '2026-12-17',
        responseOverdue: false,
        company: { name: 'Zorggroep Maasstad (demo)' },
        place: {
          id: 'p3',
          title: 'Stage verpleegkunde',
          city: 'Rotterdam',
          startsOn: '2025-09-01',
          endsOn: '2026-06-26',
        },
        agreement,
      },
    },
  };
}

const SIGN_BUTTON = { name: 'Praktijkovereenkomst ondertekenen' } as const;
const CONFIRM_BUTTON = { name: 'Ja, ik onderteken' } as const;

/** The check step: open it, tick the declaration, confirm. */
function signWithConfirmation(trigger: HTMLElement) {
  fireEvent.click(trigger);
  fireEvent.click(screen.getByRole('checkbox', { name: /gelezen en ga ermee akkoord/ }));
  fireEvent.click(screen.getByRole('button', CONFIRM_BUTTON));
}

describe('Mijn stage', () => {
  it('shows the placement and says the school draws up the agreement once the company accepted', async () => {
    fakeGateway({ StudentMyPlacement: () => me(null) });
    render(<MyPlacementPage />);
    await screen.findByText('Zorggroep Maasstad (demo)');
    expect(
      screen.getByText(/Je school stelt die op zodra het leerbedrijf je plaatsing heeft geaccepteerd/),
    ).toBeTruthy();
    expect(screen.getByText('1 september 2025 tot en met 26 juni 2026')).toBeTruthy();
    expect(screen.getByText('Het leerbedrijf reageert uiterlijk op 17 december 2026.')).toBeTruthy();
    expect(screen.queryByRole('button', SIGN_BUTTON)).toBeNull();
  });

  it('tells a student without a placement where they stand', async () => {
    const none = me(null);
    if (none.me) Object.assign(none.me, { placementStatus: 'NONE', placement: null });
    fakeGateway({ StudentMyPlacement: () => none });
    render(<MyPlacementPage />);
    await screen.findByText(/Je hebt nog geen stageplaats/);
    expect(screen.getByText(/zodra een leerbedrijf je plaatsing heeft geaccepteerd/)).toBeTruthy();
    expect(screen.queryByText('Leerbedrijf')).toBeNull();
  });

  it('signs as the student with one key per attempt, reused on retry, then reloads and hides the button', async () => {
    let signed = false;
    let attempts = 0;
    const gateway = fakeGateway(
      {
        StudentMyPlacement: () =>
          me(
            signed
              ? {
                  ...AGREEMENT,
                  signatures: [
                    ...AGREEMENT.signatures,
                    {
                      party: 'STUDENT',
                      signedBy: 'roc-zadkine-s001',
                      signedAt: '2026-01-21T08:15:00.000Z',
                      version: 2,
                      note: null,
                    },
                  ],
                }
              : AGREEMENT,
          ),
        StudentSignAgreement: () => {
          attempts += 1;
          if (attempts === 1) throw new TypeError('netwerk weg');
          signed = true;
          return { signAgreement: { __typename: 'Agreement', id: AGREEMENT.id, status: 'SIGNING' } };
        },
      },
      { documents },
    );
    render(<MyPlacementPage />);
    expect(await screen.findByText('Nog niet ondertekend door: jij en het leerbedrijf.')).toBeTruthy();

    signWithConfirmation(screen.getByRole('button', SIGN_BUTTON));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De praktijkovereenkomst is niet ondertekend');
    await waitFor(() => expect(document.activeElement).toBe(alert));

    // The check step stays open after a failure; its confirm button retries with the same key.
    fireEvent.click(screen.getByRole('button', CONFIRM_BUTTON));
    await screen.findByText('Je hebt de praktijkovereenkomst ondertekend.');
    const sent = gateway.of('StudentSignAgreement');
    expect(sent).toHaveLength(2);
    expect(sent[0]?.query).toContain('party: STUDENT');
    expect(sent[0]?.variables).toEqual({ agreementId: AGREEMENT.id, idempotencyKey: expect.any(String) });
    expect(sent[1]?.variables.idempotencyKey).toBe(sent[0]?.variables.idempotencyKey);

    await waitFor(() => expect(gateway.of('StudentMyPlacement')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('button', SIGN_BUTTON)).toBeNull());
    expect(screen.getByText('Je hebt de praktijkovereenkomst ondertekend.')).toBeTruthy();
    expect(screen.getByText('Nog niet ondertekend door: het leerbedrijf.')).toBeTruthy();
  });

  it('shows the typed error of the back end in the error summary', async () => {
    fakeGateway({
      StudentMyPlacement: () => me(AGREEMENT),
      StudentSignAgreement: () => ({
        signAgreement: {
          __typename: 'ConflictError',
          message: 'Deze overeenkomst is vervangen door een nieuwe.',
          code: 'CONFLICT',
          field: 'agreementId',
        },
      }),
    });
    render(<MyPlacementPage />);
    signWithConfirmation(await screen.findByRole('button', SIGN_BUTTON));
    expect((await screen.findByRole('alert')).textContent).toContain('Deze overeenkomst is vervangen door een nieuwe.');
  });

  it('has no button for an agreement the student already signed, and says when', async () => {
    fakeGateway({
      StudentMyPlacement: () =>
        me({
          ...AGREEMENT,
          signatures: [
            {
              party: 'STUDENT',
              signedBy: 'roc-zadkine-s001',
              signedAt: '2026-01-21T08:15:00.000Z',
              version: 2,
              note: null,
            },
          ],
        }),
    });
    render(<MyPlacementPage />);
    await screen.findByText(/Je hebt versie 2 ondertekend op 21 januari 2026, 09:15/);
    expect(screen.queryByRole('button', SIGN_BUTTON)).toBeNull();
  });
});
