import type { Role } from '@stelsel/auth';
import { createTestDatabase, testEngines } from '@stelsel/db-kit/testing';
import { createLogger, createSubgraphServer } from '@stelsel/graphql-kit';
import { caller, createExecutor, errorCodes, type OperationResult } from '@stelsel/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlacementsContext, type PlacementsContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { countTakenSeats } from '../src/db/place-seats.ts';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { todayInNetherlands } from '../src/domain/places.ts';
import { schema } from '../src/schema/schema.ts';
import { seedPlacements } from '../src/seed/index.ts';

const PLACE_FIELDS = /* GraphQL */ `
  id title description pathway level capacity startsOn endsOn municipality { code } address city hoursPerWeek
  expenseAllowance internshipWage inclusiveMarkers status closedReason seatsTaken
  qualification { crebo } company { id }
`;

const RESULT = (fields = PLACE_FIELDS) =>
  `__typename ... on Place { ${fields} } ... on UserError { message code field }`;

const PUBLISH = `mutation ($input: PlaceInput!) { publishPlace(input: $input) { ${RESULT()} } }`;
const UPDATE = `mutation ($id: ID!, $input: PlaceInput!) { updatePlace(id: $id, input: $input) { ${RESULT()} } }`;
const CLOSE = `mutation ($id: ID!, $reason: String!) { closePlace(id: $id, reason: $reason) { ${RESULT()} } }`;
const REOPEN = `mutation ($id: ID!) { reopenPlace(id: $id) { ${RESULT()} } }`;
const PLACES = /* GraphQL */ `
  query ($filter: PlaceFilter, $first: Int, $after: String) {
    places(filter: $filter, first: $first, after: $after) {
      hasNextPage endCursor places { id status level pathway municipality { code } qualification { crebo } }
    }
  }
`;

