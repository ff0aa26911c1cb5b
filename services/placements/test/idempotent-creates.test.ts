import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { expectType } from '@stelsel/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './graphql.ts';
import { PUBLISH, placeHarness, placeInput } from './place-support.ts';
import { USER_ERROR } from './support.ts';

const ZADKINE = 'roc-zadkine';
const T = (n: number) => `${ZADKINE}-t0${n}`;
const CREATE = graphql(
  `mutation CreateRound($input: CreateMatchingRoundInput!, $key: IdempotencyKey!) {
    createMatchingRound(input: $input, idempotencyKey: $key) { __typename ... on MatchingRound { id } ...UserErrorFields }
  }`,
  [USER_ERROR],
);
const RETRIES = 30;

describe.each(testEngines())('idempotent creates on %s', (engine) => {
  const { placements, execute, as, company1, placeCount } = placeHarness(engine);
  const docent = () => as('institution', ZADKINE);

  // Students of the institution in no round yet (the harness seeds first).
  beforeAll(async () => {
    await placements.db
      .insertInto('student')
      .values(
        [1, 2, 3].map((n) => ({
          id: T(n),
          institution_id: ZADKINE,
          given_name: `Test${n}`,
          family_name: 'Student',
          qualification_crebo: '25491',
          level: 3,
          pathway: 'BOL' as const,
          cohort: 2025,
          date_of_birth: '2008-01-01',
          email: `test${n}.student@student.example`,
        })),
      )
      .execute();
  });

  const roundCount = async () =>
    Number(
      (
        await placements.db
          .selectFrom('matching_round')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('institution_id', '=', ZADKINE)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it(`makes one place from ${RETRIES} retries of publishPlace with the same key, and refuses the key for another place`, async () => {
    const before = await placeCount('kvk-90000001');
    const key = randomUUID();
    const input = placeInput({ title: 'Stageplaats na een verloren antwoord' });
    const answers = await Promise.all(
      Array.from({ length: RETRIES }, () => execute(company1(), PUBLISH, { input, key })),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const ids = new Set(answers.map((answer) => expectType(answer.data?.publishPlace, 'Place').id));
    expect(ids.size).toBe(1);
    expect(await placeCount('kvk-90000001')).toBe(before + 1);

    const other = await execute(company1(), PUBLISH, {
      input: placeInput({ title: 'Een andere stageplaats' }),
      key,
    });
    expect(other.data?.publishPlace).toMatchObject({
      __typename: 'InputError',
      field: 'idempotencyKey',
      message: 'Deze idempotencyKey is al gebruikt voor een andere aanvraag; gebruik een nieuwe.',
    });
    expect(await placeCount('kvk-90000001')).toBe(before + 1);
  });

  it(`makes one round from ${RETRIES} retries of createMatchingRound with the same key`, async () => {
    const before = await roundCount();
    const key = randomUUID();
    const input = {
      name: 'Kopgroep na time-out',
      periodStart: '2026-01-01',
      periodEnd: '2026-07-31',
      studentIds: [T(1)],
    };
    const answers = await Promise.all(Array.from({ length: RETRIES }, () => execute(docent(), CREATE, { input, key })));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const roundIds = answers.map((answer) => expectType(answer.data?.createMatchingRound, 'MatchingRound').id);
    expect(new Set(roundIds).size).toBe(1);
    expect(await roundCount()).toBe(before + 1);

    const other = await execute(docent(), CREATE, {
      input: { ...input, studentIds: [T(2)] },
      key,
    });
    expect(other.data?.createMatchingRound).toMatchObject({ __typename: 'InputError', field: 'idempotencyKey' });
    expect(await roundCount()).toBe(before + 1);
  });

  it('refuses publishPlace and createMatchingRound without a key before anything runs', async () => {
    const before = await placeCount('kvk-90000001');
    const place = await placements.executeText(
      company1(),
      `mutation ($input: PlaceInput!) { publishPlace(input: $input) { __typename } }`,
      { input: placeInput() },
    );
    expect(place.data).toBeUndefined();
    expect(place.errors?.[0]?.message).toMatch(/idempotencyKey/);
    const round = await placements.executeText(
      docent(),
      `mutation ($input: CreateMatchingRoundInput!) { createMatchingRound(input: $input) { __typename } }`,
      { input: { name: 'Zonder sleutel', periodStart: '2026-01-01', periodEnd: '2026-07-31', studentIds: [T(3)] } },
    );
    expect(round.data).toBeUndefined();
    expect(round.errors?.[0]?.message).toMatch(/idempotencyKey/);
    expect(await placeCount('kvk-90000001')).toBe(before);
  });
});
