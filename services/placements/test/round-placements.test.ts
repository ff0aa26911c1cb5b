import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { errorCodes, expectType } from '@stelsel/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './graphql.ts';
import {
  CHOICES,
  CREATE,
  CREBO,
  confirmedTestRound,
  MAASSTAD,
  MY_MATCHES,
  NEXT_YEAR,
  P,
  type Placement,
  READ_ROUND,
  RESPOND,
  ROUND_IDS,
  ROUNDS,
  RUN,
  resultOf,
  roundsHarness,
  STUDENTS,
  T,
  ZADKINE,
} from './rounds-support.ts';
import { USER_ERROR } from './support.ts';

const COMPANY_MATCHES = graphql('query RoundCompanyMatches { myCompany { matches { id } } }');
const COMPANY_NAME_AND_MATCHES = graphql('query RoundCompany($id: ID!) { company(id: $id) { name matches { id } } }');
const STUDENT_ENTITY = graphql(
  'query RoundStudentEntity($r: [_Any!]!) { _entities(representations: $r) { ... on Student { placementStatus } } }',
);
const SUSPEND = graphql(
  `mutation RoundSuspend($id: ID!, $key: IdempotencyKey!) {
    changeAccreditationStatus(accreditationId: $id, status: SUSPENDED, reason: "Hoor en wederhoor loopt nog; geschorst.", idempotencyKey: $key) {
      __typename ... on AccreditationStatusChange { closedPlaces { id } } ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);

// After a round is confirmed: the company answers, the institution follows each student's status.
describe.each(testEngines())('placements from a confirmed round on %s', (engine) => {
  const harness = roundsHarness(engine);
  const { database, execute, as, docent, maasstad, mutate } = harness;
  let roundId = '';
  let placements: Placement[] = [];
  beforeAll(async () => {
    ({ roundId, placements } = await confirmedTestRound(harness));
  });

  it('shows the company its confirmed students by name and e-mail address', async () => {
    const after = await execute(maasstad(), MY_MATCHES);
    expect(after.errors).toBeUndefined();
    const ours = after.data?.myMatches?.filter((m) => m.student.id.startsWith(`${ZADKINE}-t`)) ?? [];
    expect(ours.map((m) => m.id).sort()).toEqual(placements.map((p) => p.id).sort());
    for (const match of ours) {
      expect(match.student.givenName).toMatch(/^Test\d$/);
      expect(match.student.email).toMatch(/@student\.example$/);
    }
    const viaCompany = await execute(maasstad(), COMPANY_MATCHES);
    expect(viaCompany.data?.myCompany?.matches?.length).toBe(after.data?.myMatches?.length);
    expect((await execute(as('company', 'kvk-90000002'), MY_MATCHES)).data?.myMatches).not.toContainEqual(
      expect.objectContaining({ id: placements[0]?.id }),
    );
  });

  it('lets the company accept, or decline only with a reason from the list, recorded with who and when', async () => {
    const byStudent = (id: string) => {
      const found = placements.find((p) => p.student.id === id);
      if (!found) throw new Error(`Geen plaatsing voor ${id}`);
      return found.id;
    };
    const accepted = byStudent(T(1));
    const declined = byStudent(T(2));

    const otherCompany = await mutate(as('company', 'kvk-90000002'), RESPOND, {
      id: accepted,
      accept: true,
      key: 'respond-key-101',
    });
    expect(otherCompany).toMatchObject({ __typename: 'NotAllowedError', field: 'placementId' });
    expect(
      errorCodes(await execute(docent(), RESPOND, { id: accepted, accept: true, key: 'respond-key-102' })),
    ).toEqual(['FORBIDDEN']);

    const yes = await mutate(maasstad(), RESPOND, {
      id: accepted,
      accept: true,
      key: 'respond-key-0001',
    });
    expect(yes).toMatchObject({
      __typename: 'Placement',
      status: 'ACCEPTED',
      respondedBy: 'praktijkopleider-maasstad',
    });
    const replay = await mutate(maasstad(), RESPOND, {
      id: accepted,
      accept: true,
      key: 'respond-key-0001',
    });
    expect(expectType(replay, 'Placement').status).toBe('ACCEPTED');
    // Funding hears what the company trains now (praktijkleren): the accepted placement is listed when it is bbl.
    const pathway = await database.db
      .selectFrom('placement')
      .innerJoin('place', 'place.id', 'placement.place_id')
      .select('place.pathway')
      .where('placement.id', '=', accepted)
      .executeTakeFirstOrThrow();
    const training = await database.db
      .selectFrom('outbox')
      .select('payload')
      .where('type', '=', 'CompanyTrainingRecorded')
      .where('aggregate_id', '=', 'kvk-90000001')
      .orderBy('sequence', 'desc')
      .executeTakeFirstOrThrow();
    const listed = (training.payload as { bblPlacements: { placementId: string }[] }).bblPlacements.map(
      (p) => p.placementId,
    );
    expect(listed.includes(accepted)).toBe(pathway.pathway === 'BBL');
    const twice = await mutate(maasstad(), RESPOND, {
      id: accepted,
      accept: false,
      reason: 'NO_CAPACITY',
      key: 'respond-key-103',
    });
    expect(twice).toMatchObject({ __typename: 'ConflictError', field: 'placementId' });

    const noReason = await mutate(maasstad(), RESPOND, { id: declined, accept: false, key: 'respond-key-104' });
    expect(noReason).toMatchObject({ __typename: 'InputError', field: 'declineReason' });
    const otherWithoutText = await mutate(maasstad(), RESPOND, {
      id: declined,
      accept: false,
      reason: 'OTHER',
      key: 'respond-key-105',
    });
    expect(otherWithoutText).toMatchObject({ __typename: 'InputError', field: 'declineExplanation' });
    const shortText = await mutate(maasstad(), RESPOND, {
      id: declined,
      accept: false,
      reason: 'OTHER',
      text: 'nee',
      key: 'respond-key-106',
    });
    expect(shortText).toMatchObject({ __typename: 'InputError', field: 'declineExplanation' });

    const no = expectType(
      await mutate(maasstad(), RESPOND, {
        id: declined,
        accept: false,
        reason: 'PRACTICAL_TRAINER_UNAVAILABLE',
        text: 'Onze praktijkopleider is de hele periode afwezig.',
        key: 'respond-key-0002',
      }),
      'Placement',
    );
    expect(no).toMatchObject({ status: 'DECLINED', declineReason: 'PRACTICAL_TRAINER_UNAVAILABLE' });
    expect(no.history.map((h) => [h.what, h.by])).toEqual([
      ['CONFIRMED', 'docent-zadkine'],
      ['DECLINED', 'praktijkopleider-maasstad'],
    ]);
    expect(no.history[1]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('shows the institution each student’s placement status; a declined student goes into the next round', async () => {
    const read = async () => {
      const result = await execute(docent(), STUDENTS, { id: ZADKINE });
      expect(result.errors).toBeUndefined();
      return new Map((result.data?.institution?.students ?? []).map((s) => [s.id, s]));
    };
    const students = await read();
    expect(students.get(T(1))).toMatchObject({ placementStatus: 'ACCEPTED', needsPlacement: false });
    expect(students.get(T(2))).toMatchObject({
      placementStatus: 'DECLINED',
      needsPlacement: true,
      placement: { status: 'DECLINED', declineReason: 'PRACTICAL_TRAINER_UNAVAILABLE' },
    });
    expect(students.get(T(6))).toMatchObject({ placementStatus: 'NONE', needsPlacement: true, placement: null });
    expect([...students.values()].every((s) => s.email?.endsWith('@student.example'))).toBe(true);

    const next = expectType(
      await mutate(docent(), CREATE, {
        key: randomUUID(),
        input: {
          name: 'Tweede ronde',
          periodStart: `${NEXT_YEAR}-01-01`,
          periodEnd: `${NEXT_YEAR}-07-31`,
          studentIds: [T(2), T(6)],
        },
      }),
      'MatchingRound',
    );
    await mutate(docent(), CHOICES, { roundId: next.id, studentId: T(2), placeIds: [P.two], accessible: false });
    await mutate(docent(), RUN, { roundId: next.id, seed: 7 });
    expect((await read()).get(T(2))?.placementStatus).toBe('MATCHED');
    // A place that closes leaves every unconfirmed round; the student is told why and needs a place again.
    // SBB suspends the company's accreditation: through the real mutation, in its one transaction.
    const accreditation = await database.db
      .selectFrom('accreditation')
      .select('id')
      .where('company_id', '=', MAASSTAD)
      .where('qualification_crebo', '=', CREBO)
      .executeTakeFirstOrThrow();
    const suspended = expectType(
      await mutate(as('sbb', 'sbb', 'adviseur-sbb'), SUSPEND, {
        id: String(accreditation.id),
        key: 'suspend-key-0001',
      }),
      'AccreditationStatusChange',
    );
    expect(suspended.closedPlaces.map((p) => p.id)).toContain(P.two);
    expect((await read()).get(T(2))).toMatchObject({ placementStatus: 'DECLINED', needsPlacement: true });
    const explained = (await execute(docent(), READ_ROUND, { id: next.id })).data?.matchingRound;
    if (!explained) throw new Error('geen ronde');
    expect(resultOf(explained, T(2))).toMatchObject({
      place: null,
      explanation: { reason: expect.stringMatching(/geschorst/i) },
    });
    const placed = await mutate(docent(), CREATE, {
      key: randomUUID(),
      input: {
        name: 'Derde ronde',
        periodStart: `${NEXT_YEAR}-01-01`,
        periodEnd: `${NEXT_YEAR}-07-31`,
        studentIds: [T(1)],
      },
    });
    expect(placed).toMatchObject({ __typename: 'ConflictError', field: 'studentIds' });

    // Withdrawal of the accreditation: the accepted student needs a replacement placement — DOMAIN.md §1.
    const withdraw = (status: 'WITHDRAWN' | 'ACTIVE') =>
      database.db
        .updateTable('accreditation')
        .set({ status })
        .where('company_id', '=', MAASSTAD)
        .where('qualification_crebo', '=', CREBO)
        .execute();
    await withdraw('WITHDRAWN');
    try {
      expect((await read()).get(T(1))).toMatchObject({
        placementStatus: 'NEEDS_REPLACEMENT',
        needsPlacement: true,
        placement: { needsReplacement: true },
      });
    } finally {
      await withdraw('ACTIVE');
    }
  });

  it('refuses personal data and rounds to municipalities, the ministry and other institutions', async () => {
    for (const context of [as('municipality'), as('ministry'), as('sbb'), as('partner')]) {
      expect(errorCodes(await execute(context, ROUNDS))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(context, MY_MATCHES))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(context, STUDENTS, { id: ZADKINE }))).toEqual(['FORBIDDEN']);
    }
    const ministry = await execute(as('ministry'), COMPANY_NAME_AND_MATCHES, { id: MAASSTAD });
    expect(errorCodes(ministry)).toEqual(['FORBIDDEN']);
    expect(ministry.errors?.[0]?.path).toEqual(['company', 'matches']);
    const albeda = as('institution', 'albeda-college');
    expect(errorCodes(await execute(albeda, ROUND_IDS, { id: roundId }))).toEqual(['FORBIDDEN']);
    const albedaRounds = await execute(albeda, ROUNDS);
    expect(albedaRounds.data?.matchingRounds).toEqual([]);
    const entity = await execute(albeda, STUDENT_ENTITY, { r: [{ __typename: 'Student', id: T(1) }] });
    expect(errorCodes(entity)).toEqual(['FORBIDDEN']);
  });
});
