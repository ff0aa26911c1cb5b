import type { Role } from '@stelsel/auth';
import { createTestDatabase, testEngines } from '@stelsel/db-kit/testing';
import { createLogger, createSubgraphServer } from '@stelsel/graphql-kit';
import { caller, createExecutor, errorCodes } from '@stelsel/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlacementsContext, type PlacementsContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { PlacementStatus, PlacementsDatabase } from '../src/db/types.ts';
import { ageOn } from '../src/domain/agreements.ts';
import { allowanceStatus, monthOf, monthsBetween } from '../src/domain/allowances.ts';
import { missingContactMoments } from '../src/domain/contact-moments.ts';
import { todayInNetherlands } from '../src/domain/places.ts';
import { schema } from '../src/schema/schema.ts';
import { seedPlacements } from '../src/seed/index.ts';

const ZADKINE = 'roc-zadkine';
const ALBEDA = 'albeda-college';
const MAASSTAD = 'kvk-90000001';
const BOUW = 'kvk-90000002';
const ERROR = '... on UserError { __typename message code field }';
const AGREEMENT = `id status version pathway startsOn endsOn guardianRequired guardianName requiredParties supersededBy
  expenseAllowance internshipWage signatures { party signedBy note version }
  history { what party by version detail }
  allowanceStatus { agreedMonthly paidMonths missingMonths upToDate }
  contactMoments { id kind plannedMode heldMode recordedBy } contactMomentExceptions { reason explanation }`;
const DRAFT = `mutation ($placementId: ID!, $input: AgreementInput!, $key: IdempotencyKey) {
  draftAgreement(placementId: $placementId, input: $input, idempotencyKey: $key) {
    __typename ... on Agreement { ${AGREEMENT} } ${ERROR} } }`;
const SIGN = `mutation ($id: ID!, $party: AgreementParty!, $note: String, $key: IdempotencyKey) {
  signAgreement(agreementId: $id, party: $party, note: $note, idempotencyKey: $key) {
    __typename ... on Agreement { ${AGREEMENT} } ${ERROR} } }`;
const READ = `query ($id: ID!) { agreement(id: $id) { ${AGREEMENT} } }`;
const PLAN = `mutation ($id: ID!, $kind: ContactMomentKind!, $on: Date!, $mode: ContactMode!) {
  planContactMoment(agreementId: $id, kind: $kind, plannedOn: $on, mode: $mode) {
    __typename ... on ContactMoment { id kind plannedMode plannedBy heldOn } ${ERROR} } }`;
const HELD = `mutation ($id: ID!, $on: Date!, $mode: ContactMode!, $notes: String) {
  recordContactMoment(contactMomentId: $id, heldOn: $on, mode: $mode, notes: $notes) {
    __typename ... on ContactMoment { id heldOn heldMode recordedBy notes } ${ERROR} } }`;
const EXCEPTION = `mutation ($id: ID!, $reason: ContactMomentExceptionReason!, $text: String!) {
  recordContactMomentException(agreementId: $id, reason: $reason, explanation: $text) {
    __typename ... on Agreement { id contactMomentExceptions { reason recordedBy } } ${ERROR} } }`;
const MISSING = `{ placementsMissingContactMoments { agreement { id } placement { id } missingKinds missingInPerson missing } }`;
const PAY = `mutation ($id: ID!, $month: String!, $amount: Money!, $kind: AllowanceKind!) {
  recordAllowancePayment(agreementId: $id, month: $month, amount: $amount, kind: $kind) {
    __typename ... on Agreement { allowanceStatus { agreedMonthly paidMonths missingMonths upToDate }
      allowancePayments { month kind amount recordedBy } } ${ERROR} } }`;

