import { randomUUID } from 'node:crypto';
import type { Role } from '@stelsel/auth';
import type { Engine } from '@stelsel/db-kit';
import { createTestDatabase } from '@stelsel/db-kit/testing';
import { createLogger, createSubgraphServer, type Logger } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { caller, createExecutor } from '@stelsel/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { createPlacementsContext, type PlacementsContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { PlacementStatus, PlacementsDatabase } from '../src/db/types.ts';
import { schema } from '../src/schema/schema.ts';
import { seedPlacements } from '../src/seed/index.ts';

export const ZADKINE = 'roc-zadkine';
export const ALBEDA = 'albeda-college';
export const MAASSTAD = 'kvk-90000001';
export const BOUW = 'kvk-90000002';
export const ERROR = '... on UserError { __typename message code field }';
export const AGREEMENT = `id status version pathway startsOn endsOn guardianRequired guardianName requiredParties supersededBy
  expenseAllowance internshipWage signatures { party signedBy note version }
  history { what party by version detail }
  allowanceStatus { agreedMonthly paidMonths missingMonths upToDate }
  contactMoments { id kind plannedMode heldMode recordedBy } contactMomentExceptions { reason explanation }`;
export const DRAFT = `mutation ($placementId: ID!, $input: AgreementInput!, $key: IdempotencyKey) {
  draftAgreement(placementId: $placementId, input: $input, idempotencyKey: $key) {
    __typename ... on Agreement { ${AGREEMENT} } ${ERROR} } }`;
export const SIGN = `mutation ($id: ID!, $party: AgreementParty!, $note: String, $key: IdempotencyKey) {
  signAgreement(agreementId: $id, party: $party, note: $note, idempotencyKey: $key) {
    __typename ... on Agreement { ${AGREEMENT} } ${ERROR} } }`;
export const READ = `query ($id: ID!) { agreement(id: $id) { ${AGREEMENT} } }`;
export const PLAN = `mutation ($id: ID!, $kind: ContactMomentKind!, $on: Date!, $mode: ContactMode!) {
  planContactMoment(agreementId: $id, kind: $kind, plannedOn: $on, mode: $mode) {
    __typename ... on ContactMoment { id kind plannedMode plannedBy heldOn } ${ERROR} } }`;
export const HELD = `mutation ($id: ID!, $on: Date!, $mode: ContactMode!, $notes: String) {
  recordContactMoment(contactMomentId: $id, heldOn: $on, mode: $mode, notes: $notes) {
    __typename ... on ContactMoment { id heldOn heldMode recordedBy notes } ${ERROR} } }`;
export const EXCEPTION = `mutation ($id: ID!, $reason: ContactMomentExceptionReason!, $text: String!) {
  recordContactMomentException(agreementId: $id, reason: $reason, explanation: $text) {
    __typename ... on Agreement { id contactMomentExceptions { reason recordedBy } } ${ERROR} } }`;
export const MISSING = `{ placementsMissingContactMoments { agreement { id } placement { id } missingKinds missingInPerson missing } }`;
export const PAY = `mutation ($id: ID!, $month: String!, $amount: Money!, $kind: AllowanceKind!, $key: IdempotencyKey!) {
  recordAllowancePayment(agreementId: $id, month: $month, amount: $amount, kind: $kind, idempotencyKey: $key) {
    __typename ... on Agreement { allowanceStatus { agreedMonthly paidMonths missingMonths upToDate }
      allowancePayments { month kind amount recordedBy } } ${ERROR} } }`;

export interface Agreement {
  __typename: string;
  id: string;
  status: string;
  version: number;
  pathway: string;
  guardianRequired: boolean;
  guardianName: string | null;
  requiredParties: string[];
  supersededBy: string | null;
  signatures: Array<{ party: string; signedBy: string; note: string | null; version: number }>;
  history: Array<{ what: string; party: string | null; by: string; version: number; detail: string | null }>;
  allowanceStatus: { agreedMonthly: string; paidMonths: string[]; missingMonths: string[]; upToDate: boolean };
  contactMoments: Array<{ id: string; kind: string }>;
  message?: string;
  code?: string;
  field?: string | null;
}
export interface Missing {
  agreement: { id: string };
  missingKinds: string[];
  missingInPerson: boolean;
  missing: string[];
}

