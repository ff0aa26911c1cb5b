import { testEngines } from '@stelsel/db-kit/testing';
import { todayInNetherlands } from '@stelsel/placements-common';
import { errorCodes, expectType, type OperationResult } from '@stelsel/testing';
import type { ResultOf } from 'gql.tada';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { countTakenSeats } from '../src/db/place-seats.ts';
import { graphql } from './graphql.ts';
import { CLOSE, PLACES, placeHarness, placeInput, REOPEN, UPDATE } from './place-support.ts';
import { fromToday } from './support.ts';

const PLACE_CLOSED_REASONS = graphql('query ClosedReasons { places(first: 1) { places { id closedReason } } }');
const PLACE_SEATS = graphql('query Seats { places(first: 1) { places { id seatsTaken } } }');

describe.each(testEngines())('place changes and listings on %s', (engine) => {
  const { placements, execute, as, company1, publish } = placeHarness(engine);

  it('updates a place, keeping a start date already in the past', async () => {
    const seeded = await placements.db
      .selectFrom('place')
      .select(['id', sql<string>`to_char(starts_on, 'YYYY-MM-DD')`.as('starts_on')])
      .where('id', '=', 'kvk-90000001-p01')
      .executeTakeFirstOrThrow();
    const input = placeInput({ title: 'Stage Verzorgende-IG, vernieuwd', capacity: 6, startsOn: seeded.starts_on });
    const updated = await execute(company1(), UPDATE, { id: seeded.id, input });
    expect(updated.data?.updatePlace).toMatchObject({
      __typename: 'Place',
      title: 'Stage Verzorgende-IG, vernieuwd',
      capacity: 6,
    });
    const moved = await execute(company1(), UPDATE, {
      id: seeded.id,
      input: { ...input, startsOn: fromToday(-3) },
    });
    expect(moved.data?.updatePlace).toMatchObject({ __typename: 'InputError', field: 'startsOn' });
    const unaccredited = await execute(company1(), UPDATE, {
      id: seeded.id,
      input: { ...input, qualificationCrebo: '25604', level: 4 },
    });
    expect(unaccredited.data?.updatePlace).toMatchObject({ __typename: 'InputError', field: 'qualificationCrebo' });
  });

  it('counts taken seats and refuses a capacity below them', async () => {
    const place = await publish(company1(), placeInput({ capacity: 4 }));
    const id = expectType(place, 'Place').id;
    expect(await countTakenSeats(placements.db, id)).toBe(0);
    await givePlacements(id, ['ACCEPTED', 'CONFIRMED', 'ACTIVE', 'DECLINED']);
    expect(await countTakenSeats(placements.db, id)).toBe(3);

    const tooLow = await execute(company1(), UPDATE, {
      id,
      input: placeInput({ capacity: 2 }),
    });
    expect(tooLow.data?.updatePlace).toMatchObject({ __typename: 'ConflictError', field: 'capacity' });
    expect(expectType(tooLow.data?.updatePlace, 'ConflictError').message).toMatch(/3 plaatsen bezet/);
    const exact = await execute(company1(), UPDATE, {
      id,
      input: placeInput({ capacity: 3 }),
    });
    expect(exact.data?.updatePlace).toMatchObject({ __typename: 'Place', capacity: 3, seatsTaken: 3 });
  });

  it('closes a place with a reason and reopens it under an active accreditation', async () => {
    const place = await publish(company1(), placeInput());
    const id = expectType(place, 'Place').id;
    const noReason = await execute(company1(), CLOSE, { id, reason: '  ' });
    expect(noReason.data?.closePlace).toMatchObject({ __typename: 'InputError', field: 'reason' });
    const closed = await execute(company1(), CLOSE, {
      id,
      reason: 'Praktijkopleider met verlof',
    });
    expect(closed.data?.closePlace).toMatchObject({
      __typename: 'Place',
      status: 'CLOSED',
      closedReason: 'Praktijkopleider met verlof',
    });
    const again = await execute(company1(), CLOSE, { id, reason: 'Nog eens dicht' });
    expect(again.data?.closePlace).toMatchObject({ __typename: 'ConflictError' });
    const reopened = await execute(company1(), REOPEN, { id });
    expect(reopened.data?.reopenPlace).toMatchObject({ __typename: 'Place', status: 'OPEN', closedReason: null });
    const open = await execute(company1(), REOPEN, { id });
    expect(open.data?.reopenPlace).toMatchObject({ __typename: 'ConflictError' });
  });

  it('does not reopen a place without an active accreditation', async () => {
    // Hotel Zeezicht's places closed with its suspended accreditation (seed).
    const result = await execute(as('company', 'kvk-90000006'), REOPEN, {
      id: 'kvk-90000006-p01',
    });
    expect(result.data?.reopenPlace).toMatchObject({ __typename: 'InputError', field: 'qualificationCrebo' });
  });

  it('does not reopen a place whose period is over', async () => {
    // The demo periods run around the seed day, so one place's period is moved into the past here.
    const past = { id: 'kvk-90000001-p06' };
    const moved = await placements.db
      .updateTable('place')
      .set({ starts_on: fromToday(-200), ends_on: fromToday(-1) })
      .where('id', '=', past.id)
      .where('status', '=', 'OPEN')
      .executeTakeFirstOrThrow();
    expect(moved.numUpdatedRows).toBe(1n);
    await execute(company1(), CLOSE, { id: past.id, reason: 'Periode afgelopen' });
    const result = await execute(company1(), REOPEN, { id: past.id });
    expect(result.data?.reopenPlace).toMatchObject({ __typename: 'ConflictError', field: 'id' });
  });

  it('lists open places to institutions, page by page, with filters', async () => {
    const institution = as('institution', 'albeda-college');
    const pages: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const result: OperationResult<ResultOf<typeof PLACES>> = await execute(institution, PLACES, { first: 7, after });
      expect(result.errors).toBeUndefined();
      const page: ResultOf<typeof PLACES>['places'] | undefined = result.data?.places;
      expect(page?.places.length).toBeLessThanOrEqual(7);
      expect(page?.places.every((p) => p.status === 'OPEN')).toBe(true);
      pages.push(...(page?.places.map((p) => p.id) ?? []));
      if (!page?.hasNextPage) break;
      after = page.endCursor;
    }
    const open = await placements.db
      .selectFrom('place')
      .select('id')
      .where('status', '=', 'OPEN')
      // Open means not past its end date either (issue 9 §5).
      .where(sql<boolean>`ends_on >= ${todayInNetherlands()}::date`)
      .orderBy('id')
      .execute();
    expect(pages).toEqual(open.map((p) => p.id));

    const filtered = await execute(institution, PLACES, {
      filter: { level: 3, pathway: 'BBL', municipalityCode: '0599' },
    });
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data?.places?.places.length).toBeGreaterThan(0);
    for (const place of filtered.data?.places?.places ?? []) {
      expect(place).toMatchObject({ level: 3, pathway: 'BBL', municipality: { code: '0599' } });
    }

    const sbb = await execute(as('sbb'), PLACES, { filter: { openOnly: false }, first: 200 });
    expect(sbb.data?.places?.places.some((p) => p.status === 'CLOSED')).toBe(true);
  });

  it('shows students only open places and none of their internal fields', async () => {
    const student = as('student', 'roc-zadkine', 'roc-zadkine-s001');
    const result = await execute(student, PLACES, { filter: { openOnly: false }, first: 200 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.places?.places.length).toBeGreaterThan(0);
    expect(result.data?.places?.places.every((p) => p.status === 'OPEN')).toBe(true);
    const internal = await execute(student, PLACE_CLOSED_REASONS);
    expect(errorCodes(internal)).toEqual(['FORBIDDEN']);
    const seats = await execute(student, PLACE_SEATS);
    expect(errorCodes(seats)).toEqual(['FORBIDDEN']);
  });

  it.each([
    ['ministry', 'ocw'],
    ['municipality', '0599'],
    ['company', 'kvk-90000001'],
    ['partner', 'partner-demo'],
  ] as const)('refuses the list of places to %s (aggregates only)', async (role, organisation) => {
    const result = await execute(as(role, organisation), PLACES, {});
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
      decline_reason text, decline_explanation text)`.execute(placements.db);
    for (const [index, status] of statuses.entries()) {
      const declined = status === 'DECLINED';
      await sql`insert into placement (id, student_id, place_id, company_id, institution_id, status, created_by,
          decline_reason, decline_explanation)
        values (${`${placeId}-t${index}`}, ${`roc-zadkine-s00${index + 1}`}, ${placeId}, 'kvk-90000001', 'roc-zadkine',
          ${status}, 'test', ${declined ? 'OTHER' : null}, ${declined ? 'Past niet in de planning.' : null})`.execute(
        placements.db,
      );
    }
  }
});
