import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { errorCodes, expectType } from '@stelsel/testing';
import { describe, expect, it } from 'vitest';
import {
  CLOSE,
  MY_PLACES,
  PLACES,
  type PlaceInput,
  PUBLISH,
  placeHarness,
  placeInput,
  REOPEN,
  UPDATE,
} from './place-support.ts';
import { fromToday } from './support.ts';

describe.each(testEngines())('places on %s', (engine) => {
  const { placements, execute, as, company1, publish, placeCount } = placeHarness(engine);

  it('seeds the demo places with their terms, location and inclusive markers', async () => {
    const result = await execute(company1(), MY_PLACES);
    expect(result.errors).toBeUndefined();
    const places = result.data?.myCompany?.places ?? [];
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
    const all = await placements.db
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
    expect(expectType(place, 'Place').id).toMatch(/^kvk-90000001-[0-9a-f]{8}$/);

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
    // Absurd values and unknown codes (issue 13 §6): refused, never stored.
    ['municipalityCode', { municipalityCode: '9999' }],
    ['startsOn', { startsOn: fromToday(2 * 366 + 1), endsOn: fromToday(2 * 366 + 30) }],
    ['endsOn', { endsOn: '2099-12-31' }],
    ['expenseAllowance', { expenseAllowance: '2000.01' }],
    ['internshipWage', { internshipWage: '999999999.00' }],
  ] as Array<[string, Partial<PlaceInput>]>)(
    'refuses an invalid %s (%j) and writes nothing',
    async (field, overrides) => {
      const before = await placeCount('kvk-90000001');
      const result = await publish(company1(), placeInput(overrides));
      const error = expectType(result, 'InputError');
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(/^[A-Z0-9].+\.$/);
      expect(await placeCount('kvk-90000001')).toBe(before);
    },
  );

  it('refuses a date that does not exist (2027-02-30) when the input is parsed, and writes nothing', async () => {
    const before = await placeCount('kvk-90000001');
    const result = await execute(company1(), PUBLISH, {
      key: randomUUID(),
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
  ] as Array<[Partial<PlaceInput>, RegExp]>)(
    'refuses %j at parse time (Crebo, CbsCode) and writes nothing',
    async (overrides, message) => {
      const before = await placeCount('kvk-90000001');
      const result = await execute(company1(), PUBLISH, { key: randomUUID(), input: placeInput(overrides) });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await placeCount('kvk-90000001')).toBe(before);
    },
  );

  it('refuses a place for a qualification without an active accreditation', async () => {
    // Maasstad is not accredited for Kok (25180).
    const none = await publish(company1(), placeInput({ qualificationCrebo: '25180', level: 2 }));
    expect(expectType(none, 'InputError')).toMatchObject({ field: 'qualificationCrebo' });
    expect(expectType(none, 'InputError').message).toMatch(/geen actieve erkenning/);
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

    const found = await execute(as('institution'), PLACES, {
      filter: { qualificationCrebo: '25604', municipalityCode: '0344' },
      first: 200,
    });
    expect(found.errors).toBeUndefined();
    const crebos = new Set(found.data?.places?.places.map((p) => p.qualification.crebo));
    expect(crebos).toEqual(new Set(['25604', '25187']));
    expect(found.data?.places?.places.map((p) => p.id)).toContain(expectType(place, 'Place').id);
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
    expect(errorCodes(await execute(context, PUBLISH, { key: randomUUID(), input: placeInput() }))).toEqual([
      'FORBIDDEN',
    ]);
    const id = 'kvk-90000001-p01';
    expect(errorCodes(await execute(context, UPDATE, { id, input: placeInput() }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(context, CLOSE, { id, reason: 'Geen begeleiding' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(context, REOPEN, { id }))).toEqual(['FORBIDDEN']);
    expect(await placeCount('kvk-90000001')).toBe(before);
    const row = await placements.db.selectFrom('place').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('OPEN');
  });

  it("refuses a company another company's place, and answers NotFound for an unknown one", async () => {
    const other = as('company', 'kvk-90000002');
    const id = 'kvk-90000001-p01';
    const updated = await execute(other, UPDATE, {
      id,
      input: placeInput({ title: 'Overgenomen' }),
    });
    expect(updated.data?.updatePlace).toMatchObject({ __typename: 'NotAllowedError', field: 'id' });
    const closed = await execute(other, CLOSE, { id, reason: 'Niet van ons' });
    expect(closed.data?.closePlace).toMatchObject({ __typename: 'NotAllowedError', field: 'id' });
    const reopened = await execute(other, REOPEN, { id });
    expect(reopened.data?.reopenPlace).toMatchObject({ __typename: 'NotAllowedError', field: 'id' });
    const row = await placements.db
      .selectFrom('place')
      .select(['title', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: 'Stageplaats Verzorgende-IG', status: 'OPEN' });

    const unknown = await execute(company1(), CLOSE, {
      id: 'bestaat-niet',
      reason: 'Weg ermee',
    });
    expect(unknown.data?.closePlace).toMatchObject({ __typename: 'NotFoundError', field: 'id' });
  });
});