export function fromToday(days: number): string {
  const today = new Date(`${todayInNetherlands()}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export const input = (overrides: Record<string, unknown> = {}) => ({
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

/**
 * One seeded PGlite (or PostgreSQL) database per test file and an in-process executor over the schema.
 * Call inside `describe.each(testEngines())`: it registers the file's beforeAll and afterAll. `seed`
 * fills the database (default: the demo data).
 */
export function placementsHarness(
  engine: Engine,
  options: { seed?: (db: Kysely<PlacementsDatabase>) => Promise<unknown>; logger?: Logger } = {},
) {
  const seed = options.seed ?? ((db: Kysely<PlacementsDatabase>) => seedPlacements(db));
  let inner: Awaited<ReturnType<typeof createTestDatabase<PlacementsDatabase>>>;
  /** Read lazily: the database exists once beforeAll has run. */
  const database = {
    get db() {
      return inner.db;
    },
  };
  const server = createSubgraphServer<PlacementsContext>({
    name: 'placements',
    schema,
    logger: options.logger ?? createLogger('placements-test'),
    createContext: () => {
      throw new Error('not used in-process');
    },
  });
  const execute = createExecutor(server);
  const as = (role: Role, organisation?: string, subject?: string): PlacementsContext =>
    createPlacementsContext(caller(role, organisation, subject), database.db);
  beforeAll(async () => {
    inner = await createTestDatabase<PlacementsDatabase>('placements', migrations, engine);
    await seed(database.db);
  });
  afterAll(async () => inner?.close());
  return { database, execute, as };
}

/**
 * `placementsHarness` plus the helpers the agreement test files share.
 */
export function agreementHarness(engine: Engine) {
  const { database, execute, as } = placementsHarness(engine);
  const school = () => as('institution', ZADKINE, 'docent-zadkine');
  const maasstad = () => as('company', MAASSTAD, 'praktijkopleider-maasstad');

  const draft = async (context: PlacementsContext, placementId: string, values = input(), key?: string) => {
    const result = await execute<{ draftAgreement: Agreement }>(context, DRAFT, { placementId, input: values, key });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data?.draftAgreement as Agreement;
  };
  const sign = async (context: PlacementsContext, id: string, party: string, note?: string, key?: string) => {
    const result = await execute<{ signAgreement: Agreement }>(context, SIGN, { id, party, note, key });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data?.signAgreement as Agreement;
  };
  const signAll = async (id: string, student: string, guardian = false) => {
    await sign(as('student', ZADKINE, student), id, 'STUDENT');
    await sign(school(), id, 'INSTITUTION');
    if (guardian) await sign(school(), id, 'GUARDIAN', 'Op papier getekend op school, 3 maart.');
    return sign(as('company', MAASSTAD), id, 'COMPANY');
  };
  const missing = async () =>
    (await execute<{ placementsMissingContactMoments: Missing[] }>(school(), MISSING)).data
      ?.placementsMissingContactMoments ?? [];

  /** A test student with a placement in the given status. */
  const addPlacement = async (
    id: string,
    options: { dob?: string; company?: string; status?: PlacementStatus; institution?: string } = {},
  ) => {
    const institution = options.institution ?? ZADKINE;
    const studentId = `${institution}-agr-${id}`;
    const exists = await database.db.selectFrom('student').select('id').where('id', '=', studentId).execute();
    if (exists.length === 0) {
      await database.db
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
    await database.db
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

  return { database, execute, as, school, maasstad, draft, sign, signAll, missing, addPlacement };
}

// Places

export const PLACE_FIELDS = /* GraphQL */ `
  id title description pathway level capacity startsOn endsOn municipality { code } address city hoursPerWeek
  expenseAllowance internshipWage inclusiveMarkers status closedReason seatsTaken
  qualification { crebo } company { id }
`;

export const RESULT = (fields = PLACE_FIELDS) =>
  `__typename ... on Place { ${fields} } ... on UserError { message code field }`;

export const PUBLISH = `mutation ($input: PlaceInput!, $key: IdempotencyKey!) {
  publishPlace(input: $input, idempotencyKey: $key) { ${RESULT()} } }`;
export const UPDATE = `mutation ($id: ID!, $input: PlaceInput!) { updatePlace(id: $id, input: $input) { ${RESULT()} } }`;
export const CLOSE = `mutation ($id: ID!, $reason: String!) { closePlace(id: $id, reason: $reason) { ${RESULT()} } }`;
export const REOPEN = `mutation ($id: ID!) { reopenPlace(id: $id) { ${RESULT()} } }`;
export const PLACES = /* GraphQL */ `
  query ($filter: PlaceFilter, $first: Int, $after: String) {
    places(filter: $filter, first: $first, after: $after) {
      hasNextPage endCursor places { id status level pathway municipality { code } qualification { crebo } }
    }
  }
`;

export interface PlaceResult {
  __typename: string;
  id: string;
  title: string;
  capacity: number;
  status: string;
  closedReason: string | null;
  expenseAllowance: string;
  internshipWage: string | null;
  inclusiveMarkers: string[];
  seatsTaken: number;
  message?: string;
  code?: string;
  field?: string | null;
}

export interface PageResult {
  places: { hasNextPage: boolean; endCursor: string | null; places: Array<{ id: string; status: string }> };
}

/** A date `days` from today, `JJJJ-MM-DD`. */

/** A valid place of Zorggroep Maasstad (kvk-90000001), accredited for Verzorgende-IG (25491, level 3). */
export function placeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Stageplaats Verzorgende-IG afdeling geriatrie',
    description: 'Je verzorgt bewoners samen met een vaste praktijkopleider.',
    pathway: 'BOL',
    qualificationCrebo: '25491',
    level: 3,
    capacity: 3,
    startsOn: fromToday(60),
    endsOn: fromToday(200),
    municipalityCode: '0599',
    address: 'Maasboulevard 100',
    city: 'Rotterdam',
    hoursPerWeek: 32,
    expenseAllowance: '250.00',
    internshipWage: '300.00',
    inclusiveMarkers: ['PART_TIME_POSSIBLE', 'ACCESSIBLE_WORKPLACE', 'PART_TIME_POSSIBLE'],
    ...overrides,
  };
}

/** `placementsHarness` plus the helpers the place test files share. */
export function placeHarness(engine: Engine) {
  const { database, execute, as } = placementsHarness(engine);
  const company1 = () => as('company', 'kvk-90000001');

  const publish = async (context: PlacementsContext, input: Record<string, unknown>) =>
    (await execute<{ publishPlace: PlaceResult }>(context, PUBLISH, { input, key: randomUUID() })).data?.publishPlace;

  const placeCount = async (companyId: string) =>
    Number(
      (
        await database.db
          .selectFrom('place')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('company_id', '=', companyId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  return { database, execute, as, company1, publish, placeCount };
}
