import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { errorCodes, expectType } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { missingContactMoments } from '../src/domain/contact-moments.ts';
import { type AgreementInput, agreementHarness, DRAFT, input, READ, SIGN } from './agreement-support.ts';
import { graphql } from './graphql.ts';
import { ALBEDA, BOUW, fromToday, ZADKINE } from './support.ts';

const MY_MATCHES = graphql('query MyMatches { myMatches { id agreement { id } } }');

describe.each(testEngines())('agreements on %s', (engine) => {
  const { placements, execute, as, school, maasstad, tryDraft, trySign, draft, sign, signAll, addPlacement } =
    agreementHarness(engine);

  it('seeds one signed and one signing agreement at ROC Zadkine', async () => {
    const rows = await placements.db
      .selectFrom('agreement')
      .select(['id', 'status', 'institution_id'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.id, r.status, r.institution_id])).toEqual([
      ['demo-agreement-01', 'SIGNED', ZADKINE],
      ['demo-agreement-02', 'SIGNING', ZADKINE],
    ]);
    const read = await execute(school(), READ, { id: 'demo-agreement-01' });
    expect(read.errors).toBeUndefined();
    expect(read.data?.agreement?.contactMoments.map((m) => m.kind).sort()).toEqual(['INTERIM', 'START']);
    expect(read.data?.agreement?.allowanceStatus.paidMonths.length).toBeGreaterThan(0);
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
    const placement = await execute(maasstad(), MY_MATCHES);
    expect(placement.data?.myMatches?.find((m) => m.id === placementId)?.agreement?.id).toBe(drafted.id);
    // A signed agreement is not edited.
    const edit = await tryDraft(school(), placementId, input({ hoursPerWeek: 20 }));
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
    const noGuardian = await tryDraft(school(), placementId);
    expect(noGuardian).toMatchObject({ __typename: 'InputError', field: 'input.guardianName' });
    const drafted = await draft(school(), placementId, input({ guardianName: 'J. Jansen (moeder)' }));
    expect(drafted).toMatchObject({ guardianRequired: true, guardianName: 'J. Jansen (moeder)' });
    expect(drafted.requiredParties).toContain('GUARDIAN');
    // The guardian's paper signature needs a note; the company cannot record it.
    expect(await trySign(school(), drafted.id, 'GUARDIAN')).toMatchObject({ __typename: 'InputError', field: 'note' });
    expect(await trySign(maasstad(), drafted.id, 'GUARDIAN', 'Op papier getekend.')).toMatchObject({
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
    expect(await trySign(school(), adultAgreement.id, 'GUARDIAN', 'Op papier getekend op school.')).toMatchObject({
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
    await placements.db.updateTable('placement').set({ status: 'ENDED' }).where('id', '=', first.placementId).execute();
    const second = await addPlacement('switch', { company: BOUW });
    const fresh = await draft(school(), second.placementId);
    expect(fresh).toMatchObject({ __typename: 'Agreement', status: 'DRAFT' });
    expect(fresh.id).not.toBe(old.id);
    const reread = await execute(school(), READ, { id: old.id });
    expect(reread.data?.agreement).toMatchObject({ status: 'SUPERSEDED', supersededBy: fresh.id });
    expect(reread.data?.agreement?.history.at(-1)?.what).toBe('SUPERSEDED');
    expect(await trySign(school(), old.id, 'INSTITUTION')).toMatchObject({ __typename: 'ConflictError' });
    // The old company can no longer read... the new agreement, which belongs to the new company.
    const oldCompany = await execute(maasstad(), READ, { id: fresh.id });
    expect(errorCodes(oldCompany)).toContain('FORBIDDEN');
  });

  it('refuses drafting and signing by anyone but the parties', async () => {
    const { studentId, placementId } = await addPlacement('refuse');
    expect(await tryDraft(as('institution', ALBEDA), placementId)).toMatchObject({ __typename: 'NotAllowedError' });
    expect(errorCodes(await execute(maasstad(), DRAFT, { placementId, input: input(), key: randomUUID() }))).toContain(
      'FORBIDDEN',
    );
    expect(await tryDraft(school(), 'no-such-placement')).toMatchObject({ __typename: 'NotFoundError' });
    const waiting = await addPlacement('waiting', { status: 'CONFIRMED' });
    expect(await tryDraft(school(), waiting.placementId)).toMatchObject({
      __typename: 'ConflictError',
      field: 'placementId',
    });

    const agreement = await draft(school(), placementId);
    expect(await trySign(as('student', ZADKINE, 'roc-zadkine-s001'), agreement.id, 'STUDENT')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(await trySign(as('student', ZADKINE, studentId), agreement.id, 'INSTITUTION')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(await trySign(as('institution', ALBEDA), agreement.id, 'INSTITUTION')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(await trySign(as('company', BOUW), agreement.id, 'COMPANY')).toMatchObject({
      __typename: 'NotAllowedError',
    });
    expect(await trySign(school(), agreement.id, 'COMPANY')).toMatchObject({ __typename: 'NotAllowedError' });
    expect(await trySign(school(), 'no-such-agreement', 'INSTITUTION')).toMatchObject({ __typename: 'NotFoundError' });
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
    const own = await execute(as('student', ZADKINE, studentId), READ, { id: agreement.id });
    expect(own.data?.agreement?.id).toBe(agreement.id);
    expect(errorCodes(await execute(as('student', ZADKINE, 'roc-zadkine-s001'), READ, { id: agreement.id }))).toContain(
      'FORBIDDEN',
    );
  });

  it('drafts once per idempotency key: a retry creates nothing new, the key with other content is refused', async () => {
    const { placementId } = await addPlacement('draft-retry');
    const key = randomUUID();
    const first = await draft(school(), placementId, input(), key);
    for (let i = 0; i < 3; i++) {
      const retry = await draft(school(), placementId, input(), key);
      expect(retry).toMatchObject({ id: first.id, version: 1 });
    }
    const other = await tryDraft(school(), placementId, input({ hoursPerWeek: 20 }), key);
    expect(other).toMatchObject({ __typename: 'InputError', field: 'idempotencyKey' });
    const rows = await placements.db
      .selectFrom('agreement')
      .select(['id', 'version', 'hours_per_week'])
      .where('placement_id', '=', placementId)
      .execute();
    expect(rows).toEqual([{ id: first.id, version: 1, hours_per_week: 32 }]);
    const read = await execute(school(), READ, { id: first.id });
    expect(read.data?.agreement?.history.map((h) => h.what)).toEqual(['DRAFTED']);
    // A key is required: a draft without one is refused before anything runs.
    const keyless = await placements.executeText(
      school(),
      'mutation ($p: ID!, $i: AgreementInput!) { draftAgreement(placementId: $p, input: $i) { __typename } }',
      { p: placementId, i: input({ hoursPerWeek: 24 }) },
    );
    expect(errorCodes(keyless)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers validation errors with the field concerned', async () => {
    const { placementId } = await addPlacement('invalid');
    const cases: Array<[Partial<AgreementInput>, string]> = [
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
      const result = expectType(await tryDraft(school(), placementId, input(overrides)), 'InputError');
      expect(result, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.message).toMatch(/[a-z]/);
    }
    // A malformed key is refused when GraphQL parses it (IdempotencyKey scalar).
    expect(errorCodes(await execute(school(), DRAFT, { placementId, input: input(), key: 'kort' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const count = await placements.db
      .selectFrom('agreement')
      .select('id')
      .where('placement_id', '=', placementId)
      .execute();
    expect(count).toHaveLength(0);
  });
});

describe('agreement rules', () => {
  it('waives contact-moment requirements only by their reason', () => {
    const none = missingContactMoments([], []);
    expect(none.missing).toHaveLength(4);
    expect(missingContactMoments([], ['OTHER']).missing).toEqual([]);
    const inPersonPlanned = missingContactMoments([{ kind: 'START', plannedMode: 'IN_PERSON', heldMode: null }], []);
    expect(inPersonPlanned.missingInPerson).toBe(false);
    const heldByPhone = missingContactMoments([{ kind: 'START', plannedMode: 'IN_PERSON', heldMode: 'PHONE' }], []);
    expect(heldByPhone.missingInPerson).toBe(true);
  });
});