interface Agreement {
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
interface Missing {
  agreement: { id: string };
  missingKinds: string[];
  missingInPerson: boolean;
  missing: string[];
}

function fromToday(days: number): string {
  const today = new Date(`${todayInNetherlands()}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

const input = (overrides: Record<string, unknown> = {}) => ({
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

describe.each(testEngines())('agreements on %s', (engine) => {
  let database: Awaited<ReturnType<typeof createTestDatabase<PlacementsDatabase>>>;
  const server = createSubgraphServer<PlacementsContext>({
    name: 'placements',
    schema,
    logger: createLogger('placements-test'),
    createContext: () => {
      throw new Error('not used in-process');
    },
  });
  const execute = createExecutor(server);
  const as = (role: Role, organisation?: string, subject?: string): PlacementsContext =>
    createPlacementsContext(caller(role, organisation, subject), database.db);
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

  beforeAll(async () => {
    database = await createTestDatabase<PlacementsDatabase>('placements', migrations, engine);
    await seedPlacements(database.db);
  });
  afterAll(async () => database?.close());

  it('seeds one signed and one signing agreement at ROC Zadkine', async () => {
    const rows = await database.db
      .selectFrom('agreement')
      .select(['id', 'status', 'institution_id'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.id, r.status, r.institution_id])).toEqual([
      ['demo-agreement-01', 'SIGNED', ZADKINE],
      ['demo-agreement-02', 'SIGNING', ZADKINE],
    ]);
    const read = await execute<{ agreement: Agreement }>(school(), READ, { id: 'demo-agreement-01' });
    expect(read.errors).toBeUndefined();
    expect(read.data?.agreement.contactMoments.map((m) => m.kind).sort()).toEqual(['INTERIM', 'START']);
    expect(read.data?.agreement.allowanceStatus.paidMonths.length).toBeGreaterThan(0);
  });

  it('runs the whole flow: draft, sign by every party, signed', async () => {
    const { studentId, placementId } = await addPlacement('flow');
    const drafted = await draft(school(), placementId, input(), 'draft-flow-0001');
    expect(drafted).toMatchObject({ __typename: 'Agreement', status: 'DRAFT', version: 1, guardianRequired: false });
    expect(drafted.requiredParties).toEqual(['STUDENT', 'INSTITUTION', 'COMPANY']);
    const replay = await draft(school(), placementId, input(), 'draft-flow-0001');
    expect(replay.id).toBe(drafted.id);
    const afterStudent = await sign(as('student', ZADKINE, studentId), drafted.id, 'STUDENT');
    expect(afterStudent.status).toBe('SIGNING');
    await sign(school(), drafted.id, 'INSTITUTION');
    const done = await sign(maasstad(), drafted.id, 'COMPANY');
    expect(done.status).toBe('SIGNED');
    expect(done.signatures.map((s) => s.party).sort()).toEqual(['COMPANY', 'INSTITUTION', 'STUDENT']);
    expect(done.history.map((h) => h.what)).toEqual(['DRAFTED', 'SIGNED', 'SIGNED', 'SIGNED', 'FULLY_SIGNED']);
    const placement = await execute<{ myMatches: Array<{ id: string; agreement: { id: string } | null }> }>(
      maasstad(),
      '{ myMatches { id agreement { id } } }',
    );
    expect(placement.data?.myMatches.find((m) => m.id === placementId)?.agreement?.id).toBe(drafted.id);
    // A signed agreement is not edited.
    const edit = await draft(school(), placementId, input({ hoursPerWeek: 20 }));
    expect(edit).toMatchObject({ __typename: 'ConflictError', field: 'placementId' });
  });

  it('keeps one signature when a party signs twice', async () => {
    const { studentId, placementId } = await addPlacement('twice');
    const drafted = await draft(school(), placementId);
    const first = await sign(as('student', ZADKINE, studentId), drafted.id, 'STUDENT', undefined, 'sign-twice-01');
    const second = await sign(as('student', ZADKINE, studentId), drafted.id, 'STUDENT');
    const third = await sign(as('student', ZADKINE, studentId), drafted.id, 'STUDENT', undefined, 'sign-twice-01');
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(first.signatures).toHaveLength(1);
    expect(first.history.filter((h) => h.what === 'SIGNED')).toHaveLength(1);
  });

  it('requires a guardian for a student under 18 on the start date, and not for an adult', async () => {
    const { studentId, placementId } = await addPlacement('minor', { dob: fromToday(-16 * 365) });
    const noGuardian = await draft(school(), placementId);
    expect(noGuardian).toMatchObject({ __typename: 'InputError', field: 'input.guardianName' });
    const drafted = await draft(school(), placementId, input({ guardianName: 'J. Jansen (moeder)' }));
    expect(drafted).toMatchObject({ guardianRequired: true, guardianName: 'J. Jansen (moeder)' });
    expect(drafted.requiredParties).toContain('GUARDIAN');
    // The guardian's paper signature needs a note; the company cannot record it.
    expect(await sign(school(), drafted.id, 'GUARDIAN')).toMatchObject({ __typename: 'InputError', field: 'note' });
    expect(await sign(maasstad(), drafted.id, 'GUARDIAN', 'Op papier getekend.')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    await sign(as('student', ZADKINE, studentId), drafted.id, 'STUDENT');
    await sign(school(), drafted.id, 'INSTITUTION');
    const withoutGuardian = await sign(maasstad(), drafted.id, 'COMPANY');
    expect(withoutGuardian.status).toBe('SIGNING');
    const signed = await sign(school(), drafted.id, 'GUARDIAN', 'Op papier getekend op school, 3 maart.');
    expect(signed.status).toBe('SIGNED');
    expect(signed.signatures.find((s) => s.party === 'GUARDIAN')?.note).toContain('papier');

    const adult = await addPlacement('adult');
    const adultAgreement = await draft(school(), adult.placementId, input({ guardianName: 'Iemand' }));
    expect(adultAgreement).toMatchObject({ guardianRequired: false, guardianName: null });
    expect(await sign(school(), adultAgreement.id, 'GUARDIAN', 'Op papier getekend op school.')).toMatchObject({
      __typename: 'InputError',
      field: 'party',
    });
  });

  it('resets the signatures when a draft is edited, keeping the history', async () => {
    const { studentId, placementId } = await addPlacement('edit');
    const drafted = await draft(school(), placementId);
    await sign(as('student', ZADKINE, studentId), drafted.id, 'STUDENT');
    const edited = await draft(school(), placementId, input({ hoursPerWeek: 24 }));
    expect(edited).toMatchObject({ id: drafted.id, status: 'DRAFT', version: 2, signatures: [] });
    expect(edited.history.map((h) => h.what)).toEqual(['DRAFTED', 'SIGNED', 'EDITED', 'SIGNATURES_RESET']);
  });

  it('makes a new agreement on a change of company and supersedes the old one', async () => {
    const first = await addPlacement('switch');
    const old = await draft(school(), first.placementId);
    const signedOld = await signAll(old.id, first.studentId);
    expect(signedOld.status).toBe('SIGNED');
    await database.db.updateTable('placement').set({ status: 'ENDED' }).where('id', '=', first.placementId).execute();
    const second = await addPlacement('switch', { company: BOUW });
    const fresh = await draft(school(), second.placementId);
    expect(fresh).toMatchObject({ __typename: 'Agreement', status: 'DRAFT' });
    expect(fresh.id).not.toBe(old.id);
    const reread = await execute<{ agreement: Agreement }>(school(), READ, { id: old.id });
    expect(reread.data?.agreement).toMatchObject({ status: 'SUPERSEDED', supersededBy: fresh.id });
    expect(reread.data?.agreement.history.at(-1)?.what).toBe('SUPERSEDED');
    expect(await sign(school(), old.id, 'INSTITUTION')).toMatchObject({ __typename: 'ConflictError' });
    // The old company can no longer read... the new agreement, which belongs to the new company.
    const oldCompany = await execute<{ agreement: Agreement }>(maasstad(), READ, { id: fresh.id });
    expect(errorCodes(oldCompany)).toContain('FORBIDDEN');
  });

  it('refuses drafting and signing by anyone but the parties', async () => {
    const { studentId, placementId } = await addPlacement('refuse');
    expect(await draft(as('institution', ALBEDA), placementId)).toMatchObject({ __typename: 'NotAllowedError' });
    expect(errorCodes(await execute(maasstad(), DRAFT, { placementId, input: input() }))).toContain('FORBIDDEN');
    expect(await draft(school(), 'no-such-placement')).toMatchObject({ __typename: 'NotFoundError' });
    const waiting = await addPlacement('waiting', { status: 'CONFIRMED' });
    expect(await draft(school(), waiting.placementId)).toMatchObject({
      __typename: 'ConflictError',
      field: 'placementId',
    });

    const agreement = await draft(school(), placementId);
    expect(await sign(as('student', ZADKINE, 'roc-zadkine-s001'), agreement.id, 'STUDENT')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(await sign(as('student', ZADKINE, studentId), agreement.id, 'INSTITUTION')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(await sign(as('institution', ALBEDA), agreement.id, 'INSTITUTION')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(await sign(as('company', BOUW), agreement.id, 'COMPANY')).toMatchObject({ __typename: 'NotAllowedError' });
    expect(await sign(school(), agreement.id, 'COMPANY')).toMatchObject({ __typename: 'NotAllowedError' });
    expect(await sign(school(), 'no-such-agreement', 'INSTITUTION')).toMatchObject({ __typename: 'NotFoundError' });
    expect(errorCodes(await execute(as('municipality'), SIGN, { id: agreement.id, party: 'COMPANY' }))).toContain(
      'FORBIDDEN',
    );

    for (const reader of [
      as('municipality'),
      as('ministry'),
      as('sbb'),
      as('institution', ALBEDA),
      as('company', BOUW),
    ]) {
      expect(errorCodes(await execute(reader, READ, { id: agreement.id }))).toContain('FORBIDDEN');
    }
    const own = await execute<{ agreement: Agreement }>(as('student', ZADKINE, studentId), READ, { id: agreement.id });
    expect(own.data?.agreement.id).toBe(agreement.id);
    expect(errorCodes(await execute(as('student', ZADKINE, 'roc-zadkine-s001'), READ, { id: agreement.id }))).toContain(
      'FORBIDDEN',
    );
  });

  it('answers validation errors with the field concerned', async () => {
    const { placementId } = await addPlacement('invalid');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ endsOn: fromToday(-100) }, 'input.endsOn'],
      [{ startsOn: fromToday(-800), endsOn: fromToday(-500) }, 'input.startsOn'],
      [{ endsOn: fromToday(900) }, 'input.endsOn'],
      [{ hoursPerWeek: 41 }, 'input.hoursPerWeek'],
      [{ practicalTrainerEmail: 'geen-adres' }, 'input.practicalTrainerEmail'],
      [{ practicalTrainerName: ' ' }, 'input.practicalTrainerName'],
      [{ workProcesses: 'kort' }, 'input.workProcesses'],
      [{ assessment: '' }, 'input.assessment'],
      [{ dissolutionTerms: 'x' }, 'input.dissolutionTerms'],
      [{ supervisionFrequency: '' }, 'input.supervisionFrequency'],
      [{ expenseAllowance: '-1.00' }, 'input.expenseAllowance'],
      [{ internshipWage: '-5.00' }, 'input.internshipWage'],
    ];
    for (const [overrides, field] of cases) {
      const result = await draft(school(), placementId, input(overrides));
      expect(result, field).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field });
      expect(result.message).toMatch(/[a-z]/);
    }
    // A malformed key is refused when GraphQL parses it (IdempotencyKey scalar).
    expect(errorCodes(await execute(school(), DRAFT, { placementId, input: input(), key: 'kort' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const count = await database.db
      .selectFrom('agreement')
      .select('id')
      .where('placement_id', '=', placementId)
      .execute();
    expect(count).toHaveLength(0);
  });

  it('lists signed agreements missing contact moments, with exceptions', async () => {
    const a = await addPlacement('moments');
    const agreement = await draft(school(), a.placementId);
    await signAll(agreement.id, a.studentId);
    const gaps = (await missing()).find((m) => m.agreement.id === agreement.id);
    expect(gaps).toMatchObject({ missingKinds: ['START', 'INTERIM', 'FINAL'], missingInPerson: true });
    expect(gaps?.missing).toContain('Er is geen startgesprek gepland of gehouden.');

    const plan = async (context: PlacementsContext, kind: string, on: string, mode: string) =>
      (
        await execute<{ planContactMoment: { __typename: string; id: string; field?: string } }>(context, PLAN, {
          id: agreement.id,
          kind,
          on,
          mode,
        })
      ).data?.planContactMoment;
    const start = await plan(school(), 'START', fromToday(-100), 'VIDEO');
    expect(start?.__typename).toBe('ContactMoment');
    await plan(maasstad(), 'INTERIM', fromToday(-10), 'PHONE');
    expect(await plan(as('company', BOUW), 'FINAL', fromToday(70), 'IN_PERSON')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(
      errorCodes(
        await execute(as('student', ZADKINE, a.studentId), PLAN, {
          id: agreement.id,
          kind: 'FINAL',
          on: fromToday(1),
          mode: 'PHONE',
        }),
      ),
    ).toContain('FORBIDDEN');
    expect(await plan(school(), 'FINAL', fromToday(400), 'IN_PERSON')).toMatchObject({ field: 'plannedOn' });
    await plan(school(), 'FINAL', fromToday(75), 'VIDEO');
    expect((await missing()).find((m) => m.agreement.id === agreement.id)).toMatchObject({
      missingKinds: [],
      missingInPerson: true,
      missing: ['Geen enkel contactmoment is (gepland) op locatie.'],
    });

    // Held in person (the planned video call became a visit): complete.
    const held = await execute<{ recordContactMoment: { __typename: string; recordedBy: string; heldMode: string } }>(
      maasstad(),
      HELD,
      { id: start?.id, on: fromToday(-99), mode: 'IN_PERSON', notes: 'Kennismaking op de afdeling.' },
    );
    expect(held.data?.recordContactMoment).toMatchObject({
      __typename: 'ContactMoment',
      recordedBy: 'praktijkopleider-maasstad',
      heldMode: 'IN_PERSON',
    });
    expect(
      (
        await execute<{ recordContactMoment: Agreement }>(school(), HELD, {
          id: start?.id,
          on: fromToday(-99),
          mode: 'IN_PERSON',
        })
      ).data?.recordContactMoment,
    ).toMatchObject({ __typename: 'ConflictError' });
    expect(
      (
        await execute<{ recordContactMoment: Agreement }>(as('company', BOUW), HELD, {
          id: start?.id,
          on: fromToday(-99),
          mode: 'IN_PERSON',
        })
      ).data?.recordContactMoment,
    ).toMatchObject({ __typename: 'NotAllowedError' });
    expect((await missing()).some((m) => m.agreement.id === agreement.id)).toBe(false);

    // Abroad: only the in-person requirement is waived.
    const abroad = await addPlacement('abroad');
    const abroadAgreement = await draft(school(), abroad.placementId);
    await signAll(abroadAgreement.id, abroad.studentId);
    const exception = async (context: PlacementsContext, id: string, reason: string, text: string) =>
      (
        await execute<{ recordContactMomentException: { __typename: string; field?: string } }>(context, EXCEPTION, {
          id,
          reason,
          text,
        })
      ).data?.recordContactMomentException;
    expect(await exception(school(), abroadAgreement.id, 'ABROAD', 'kort')).toMatchObject({ field: 'explanation' });
    expect(
      await exception(
        as('institution', ALBEDA),
        abroadAgreement.id,
        'ABROAD',
        'Stage in Spanje bij een hotelketen, geen bezoek mogelijk.',
      ),
    ).toMatchObject({ __typename: 'NotAllowedError' });
    expect(
      errorCodes(
        await execute(maasstad(), EXCEPTION, {
          id: abroadAgreement.id,
          reason: 'ABROAD',
          text: 'Stage in Spanje bij een hotelketen.',
        }),
      ),
    ).toContain('FORBIDDEN');
    expect(
      await exception(
        school(),
        abroadAgreement.id,
        'ABROAD',
        'Stage in Spanje bij een hotelketen, geen bezoek mogelijk.',
      ),
    ).toMatchObject({ __typename: 'Agreement' });
    expect(
      await exception(
        school(),
        abroadAgreement.id,
        'ABROAD',
        'Stage in Spanje bij een hotelketen, geen bezoek mogelijk.',
      ),
    ).toMatchObject({ __typename: 'ConflictError' });
    expect((await missing()).find((m) => m.agreement.id === abroadAgreement.id)).toMatchObject({
      missingKinds: ['START', 'INTERIM', 'FINAL'],
      missingInPerson: false,
    });

    // Taster internship: only the count is waived.
    const taster = await addPlacement('taster');
    const tasterAgreement = await draft(school(), taster.placementId);
    await signAll(tasterAgreement.id, taster.studentId);
    await exception(
      school(),
      tasterAgreement.id,
      'TASTER_INTERNSHIP',
      'Snuffelstage van twee weken in de eerste periode.',
    );
    expect((await missing()).find((m) => m.agreement.id === tasterAgreement.id)).toMatchObject({
      missingKinds: [],
      missingInPerson: true,
    });
    // Drafts are not listed; other roles may not ask.
    expect((await missing()).every((m) => m.agreement.id !== 'demo-agreement-02')).toBe(true);
    for (const role of ['company', 'municipality', 'ministry', 'student'] as const) {
      expect(errorCodes(await execute(as(role), MISSING))).toContain('FORBIDDEN');
    }
  });

  it('tracks allowance payments and the months missing', async () => {
    const a = await addPlacement('pay');
    const agreement = await draft(school(), a.placementId, input({ startsOn: fromToday(-100), endsOn: fromToday(80) }));
    const pay = async (context: PlacementsContext, month: string, amount: string, kind: string) =>
      (
        await execute<{ recordAllowancePayment: Agreement & { allowanceStatus: Agreement['allowanceStatus'] } }>(
          context,
          PAY,
          { id: agreement.id, month, amount, kind },
        )
      ).data?.recordAllowancePayment;
    const thisMonth = monthOf(todayInNetherlands());
    expect(await pay(maasstad(), thisMonth, '250.00', 'EXPENSE')).toMatchObject({ __typename: 'ConflictError' });
    await signAll(agreement.id, a.studentId);
    const due = monthsBetween(monthOf(fromToday(-100)), thisMonth);
    const status = (await execute<{ agreement: Agreement }>(school(), READ, { id: agreement.id })).data?.agreement
      .allowanceStatus;
    expect(status).toEqual({ agreedMonthly: '550.00', paidMonths: [], missingMonths: due, upToDate: false });

    expect(await pay(as('company', BOUW), due[0] ?? '', '250.00', 'EXPENSE')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(await pay(as('institution', ALBEDA), due[0] ?? '', '250.00', 'EXPENSE')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(
      errorCodes(
        await execute(as('student', ZADKINE, a.studentId), PAY, {
          id: agreement.id,
          month: thisMonth,
          amount: '1.00',
          kind: 'WAGE',
        }),
      ),
    ).toContain('FORBIDDEN');
    expect(await pay(maasstad(), '2026-13', '250.00', 'EXPENSE')).toMatchObject({ field: 'month' });
    expect(await pay(maasstad(), '2001-01', '250.00', 'EXPENSE')).toMatchObject({ field: 'month' });
    expect(await pay(maasstad(), thisMonth, '0.00', 'EXPENSE')).toMatchObject({ field: 'amount' });

    for (const month of due) {
      await pay(maasstad(), month, '250.00', 'EXPENSE');
      if (month !== due[1]) await pay(school(), month, '300.00', 'WAGE');
    }
    const after = await pay(maasstad(), thisMonth, '10.00', 'EXPENSE');
    expect(after?.allowanceStatus).toEqual({
      agreedMonthly: '550.00',
      paidMonths: due.filter((m) => m !== due[1]),
      missingMonths: [due[1]],
      upToDate: false,
    });
    const last = await pay(school(), due[1] ?? '', '300.00', 'WAGE');
    expect(last?.allowanceStatus.upToDate).toBe(true);

    const noWage = await addPlacement('nowage');
    const noWageAgreement = await draft(school(), noWage.placementId, input({ internshipWage: null }));
    await signAll(noWageAgreement.id, noWage.studentId);
    const wage = await execute<{ recordAllowancePayment: Agreement }>(maasstad(), PAY, {
      id: noWageAgreement.id,
      month: thisMonth,
      amount: '10.00',
      kind: 'WAGE',
    });
    expect(wage.data?.recordAllowancePayment).toMatchObject({ __typename: 'InputError', field: 'kind' });
  });

  it('plans a contact moment once per idempotency key, also when the answer got lost', async () => {
    const a = await addPlacement('plan-retry');
    const agreement = await draft(school(), a.placementId);
    const PLAN_WITH_KEY = `mutation ($id: ID!, $kind: ContactMomentKind!, $on: Date!, $mode: ContactMode!, $key: IdempotencyKey) {
      planContactMoment(agreementId: $id, kind: $kind, plannedOn: $on, mode: $mode, idempotencyKey: $key) {
        __typename ... on ContactMoment { id } ${ERROR} } }`;
    const plan = async (key: string | null, kind = 'START') =>
      (
        await execute<{ planContactMoment: { __typename: string; id?: string; field?: string } }>(
          school(),
          PLAN_WITH_KEY,
          { id: agreement.id, kind, on: fromToday(-90), mode: 'IN_PERSON', key },
        )
      ).data?.planContactMoment;
    const first = await plan('plan-retry-key-1');
    const retry = await plan('plan-retry-key-1');
    expect(first?.__typename).toBe('ContactMoment');
    expect(retry?.id).toBe(first?.id);
    const other = await plan('plan-retry-key-2', 'INTERIM');
    expect(other?.id).not.toBe(first?.id);
    const badKey = { id: agreement.id, kind: 'START', on: fromToday(-90), mode: 'IN_PERSON', key: 'kort' };
    expect(errorCodes(await execute(school(), PLAN_WITH_KEY, badKey))).toEqual(['BAD_USER_INPUT']);
    const read = await execute<{ agreement: Agreement }>(school(), READ, { id: agreement.id });
    expect(read.data?.agreement.contactMoments.map((m) => m.kind).sort()).toEqual(['INTERIM', 'START']);
  });

  it('reads one placement: the student, the own institution and the company; nobody else', async () => {
    const a = await addPlacement('one-placement');
    const QUERY = `query ($id: ID!) { placement(id: $id) { id status student { id } company { id } } }`;
    const read = (context: PlacementsContext, id = a.placementId) =>
      execute<{ placement: { id: string; student: { id: string }; company: { id: string } } | null }>(context, QUERY, {
        id,
      });
    for (const context of [school(), maasstad(), as('student', ZADKINE, a.studentId)]) {
      const result = await read(context);
      expect(result.errors).toBeUndefined();
      expect(result.data?.placement).toMatchObject({
        id: a.placementId,
        student: { id: a.studentId },
        company: { id: MAASSTAD },
      });
    }
    expect((await read(school(), 'bestaat-niet')).data?.placement).toBeNull();
    // The student record (date of birth, for the guardian rule): the own institution and the student, nobody else.
    const STUDENT = `query ($id: ID!) { student(id: $id) { id dateOfBirth } }`;
    for (const context of [school(), as('student', ZADKINE, a.studentId)]) {
      const result = await execute<{ student: { dateOfBirth: string } }>(context, STUDENT, { id: a.studentId });
      expect(result.data?.student.dateOfBirth).toBe('2000-01-01');
    }
    expect((await execute(school(), STUDENT, { id: 'bestaat-niet' })).data?.student).toBeNull();
    for (const context of [maasstad(), as('institution', ALBEDA), as('student', ZADKINE, `${ZADKINE}-s001`)]) {
      const result = await execute(context, STUDENT, { id: a.studentId });
      expect(errorCodes(result), context.caller.role).toContain('FORBIDDEN');
      expect(JSON.stringify(result.data ?? null)).not.toContain('2000-01-01');
    }
    for (const context of [
      as('company', BOUW),
      as('institution', ALBEDA),
      as('student', ZADKINE, `${ZADKINE}-s001`),
      as('municipality', '0599'),
      as('ministry', 'ocw'),
      as('sbb', 'sbb'),
    ]) {
      const result = await read(context);
      expect(errorCodes(result), context.caller.role).toContain('FORBIDDEN');
      expect(result.data?.placement ?? null).toBeNull();
    }
  });
});

describe('agreement rules', () => {
  it('computes the age on a date', () => {
    expect(ageOn('2008-09-01', '2026-08-31')).toBe(17);
    expect(ageOn('2008-09-01', '2026-09-01')).toBe(18);
  });

  it('waives contact-moment requirements only by their reason', () => {
    const none = missingContactMoments([], []);
    expect(none.missing).toHaveLength(4);
    expect(missingContactMoments([], ['OTHER']).missing).toEqual([]);
    const inPersonPlanned = missingContactMoments([{ kind: 'START', plannedMode: 'IN_PERSON', heldMode: null }], []);
    expect(inPersonPlanned.missingInPerson).toBe(false);
    const heldByPhone = missingContactMoments([{ kind: 'START', plannedMode: 'IN_PERSON', heldMode: 'PHONE' }], []);
    expect(heldByPhone.missingInPerson).toBe(true);
  });

  it('counts months from the start through the end or this month', () => {
    const terms = { startsOn: '2026-01-15', endsOn: '2026-06-30', expenseCents: 100n, wageCents: null };
    expect(allowanceStatus(terms, [{ month: '2026-02', kind: 'EXPENSE' }], '2026-03-10')).toEqual({
      paidMonths: ['2026-02'],
      missingMonths: ['2026-01', '2026-03'],
      upToDate: false,
    });
    expect(allowanceStatus(terms, [], '2027-01-01').missingMonths).toHaveLength(6);
    expect(allowanceStatus({ ...terms, expenseCents: 0n }, [], '2026-03-10').upToDate).toBe(true);
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
