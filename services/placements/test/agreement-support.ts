import { randomUUID } from 'node:crypto';
import type { Caller } from '@stelsel/auth';
import type { Engine } from '@stelsel/db-kit';
import { expectType } from '@stelsel/testing';
import type { ResultOf, VariablesOf } from 'gql.tada';
import type { PlacementStatus } from '../src/db/types.ts';
import { graphql } from './graphql.ts';
import { fromToday, MAASSTAD, placementsSubgraph, USER_ERROR, ZADKINE } from './support.ts';

export const AGREEMENT = graphql(`
  fragment AgreementFields on Agreement {
    __typename id status version pathway startsOn endsOn guardianRequired guardianName requiredParties supersededBy
    expenseAllowance internshipWage signatures { party signedBy note version }
    history { what party by version detail }
    allowanceStatus { agreedMonthly paidMonths missingMonths upToDate }
    contactMoments { id kind plannedMode heldMode recordedBy } contactMomentExceptions { reason explanation }
  }
`);

export const DRAFT = graphql(
  `mutation Draft($placementId: ID!, $input: AgreementInput!, $key: IdempotencyKey!) {
    draftAgreement(placementId: $placementId, input: $input, idempotencyKey: $key) {
      ...AgreementFields ...UserErrorFields
    }
  }`,
  [AGREEMENT, USER_ERROR],
);
export const SIGN = graphql(
  `mutation Sign($id: ID!, $party: AgreementParty!, $note: String, $key: IdempotencyKey) {
    signAgreement(agreementId: $id, party: $party, note: $note, idempotencyKey: $key) {
      ...AgreementFields ...UserErrorFields
    }
  }`,
  [AGREEMENT, USER_ERROR],
);
export const READ = graphql(`query Read($id: ID!) { agreement(id: $id) { ...AgreementFields } }`, [AGREEMENT]);
export const PLAN = graphql(
  `mutation Plan($id: ID!, $kind: ContactMomentKind!, $on: Date!, $mode: ContactMode!, $key: IdempotencyKey!) {
    planContactMoment(agreementId: $id, kind: $kind, plannedOn: $on, mode: $mode, idempotencyKey: $key) {
      __typename ... on ContactMoment { id kind plannedMode plannedBy heldOn } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
export const HELD = graphql(
  `mutation Held($id: ID!, $on: Date!, $mode: ContactMode!, $notes: String) {
    recordContactMoment(contactMomentId: $id, heldOn: $on, mode: $mode, notes: $notes) {
      __typename ... on ContactMoment { id heldOn heldMode recordedBy notes } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
export const EXCEPTION = graphql(
  `mutation Exception($id: ID!, $reason: ContactMomentExceptionReason!, $text: String!) {
    recordContactMomentException(agreementId: $id, reason: $reason, explanation: $text) {
      __typename ... on Agreement { id contactMomentExceptions { reason recordedBy } } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
export const MISSING = graphql(`
  query Missing {
    placementsMissingContactMoments { agreement { id } placement { id } missingKinds missingInPerson missing }
  }
`);
export const PAY = graphql(
  `mutation Pay($id: ID!, $month: String!, $amount: Money!, $kind: AllowanceKind!, $key: IdempotencyKey!) {
    recordAllowancePayment(agreementId: $id, month: $month, amount: $amount, kind: $kind, idempotencyKey: $key) {
      __typename ... on Agreement { allowanceStatus { agreedMonthly paidMonths missingMonths upToDate }
        allowancePayments { month kind amount recordedBy } } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);

export type AgreementInput = VariablesOf<typeof DRAFT>['input'];
export type Party = VariablesOf<typeof SIGN>['party'];
/** What drafting or signing answered: the agreement or a typed error. */
export type AgreementAnswer = ResultOf<typeof DRAFT>['draftAgreement'];
export type Agreement = Extract<AgreementAnswer, { __typename: 'Agreement' }>;

export const input = (overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  startsOn: fromToday(-100),
  endsOn: fromToday(80),
  hoursPerWeek: 32,
  practicalTrainerName: 'Marieke de Vries',
  practicalTrainerEmail: 'm.devries@maasstad.example',
  workProcesses: 'Verzorgt cliënten en rapporteert in het zorgdossier.',
  assessment: 'Beoordeling door praktijkopleider en stagebegeleider.',
  dissolutionTerms: 'Ontbinding na overleg, met een maand bedenktijd.',
  supervisionFrequency: 'Elke twee weken een gesprek.',
  expenseAllowance: '250.00',
  internshipWage: '300.00',
  ...overrides,
});

/** `placementsSubgraph` plus the helpers the agreement test files share. */
export function agreementHarness(engine: Engine) {
  const placements = placementsSubgraph(engine);
  const { execute, as } = placements;
  const school = () => as('institution', ZADKINE, 'docent-zadkine');
  const maasstad = () => as('company', MAASSTAD, 'praktijkopleider-maasstad');

  /** Drafts (or edits) the agreement, with a new key unless one is given; answers the agreement or the error. */
  const tryDraft = async (who: Caller, placementId: string, values = input(), key: string = randomUUID()) => {
    const result = await execute(who, DRAFT, { placementId, input: values, key });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data?.draftAgreement;
  };
  const trySign = async (who: Caller, id: string, party: Party, note?: string, key?: string) => {
    const result = await execute(who, SIGN, { id, party, note, key });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data?.signAgreement;
  };
  /** Drafts and answers the agreement; an error answer fails the test. */
  const draft = async (...args: Parameters<typeof tryDraft>) => expectType(await tryDraft(...args), 'Agreement');
  const sign = async (...args: Parameters<typeof trySign>) => expectType(await trySign(...args), 'Agreement');
  const signAll = async (id: string, student: string, guardian = false) => {
    await sign(as('student', ZADKINE, student), id, 'STUDENT');
    await sign(school(), id, 'INSTITUTION');
    if (guardian) await sign(school(), id, 'GUARDIAN', 'Op papier getekend op school, 3 maart.');
    return sign(as('company', MAASSTAD), id, 'COMPANY');
  };
  const missing = async () => (await execute(school(), MISSING)).data?.placementsMissingContactMoments ?? [];

  /** A test student with a placement in the given status. */
  const addPlacement = async (
    id: string,
    options: { dob?: string; company?: string; status?: PlacementStatus; institution?: string } = {},
  ) => {
    const institution = options.institution ?? ZADKINE;
    const studentId = `${institution}-agr-${id}`;
    const { db } = placements;
    const exists = await db.selectFrom('student').select('id').where('id', '=', studentId).execute();
    if (exists.length === 0) {
      await db
        .insertInto('student')
        .values({
          id: studentId,
          institution_id: institution,
          given_name: 'Test',
          family_name: id,
          qualification_crebo: '25491',
          level: 3,
          pathway: 'BOL',
          cohort: 2025,
          date_of_birth: options.dob ?? '2000-01-01',
          email: `${id}@student.example`,
        })
        .execute();
    }
    const company = options.company ?? MAASSTAD;
    const placementId = `agr-${id}-${company}`;
    await db
      .insertInto('placement')
      .values({
        id: placementId,
        student_id: studentId,
        place_id: `${company}-p01`,
        company_id: company,
        institution_id: institution,
        round_id: null,
        status: options.status ?? 'ACCEPTED',
        created_by: 'docent',
      })
      .execute();
    return { studentId, placementId };
  };

  return { placements, execute, as, school, maasstad, tryDraft, trySign, draft, sign, signAll, missing, addPlacement };
}
