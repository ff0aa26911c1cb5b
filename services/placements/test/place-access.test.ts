import { randomUUID } from 'node:crypto';
import type { Caller } from '@stelsel/auth';
import { testEngines } from '@stelsel/db-kit/testing';
import { MAX_CHOICES, todayInNetherlands } from '@stelsel/placements-common';
import { errorCodes, expectType } from '@stelsel/testing';
import type { VariablesOf } from 'gql.tada';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { seedPlacements } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';
import { placementsSubgraph, USER_ERROR } from './support.ts';

/** Fixture places and the round lie in the next calendar year: a place past its end date is closed. */
const NEXT_YEAR = Number(todayInNetherlands().slice(0, 4)) + 1;

const ZADKINE = 'roc-zadkine';
const MAASSTAD = 'kvk-90000001';
const S = { vig: `${ZADKINE}-pa1`, dev: `${ZADKINE}-pa2` } as const;
// Verzorgende-IG (25491, level 3) at Zorggroep Maasstad; Software developer 25604 is equivalent to the replaced 25187.
const P = {
  open: 'pa-open',
  closed: 'pa-closed',
  closing: 'pa-closing',
  otherQualification: 'pa-helpende',
  otherLevel: 'pa-level2',
  bbl: 'pa-bbl',
  replacedCode: 'pa-replaced',
} as const;
const ADDRESS = 'Proefstraat 7';

const CREATE = graphql(
  `mutation PaCreate($input: CreateMatchingRoundInput!, $key: IdempotencyKey!) {
    createMatchingRound(input: $input, idempotencyKey: $key) { __typename ... on MatchingRound { id maxChoices } ...UserErrorFields } }`,
  [USER_ERROR],
);
const CHOICES = graphql(
  `mutation PaChoices($roundId: ID!, $studentId: ID!, $placeIds: [ID!]!) {
    submitChoices(roundId: $roundId, studentId: $studentId, placeIds: $placeIds, requestsAccessiblePlace: false) {
      __typename ... on MatchingRoundStudent { choices { id } } ...UserErrorFields } }`,
  [USER_ERROR],
);
const CLOSE = graphql(
  `mutation PaClose($id: ID!) { closePlace(id: $id, reason: "Vol voor dit jaar, tot volgend jaar.") {
    __typename ...UserErrorFields } }`,
  [USER_ERROR],
);
const PLACE =
  graphql(`query PaPlace($id: ID!) { place(id: $id) { id title description hoursPerWeek expenseAllowance address
  city status inclusiveMarkers company { name } } }`);
const MY_CHOICES = graphql(
  'query PaMyChoices { me { matchingRounds { maxChoices choices { place { id status address } } } } }',
);
const SEARCH = graphql(
  'query PaSearch($filter: PlaceFilter) { places(filter: $filter, first: 200) { places { id } } }',
);

/** The demo data, two test students at ROC Zadkine and the places they may or may not rank. */
async function seedPlaceAccess(db: Kysely<PlacementsDatabase>) {
  await seedPlacements(db);
  const person = (id: string, crebo: string, level: number) => ({
    id,
    institution_id: ZADKINE,
    given_name: 'Plaats',
    family_name: 'Kijker',
    qualification_crebo: crebo,
    level,
    pathway: 'BOL' as const,
    cohort: 2025,
    date_of_birth: '2007-01-01',
    email: `${id}@student.example`,
  });
  await db
    .insertInto('student')
    .values([person(S.vig, '25491', 3), person(S.dev, '25604', 4)])
    .execute();
  const place = (id: string, values: Partial<{ crebo: string; level: number; pathway: 'BOL' | 'BBL' }> = {}) => ({
    id,
    company_id: MAASSTAD,
    title: `Proefplaats ${id}`,
    description: 'Je werkt mee op de afdeling en leert het vak.',
    pathway: values.pathway ?? ('BOL' as const),
    qualification_crebo: values.crebo ?? '25491',
    level: values.level ?? 3,
    capacity: 2,
    starts_on: `${NEXT_YEAR}-02-02`,
    ends_on: `${NEXT_YEAR}-06-26`,
    municipality_code: '0599',
    address: ADDRESS,
    city: 'Rotterdam',
    status: 'OPEN' as const,
    inclusive_markers: [],
  });
  await db
    .insertInto('place')
    .values([
      place(P.open),
      { ...place(P.closed), status: 'CLOSED' as const, closed_reason: 'Geen praktijkopleider meer.' },
      place(P.closing),
      place(P.otherQualification, { crebo: '25498', level: 2 }),
      // Level 2 under the student's own crebo: only the level differs.
      place(P.otherLevel, { level: 2 }),
      place(P.bbl, { pathway: 'BBL' }),
      place(P.replacedCode, { crebo: '25187', level: 4 }),
    ])
    .execute();
}

