import { ROLES } from '@stelsel/auth';
import { testEngines } from '@stelsel/db-kit/testing';
import { INTRO_WEEKS_2023, MUNICIPALITIES } from '@stelsel/reference-data';
import { createSubgraphHarness, errorCodes } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import { createEqualTreatmentContext, type EqualTreatmentContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { EqualTreatmentDatabase } from '../src/db/types.ts';
import { schema } from '../src/schema/schema.ts';
import { seedEqualTreatment } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';

const MUNICIPALITY = graphql(`
  query Municipality($code: CbsCode!, $year: Int!) {
    municipality(code: $code) { code name introWeek(year: $year) { status year note } }
  }
`);
const MUNICIPALITIES_BY_NAME = graphql('query Municipalities { municipalities { code name } }');
const INTRO_WEEKS = graphql('query IntroWeeks { municipalities { code introWeek(year: 2023) { status } } }');
const MUNICIPALITY_NAMES = graphql(`
  query MunicipalityNames($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { name } } }
`);
const MUNICIPALITY_REFERENCES = graphql(`
  query MunicipalityReferences($r: [_Any!]!) {
    _entities(representations: $r) { ... on Municipality { code name introWeek(year: 2023) { status } } }
  }
`);

describe.each(testEngines())('equal-treatment subgraph on %s', (engine) => {
  const harness = createSubgraphHarness<EqualTreatmentDatabase, EqualTreatmentContext>({
    name: 'equal-treatment',
    schema,
    migrations,
    engine,
    createContext: createEqualTreatmentContext,
    seed: async (db) =>
      expect(await seedEqualTreatment(db)).toEqual({
        municipalities: MUNICIPALITIES.length,
        introWeeks: INTRO_WEEKS_2023.length,
      }),
  });
  const { as, execute } = harness;

  it('seeds once: a second run inserts nothing', async () => {
    expect(await seedEqualTreatment(harness.db)).toEqual({ municipalities: 0, introWeeks: 0 });
  });

  it.each(ROLES)('lists every municipality, by name, for role %s', async (role) => {
    const result = await execute(as(role), MUNICIPALITIES_BY_NAME);
    expect(result.errors).toBeUndefined();
    const rows = result.data?.municipalities ?? [];
    expect(rows).toHaveLength(MUNICIPALITIES.length);
    expect(rows.map((r) => r.name)).toEqual([...rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(rows).toContainEqual({ code: '0599', name: 'Rotterdam' });
  });

  it('answers Utrecht 2023 as open, with the words of the source', async () => {
    const result = await execute(as('partner'), MUNICIPALITY, { code: '0344', year: 2023 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality).toMatchObject({
      code: '0344',
      name: 'Utrecht',
      introWeek: { status: 'OPEN', year: 2023 },
    });
    expect(result.data?.municipality?.introWeek?.note).toContain('Kamerstuk 2023D19215');
  });

  it('answers Rotterdam 2023 as in talks', async () => {
    const result = await execute(as('municipality'), MUNICIPALITY, { code: '0599', year: 2023 });
    expect(result.data?.municipality?.introWeek?.status).toBe('IN_TALKS');
  });

  it('does not invent a status: null where nothing is recorded for the year or the city', async () => {
    const otherYear = await execute(as('partner'), MUNICIPALITY, { code: '0344', year: 2022 });
    expect(otherYear.errors).toBeUndefined();
    expect(otherYear.data?.municipality?.introWeek).toBeNull();
    const unrecorded = await execute(as('partner'), MUNICIPALITY, { code: '0772', year: 2023 });
    expect(unrecorded.errors).toBeUndefined();
    expect(unrecorded.data?.municipality).toEqual({ code: '0772', name: 'Eindhoven', introWeek: null });
  });

  it('returns null for an unknown, well-formed code', async () => {
    const result = await execute(as('partner'), MUNICIPALITY, { code: '9999', year: 2023 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality).toBeNull();
  });

  it.each(['599', '05990', 'abcd', '', ' 0599'])('refuses code %j at parse time with a Dutch message', async (code) => {
    const result = await execute(as('partner'), MUNICIPALITY, { code, year: 2023 });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(/\$code.*precies 4 cijfers/);
    expect(result.data?.municipality ?? null).toBeNull();
  });

  it.each([1999, 2101, -1])('refuses year %i with a Dutch message on field year', async (year) => {
    const result = await execute(as('partner'), MUNICIPALITY, { code: '0344', year });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.field).toBe('year');
    expect(result.errors?.[0]?.message).toBe('Het jaar moet tussen 2000 en 2100 liggen.');
    expect(result.data?.municipality).toMatchObject({ code: '0344', introWeek: null });
  });

  it('accepts the boundary years 2000 and 2100', async () => {
    for (const year of [2000, 2100]) {
      const result = await execute(as('partner'), MUNICIPALITY, { code: '0344', year });
      expect(result.errors).toBeUndefined();
    }
  });

  it('answers intro weeks for the whole list', async () => {
    const result = await execute(as('student'), INTRO_WEEKS);
    expect(result.errors).toBeUndefined();
    const recorded = (result.data?.municipalities ?? []).filter((m) => m.introWeek !== null);
    expect(recorded).toHaveLength(INTRO_WEEKS_2023.length);
    expect(
      recorded
        .filter((m) => m.introWeek?.status === 'OPEN')
        .map((m) => m.code)
        .sort(),
    ).toEqual(['0014', '0080', '0344', '0546', '0687', '0718', '0935']);
  });

  it('loads intro weeks and entity references in batches: one query each, not one per municipality', async () => {
    const counted = harness.countQueries();
    const list = await execute(as('partner'), INTRO_WEEKS);
    expect(list.errors).toBeUndefined();
    expect(counted.count()).toBe(2);
    counted.reset();
    const entities = await execute(as('partner'), MUNICIPALITY_NAMES, {
      r: MUNICIPALITIES.map((m) => ({ __typename: 'Municipality', code: m.code })),
    });
    counted.done();
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities).toHaveLength(MUNICIPALITIES.length);
    expect(counted.count()).toBe(1);
  });

  it('resolves Municipality entity references by code, null for unknown codes', async () => {
    const result = await execute(as('partner'), MUNICIPALITY_REFERENCES, {
      r: [
        { __typename: 'Municipality', code: '0599' },
        { __typename: 'Municipality', code: '9999' },
        { __typename: 'Municipality', code: 'nope' },
        { __typename: 'Municipality', code: '0344' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { code: '0599', name: 'Rotterdam', introWeek: { status: 'IN_TALKS' } },
      null,
      null,
      { code: '0344', name: 'Utrecht', introWeek: { status: 'OPEN' } },
    ]);
  });

  it('rejects an unrecorded status at the database', async () => {
    await expect(
      harness.db
        .insertInto('intro_week')
        .values({ municipality_code: '0772', year: 2024, status: 'MAYBE' as 'OPEN', note: null })
        .execute(),
    ).rejects.toThrow();
  });
});