interface PlaceResult {
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

interface PageResult {
  places: { hasNextPage: boolean; endCursor: string | null; places: Array<{ id: string; status: string }> };
}

/** A date `days` from today, `JJJJ-MM-DD`. */
function fromToday(days: number): string {
  const today = new Date(`${todayInNetherlands()}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A valid place of Zorggroep Maasstad (kvk-90000001), accredited for Verzorgende-IG (25491, level 3). */
function placeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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

describe.each(testEngines())('places on %s', (engine) => {
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
  const company1 = () => as('company', 'kvk-90000001');

  const publish = async (context: PlacementsContext, input: Record<string, unknown>) =>
    (await execute<{ publishPlace: PlaceResult }>(context, PUBLISH, { input })).data?.publishPlace;

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

  beforeAll(async () => {
    database = await createTestDatabase<PlacementsDatabase>('placements', migrations, engine);
    await seedPlacements(database.db);
  });
  afterAll(async () => database?.close());

  it('seeds the demo places with their terms, location and inclusive markers', async () => {
    const result = await execute<{
      myCompany: { places: Array<PlaceResult & { city: string; address: string; hoursPerWeek: number }> };
    }>(company1(), `{ myCompany { places { ${PLACE_FIELDS} } } }`);
    expect(result.errors).toBeUndefined();
    const places = result.data?.myCompany.places ?? [];
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      expect(Number(place.expenseAllowance)).toBeGreaterThanOrEqual(150);
      expect(Number(place.expenseAllowance)).toBeLessThanOrEqual(450);
      expect(place.city).toBe('Rotterdam');
      expect(place.address).not.toBe('');
      expect(place.hoursPerWeek).toBeGreaterThanOrEqual(24);
      expect(place.seatsTaken).toBeGreaterThanOrEqual(0);
      expect(place.seatsTaken).toBeLessThanOrEqual(place.capacity);
    }
    const all = await database.db
      .selectFrom('place')
      .select(['inclusive_markers', 'status', 'closed_reason'])
      .execute();
    expect(all.some((p) => p.inclusive_markers.length > 0)).toBe(true);
    expect(all.filter((p) => p.status === 'CLOSED').every((p) => p.closed_reason?.startsWith('Erkenning'))).toBe(true);
  });

  it('lets a company publish a place for a qualification it is accredited for', async () => {
    const place = await publish(company1(), placeInput());
    expect(place).toMatchObject({
      __typename: 'Place',
      title: 'Stageplaats Verzorgende-IG afdeling geriatrie',
      pathway: 'BOL',
      level: 3,
      capacity: 3,
      status: 'OPEN',
      closedReason: null,
      expenseAllowance: '250.00',
      internshipWage: '300.00',
      inclusiveMarkers: ['ACCESSIBLE_WORKPLACE', 'PART_TIME_POSSIBLE'],
      seatsTaken: 0,
      municipality: { code: '0599' },
      qualification: { crebo: '25491' },
      company: { id: 'kvk-90000001' },
    });
    expect(place?.id).toMatch(/^kvk-90000001-[0-9a-f]{8}$/);

    const unpaid = await publish(
      company1(),
      placeInput({ internshipWage: null, inclusiveMarkers: null, pathway: 'BBL' }),
    );
    expect(unpaid).toMatchObject({ __typename: 'Place', internshipWage: null, inclusiveMarkers: [], pathway: 'BBL' });
  });

  it.each([
    ['title', { title: ' ' }],
    ['description', { description: '' }],
    ['qualificationCrebo', { qualificationCrebo: '99999' }],
    ['level', { level: 5 }],
    ['level', { level: 2 }],
    ['capacity', { capacity: 0 }],
    ['capacity', { capacity: -2 }],
    ['capacity', { capacity: 501 }],
    ['startsOn', { startsOn: fromToday(-1) }],
    ['endsOn', { endsOn: fromToday(30) }],
    ['endsOn', { endsOn: fromToday(60) }],
    ['address', { address: '' }],
    ['city', { city: 'R' }],
    ['hoursPerWeek', { hoursPerWeek: 0 }],
    ['hoursPerWeek', { hoursPerWeek: 41 }],
    ['expenseAllowance', { expenseAllowance: '-1.00' }],
    ['internshipWage', { internshipWage: '-0.01' }],
  ])('refuses an invalid %s (%j) and writes nothing', async (field, overrides) => {
    const before = await placeCount('kvk-90000001');
    const result = await publish(company1(), placeInput(overrides));
    expect(result).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field });
    expect(result?.message).toMatch(/^[A-Z0-9].+\.$/);
    expect(await placeCount('kvk-90000001')).toBe(before);
  });

  it('refuses a date that does not exist (2027-02-30) when the input is parsed, and writes nothing', async () => {
    const before = await placeCount('kvk-90000001');
    const result = await execute<{ publishPlace: PlaceResult }>(company1(), PUBLISH, {
      input: placeInput({ startsOn: '2027-02-30' }),
    });
    expect(result.data ?? null).toBeNull();
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('Ongeldige datum "2027-02-30"');
    expect(result.errors?.[0]?.message).toContain('startsOn');
    expect(await placeCount('kvk-90000001')).toBe(before);
  });

  it.each([
    [{ qualificationCrebo: '2549' }, /input\.qualificationCrebo.*crebocode/],
    [{ municipalityCode: '599' }, /input\.municipalityCode.*gemeentecode/],
  ])('refuses %j at parse time (Crebo, CbsCode) and writes nothing', async (overrides, message) => {
    const before = await placeCount('kvk-90000001');
    const result = await execute(company1(), PUBLISH, { input: placeInput(overrides) });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await placeCount('kvk-90000001')).toBe(before);
  });

  it('refuses a place for a qualification without an active accreditation', async () => {
    // Maasstad is not accredited for Kok (25180).
    const none = await publish(company1(), placeInput({ qualificationCrebo: '25180', level: 2 }));
    expect(none).toMatchObject({ __typename: 'InputError', field: 'qualificationCrebo' });
    expect(none?.message).toMatch(/geen actieve erkenning/);
    // Hotel Zeezicht's accreditation for Kok is suspended.
    const suspended = await publish(
      as('company', 'kvk-90000006'),
      placeInput({ qualificationCrebo: '25180', level: 2, municipalityCode: '0718', city: 'Vlissingen' }),
    );
    expect(suspended).toMatchObject({ __typename: 'InputError', field: 'qualificationCrebo' });
    expect(await placeCount('kvk-90000006')).toBe(2);
  });

  it('accepts an equivalent (replaced) crebo of an active accreditation', async () => {
    // Softwarehuis Domstad is accredited for Software developer (25604), which replaced 25187.
    const place = await publish(
      as('company', 'kvk-90000004'),
      placeInput({
        title: 'Stage applicatieontwikkeling',
        qualificationCrebo: '25187',
        level: 4,
        municipalityCode: '0344',
        city: 'Utrecht',
      }),
    );
    expect(place).toMatchObject({ __typename: 'Place', qualification: { crebo: '25187' }, status: 'OPEN' });

    const found = await execute<{ places: { places: Array<{ id: string; qualification: { crebo: string } }> } }>(
      as('institution'),
      PLACES,
      { filter: { qualificationCrebo: '25604', municipalityCode: '0344' }, first: 200 },
    );
    expect(found.errors).toBeUndefined();
    const crebos = new Set(found.data?.places.places.map((p) => p.qualification.crebo));
    expect(crebos).toEqual(new Set(['25604', '25187']));
    expect(found.data?.places.places.map((p) => p.id)).toContain(place?.id);
  });

  it.each([
    ['institution', 'roc-zadkine'],
    ['ministry', 'ocw'],
    ['municipality', '0599'],
    ['sbb', 'sbb'],
    ['student', 'roc-zadkine'],
    ['partner', 'partner-demo'],
  ] as const)('refuses every company mutation to %s (wrong role: FORBIDDEN)', async (role, organisation) => {
    const context = as(role, organisation);
    const before = await placeCount('kvk-90000001');
    expect(errorCodes(await execute(context, PUBLISH, { input: placeInput() }))).toEqual(['FORBIDDEN']);
    const id = 'kvk-90000001-p01';
    expect(errorCodes(await execute(context, UPDATE, { id, input: placeInput() }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(context, CLOSE, { id, reason: 'Geen begeleiding' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(context, REOPEN, { id }))).toEqual(['FORBIDDEN']);
    expect(await placeCount('kvk-90000001')).toBe(before);
    const row = await database.db.selectFrom('place').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('OPEN');
  });

  it("refuses a company another company's place, and answers NotFound for an unknown one", async () => {
    const other = as('company', 'kvk-90000002');
    const id = 'kvk-90000001-p01';
    const updated = await execute<{ updatePlace: PlaceResult }>(other, UPDATE, {
      id,
      input: placeInput({ title: 'Overgenomen' }),
    });
    expect(updated.data?.updatePlace).toMatchObject({ __typename: 'NotAllowedError', field: 'id' });
    const closed = await execute<{ closePlace: PlaceResult }>(other, CLOSE, { id, reason: 'Niet van ons' });
    expect(closed.data?.closePlace).toMatchObject({ __typename: 'NotAllowedError', field: 'id' });
    const reopened = await execute<{ reopenPlace: PlaceResult }>(other, REOPEN, { id });
    expect(reopened.data?.reopenPlace).toMatchObject({ __typename: 'NotAllowedError', field: 'id' });
    const row = await database.db
      .selectFrom('place')
      .select(['title', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: 'Stageplaats Verzorgende-IG', status: 'OPEN' });

    const unknown = await execute<{ closePlace: PlaceResult }>(company1(), CLOSE, {
      id: 'bestaat-niet',
      reason: 'Weg ermee',
    });
    expect(unknown.data?.closePlace).toMatchObject({ __typename: 'NotFoundError', field: 'id' });
  });

  it('updates a place, keeping a start date already in the past', async () => {
    const seeded = await database.db
      .selectFrom('place')
      .select(['id', sql<string>`to_char(starts_on, 'YYYY-MM-DD')`.as('starts_on')])
      .where('id', '=', 'kvk-90000001-p01')
      .executeTakeFirstOrThrow();
    const input = placeInput({ title: 'Stage Verzorgende-IG, vernieuwd', capacity: 6, startsOn: seeded.starts_on });
    const updated = await execute<{ updatePlace: PlaceResult }>(company1(), UPDATE, { id: seeded.id, input });
    expect(updated.data?.updatePlace).toMatchObject({
      __typename: 'Place',
      title: 'Stage Verzorgende-IG, vernieuwd',
      capacity: 6,
    });
    const moved = await execute<{ updatePlace: PlaceResult }>(company1(), UPDATE, {
      id: seeded.id,
      input: { ...input, startsOn: fromToday(-3) },
    });
    expect(moved.data?.updatePlace).toMatchObject({ __typename: 'InputError', field: 'startsOn' });
    const unaccredited = await execute<{ updatePlace: PlaceResult }>(company1(), UPDATE, {
      id: seeded.id,
      input: { ...input, qualificationCrebo: '25604', level: 4 },
    });
    expect(unaccredited.data?.updatePlace).toMatchObject({ __typename: 'InputError', field: 'qualificationCrebo' });
  });

  it('counts taken seats and refuses a capacity below them', async () => {
    const place = await publish(company1(), placeInput({ capacity: 4 }));
    const id = place?.id ?? '';
    expect(await countTakenSeats(database.db, id)).toBe(0);
    await givePlacements(id, ['ACCEPTED', 'CONFIRMED', 'ACTIVE', 'DECLINED']);
    expect(await countTakenSeats(database.db, id)).toBe(3);

    const tooLow = await execute<{ updatePlace: PlaceResult }>(company1(), UPDATE, {
      id,
      input: placeInput({ capacity: 2 }),
    });
    expect(tooLow.data?.updatePlace).toMatchObject({ __typename: 'ConflictError', field: 'capacity' });
    expect(tooLow.data?.updatePlace.message).toMatch(/3 plaatsen bezet/);
    const exact = await execute<{ updatePlace: PlaceResult }>(company1(), UPDATE, {
      id,
      input: placeInput({ capacity: 3 }),
    });
    expect(exact.data?.updatePlace).toMatchObject({ __typename: 'Place', capacity: 3, seatsTaken: 3 });
  });

  it('closes a place with a reason and reopens it under an active accreditation', async () => {
    const place = await publish(company1(), placeInput());
    const id = place?.id ?? '';
    const noReason = await execute<{ closePlace: PlaceResult }>(company1(), CLOSE, { id, reason: '  ' });
    expect(noReason.data?.closePlace).toMatchObject({ __typename: 'InputError', field: 'reason' });
    const closed = await execute<{ closePlace: PlaceResult }>(company1(), CLOSE, {
      id,
      reason: 'Praktijkopleider met verlof',
    });
    expect(closed.data?.closePlace).toMatchObject({
      __typename: 'Place',
      status: 'CLOSED',
      closedReason: 'Praktijkopleider met verlof',
    });
    const again = await execute<{ closePlace: PlaceResult }>(company1(), CLOSE, { id, reason: 'Nog eens dicht' });
    expect(again.data?.closePlace).toMatchObject({ __typename: 'ConflictError' });
    const reopened = await execute<{ reopenPlace: PlaceResult }>(company1(), REOPEN, { id });
    expect(reopened.data?.reopenPlace).toMatchObject({ __typename: 'Place', status: 'OPEN', closedReason: null });
    const open = await execute<{ reopenPlace: PlaceResult }>(company1(), REOPEN, { id });
    expect(open.data?.reopenPlace).toMatchObject({ __typename: 'ConflictError' });
  });

  it('does not reopen a place without an active accreditation', async () => {
    // Hotel Zeezicht's places closed with its suspended accreditation (seed).
    const result = await execute<{ reopenPlace: PlaceResult }>(as('company', 'kvk-90000006'), REOPEN, {
      id: 'kvk-90000006-p01',
    });
    expect(result.data?.reopenPlace).toMatchObject({ __typename: 'InputError', field: 'qualificationCrebo' });
  });

  it('does not reopen a place whose period is over', async () => {
    // The demo periods run around the seed day, so one place's period is moved into the past here.
    const past = { id: 'kvk-90000001-p06' };
    const moved = await database.db
      .updateTable('place')
      .set({ starts_on: fromToday(-200), ends_on: fromToday(-1) })
      .where('id', '=', past.id)
      .where('status', '=', 'OPEN')
      .executeTakeFirstOrThrow();
    expect(moved.numUpdatedRows).toBe(1n);
    await execute(company1(), CLOSE, { id: past.id, reason: 'Periode afgelopen' });
    const result = await execute<{ reopenPlace: PlaceResult }>(company1(), REOPEN, { id: past.id });
    expect(result.data?.reopenPlace).toMatchObject({ __typename: 'ConflictError', field: 'id' });
  });

  it('lists open places to institutions, page by page, with filters', async () => {
    const institution = as('institution', 'albeda-college');
    const pages: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const result: OperationResult<PageResult> = await execute<PageResult>(institution, PLACES, { first: 7, after });
      expect(result.errors).toBeUndefined();
      const page: PageResult['places'] | undefined = result.data?.places;
      expect(page?.places.length).toBeLessThanOrEqual(7);
      expect(page?.places.every((p) => p.status === 'OPEN')).toBe(true);
      pages.push(...(page?.places.map((p) => p.id) ?? []));
      if (!page?.hasNextPage) break;
      after = page.endCursor;
    }
    const open = await database.db
      .selectFrom('place')
      .select('id')
      .where('status', '=', 'OPEN')
      .orderBy('id')
      .execute();
    expect(pages).toEqual(open.map((p) => p.id));

    const filtered = await execute<{
      places: { places: Array<{ level: number; pathway: string; municipality: { code: string } }> };
    }>(institution, PLACES, { filter: { level: 3, pathway: 'BBL', municipalityCode: '0599' } });
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data?.places.places.length).toBeGreaterThan(0);
    for (const place of filtered.data?.places.places ?? []) {
      expect(place).toMatchObject({ level: 3, pathway: 'BBL', municipality: { code: '0599' } });
    }

    const sbb = await execute<{ places: { places: Array<{ status: string }> } }>(as('sbb'), PLACES, {
      filter: { openOnly: false },
      first: 200,
    });
    expect(sbb.data?.places.places.some((p) => p.status === 'CLOSED')).toBe(true);
  });

  it('shows students only open places and none of their internal fields', async () => {
    const student = as('student', 'roc-zadkine', 'roc-zadkine-s001');
    const result = await execute<{ places: { places: Array<{ status: string }> } }>(student, PLACES, {
      filter: { openOnly: false },
      first: 200,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.places.places.length).toBeGreaterThan(0);
    expect(result.data?.places.places.every((p) => p.status === 'OPEN')).toBe(true);
    const internal = await execute(student, '{ places(first: 1) { places { id closedReason } } }');
    expect(errorCodes(internal)).toEqual(['FORBIDDEN']);
    const seats = await execute(student, '{ places(first: 1) { places { id seatsTaken } } }');
    expect(errorCodes(seats)).toEqual(['FORBIDDEN']);
  });

  it.each([
    ['ministry', 'ocw'],
    ['municipality', '0599'],
    ['company', 'kvk-90000001'],
    ['partner', 'partner-demo'],
  ] as const)('refuses the list of places to %s (aggregates only)', async (role, organisation) => {
    const result = await execute<{ places: unknown }>(as(role, organisation), PLACES, {});
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(result.data?.places ?? null).toBeNull();
  });

  it.each([
    [{ first: 201 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ filter: { level: 9 } }, 'filter.level'],
  ])('refuses a bad page or filter %j', async (variables, field) => {
    const result = await execute(as('sbb'), PLACES, variables);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });

  it.each([
    [{ filter: { qualificationCrebo: 'abc' } }, /filter\.qualificationCrebo.*crebocode/],
    [{ filter: { municipalityCode: '12' } }, /filter\.municipalityCode.*gemeentecode/],
  ])('refuses a malformed filter %j at parse time', async (variables, message) => {
    const result = await execute(as('sbb'), PLACES, variables);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  /** Placements at a place, in the matching engineer's `placement` table, or a stand-in before it exists. */
  async function givePlacements(placeId: string, statuses: readonly string[]): Promise<void> {
    await sql`create table if not exists placement (
      id text primary key, student_id text not null, place_id text not null, company_id text not null,
      institution_id text not null, status text not null, created_by text not null,
      decline_reason text, decline_explanation text)`.execute(database.db);
    for (const [index, status] of statuses.entries()) {
      const declined = status === 'DECLINED';
      await sql`insert into placement (id, student_id, place_id, company_id, institution_id, status, created_by,
          decline_reason, decline_explanation)
        values (${`${placeId}-t${index}`}, ${`roc-zadkine-s00${index + 1}`}, ${placeId}, 'kvk-90000001', 'roc-zadkine',
          ${status}, 'test', ${declined ? 'OTHER' : null}, ${declined ? 'Past niet in de planning.' : null})`.execute(
        database.db,
      );
    }
  }
});