describe.each(testEngines())('which places a student may rank and see on %s', (engine) => {
  const placements = placementsSubgraph(engine, { seed: seedPlaceAccess });
  const { execute, as, answer } = placements;
  const docent = () => as('institution', ZADKINE, 'docent-zadkine');
  const student = (id: string) => as('student', ZADKINE, id);
  const maasstad = () => as('company', MAASSTAD, 'praktijkopleider-maasstad');

  const choose = (who: Caller, studentId: string, placeIds: string[]) =>
    answer(who, CHOICES, { roundId, studentId, placeIds });
  /** The typed error of a refused choice. */
  const refusal = async (who: Caller, studentId: string, placeIds: string[]) => {
    const answered = await choose(who, studentId, placeIds);
    if (answered.__typename === 'MatchingRoundStudent') throw new Error('Verwacht een weigering');
    return answered;
  };

  let roundId = '';

  beforeAll(async () => {
    const created = await answer(docent(), CREATE, {
      key: randomUUID(),
      input: {
        name: 'Ronde plaatsen kiezen',
        periodStart: `${NEXT_YEAR}-01-01`,
        periodEnd: `${NEXT_YEAR}-07-31`,
        studentIds: [S.vig, S.dev],
      },
    });
    const round = expectType(created, 'MatchingRound');
    roundId = round.id;
    expect(round.maxChoices).toBe(MAX_CHOICES);
  });

  it('refuses a closed place, naming its slot and not the place', async () => {
    const refused = await refusal(student(S.vig), S.vig, [P.open, P.closed]);
    expect(refused).toMatchObject({ __typename: 'InputError', field: 'placeIds.1' });
    expect(refused.message).toBe('Keuze 2 is een gesloten plaats. Kies een plaats die open staat.');
    expect(refused.message).not.toContain(ADDRESS);
  });

  it('refuses a place outside the qualification, level or pathway, also when the school submits', async () => {
    const other = await refusal(docent(), S.vig, [P.otherQualification]);
    expect(other).toMatchObject({ __typename: 'InputError', field: 'placeIds.0' });
    expect(other.message).toMatch(/Keuze 1 is een plaats voor een andere opleiding \(crebo 25498\)/);
    const level = await refusal(student(S.vig), S.vig, [P.open, P.closing, P.otherLevel]);
    expect(level).toMatchObject({ __typename: 'InputError', field: 'placeIds.2' });
    expect(level.message).toBe('Keuze 3 is een plaats op niveau 2; de student volgt niveau 3.');
    const pathway = await refusal(student(S.vig), S.vig, [P.bbl]);
    expect(pathway).toMatchObject({ __typename: 'InputError', field: 'placeIds.0' });
    expect(pathway.message).toMatch(/bbl \(leerbaan\).*bol \(stageplaats\)/);
    const unknown = await choose(student(S.vig), S.vig, [P.open, 'pa-bestaat-niet']);
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', field: 'placeIds.1' });
  });

  it('takes a place under an equivalent (replaced) crebo, and the limit from maxChoices', async () => {
    expect(await choose(student(S.dev), S.dev, [P.replacedCode])).toMatchObject({
      __typename: 'MatchingRoundStudent',
    });
    const tooMany = await choose(
      docent(),
      S.dev,
      Array.from({ length: MAX_CHOICES + 1 }, () => P.replacedCode),
    );
    expect(tooMany).toMatchObject({ __typename: 'InputError', field: 'placeIds' });
    const mine = await execute(student(S.dev), MY_CHOICES);
    expect(mine.data?.me?.matchingRounds[0]?.maxChoices).toBe(MAX_CHOICES);
  });

  it('never shows a student the address of a place that closed after it was chosen', async () => {
    expect(await choose(student(S.vig), S.vig, [P.open, P.closing])).toMatchObject({
      __typename: 'MatchingRoundStudent',
    });
    expect((await answer(maasstad(), CLOSE, { id: P.closing })).__typename).toBe('Place');
    const mine = await execute(student(S.vig), MY_CHOICES);
    expect(mine.errors).toBeUndefined();
    const places = mine.data?.me?.matchingRounds[0]?.choices.map((c) => c.place) ?? [];
    expect(places).toEqual([
      { id: P.open, status: 'OPEN', address: ADDRESS },
      { id: P.closing, status: 'CLOSED', address: null },
    ]);
    // The place page shows the chosen, now closed place without its address; the school still sees it.
    const asStudent = await execute(student(S.vig), PLACE, { id: P.closing });
    expect(asStudent.errors).toBeUndefined();
    expect(asStudent.data?.place).toMatchObject({ id: P.closing, address: null });
    const asSchool = await execute(docent(), PLACE, { id: P.closing });
    expect(asSchool.data?.place?.address).toBe(ADDRESS);
  });

  it('shows a student a place they may rank, with what the place page needs', async () => {
    const result = await execute(student(S.vig), PLACE, { id: P.open });
    expect(result.errors).toBeUndefined();
    expect(result.data?.place).toMatchObject({
      id: P.open,
      description: 'Je werkt mee op de afdeling en leert het vak.',
      address: ADDRESS,
      city: 'Rotterdam',
      status: 'OPEN',
      company: { name: 'Zorggroep Maasstad (demo)' },
    });
    expect(result.data?.place?.hoursPerWeek).toEqual(expect.any(Number));
    const equivalent = await execute(student(S.dev), PLACE, { id: P.replacedCode });
    expect(equivalent.data?.place?.id).toBe(P.replacedCode);
  });

  it('refuses a student a place they may not rank and did not choose; answers null for an unknown id', async () => {
    for (const id of [P.closed, P.otherQualification, P.otherLevel, P.bbl]) {
      const result = await execute(student(S.vig), PLACE, { id });
      expect(errorCodes(result), id).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(result)).not.toContain(ADDRESS);
    }
    const unknown = await execute(student(S.vig), PLACE, { id: 'pa-bestaat-niet' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.place).toBeNull();
  });

  it('shows a company its own places only, and no single place to municipalities or OCW', async () => {
    expect((await execute(maasstad(), PLACE, { id: P.closed })).data?.place?.address).toBe(ADDRESS);
    const other = await execute(as('company', 'kvk-90000002', 'praktijkopleider-bouw'), PLACE, { id: P.open });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    for (const context of [as('municipality', '0599'), as('ministry', 'ocw')]) {
      expect(errorCodes(await execute(context, PLACE, { id: P.open }))).toEqual(['FORBIDDEN']);
    }
  });

  it('narrows a student’s place search to the places they may rank, whatever filter they send', async () => {
    const search = async (filter: VariablesOf<typeof SEARCH>['filter']) => {
      const result = await execute(student(S.vig), SEARCH, { filter });
      expect(result.errors).toBeUndefined();
      return (result.data?.places?.places ?? []).map((p) => p.id).filter((id) => id.startsWith('pa-'));
    };
    expect(await search({ qualificationCrebo: '25498', level: 2, openOnly: false })).toEqual([P.open]);
    expect(await search(null)).toEqual([P.open]);
    const school = await execute(docent(), SEARCH, { filter: { qualificationCrebo: '25498', level: 2 } });
    expect(school.data?.places?.places.map((p) => p.id)).toContain(P.otherQualification);
  });
});
