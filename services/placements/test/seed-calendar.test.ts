import { createTestDatabase, testEngines } from '@stelsel/db-kit/testing';
import { monthOf, todayInNetherlands } from '@stelsel/placements-common';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { migrations } from '../src/db/migrations/index.ts';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { seedCalendar, seedPlacements, shiftYears } from '../src/seed/index.ts';

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('the seed calendar', () => {
  it('dates the demo from the seed day: spring 2026', () => {
    const calendar = seedCalendar('2026-03-01');
    expect(calendar).toMatchObject({
      today: '2026-03-01',
      schoolYear: { start: '2025-09-01', end: '2026-08-31', name: '2025–2026' },
      years: 0,
      cohorts: [2023, 2024, 2025],
      born: { from: '2003-01-01', until: '2010-12-31' },
      bol: { startsOn: '2026-01-05', endsOn: '2026-05-29' },
      bbl: { startsOn: '2025-09-01', endsOn: '2026-08-31' },
      round: {
        period: { start: '2025-09-01', end: '2026-08-31' },
        createdAt: '2025-07-28T09:00:00Z',
        confirmedAt: '2025-08-11T10:30:00Z',
        respondedAt: '2025-08-15T14:00:00Z',
      },
      agreements: { createdAt: '2025-08-18T09:00:00Z', signedAt: '2025-08-25T12:00:00Z' },
      interimOn: '2026-03-15',
    });
  });

  it('dates the demo from the seed day: December 2026', () => {
    const calendar = seedCalendar('2026-12-03');
    expect(calendar).toMatchObject({
      schoolYear: { start: '2026-09-01', end: '2027-08-31', name: '2026–2027' },
      years: 1,
      cohorts: [2024, 2025, 2026],
      born: { from: '2004-01-01', until: '2011-12-31' },
      bol: { startsOn: '2026-10-05', endsOn: '2027-02-26' },
      bbl: { startsOn: '2026-09-01', endsOn: '2027-08-31' },
      round: { period: { start: '2026-09-01', end: '2027-08-31' } },
    });
  });

  it('keeps a bbl leerbaan in the school year and a bol internship that started in summer in the round', () => {
    const calendar = seedCalendar('2026-09-02');
    expect(calendar.bbl).toEqual({ startsOn: '2026-09-01', endsOn: '2027-08-31' });
    expect(calendar.bol).toEqual({ startsOn: '2026-07-06', endsOn: '2026-11-27' });
    expect(calendar.round.period).toEqual({ start: '2026-07-06', end: '2027-08-31' });
  });

  it('tells the same story on every day of four years', () => {
    for (let today = '2025-01-01'; today <= '2028-12-31'; today = addDays(today, 1)) {
      const c = seedCalendar(today);
      expect(seedCalendar(today), today).toEqual(c);
      // Bol: started on a Monday in an earlier month (so a month already passed is paid), running today, ends on a Friday.
      expect([weekday(c.bol.startsOn), weekday(c.bol.endsOn)], today).toEqual([1, 5]);
      expect(monthOf(c.bol.startsOn) < monthOf(today), today).toBe(true);
      expect(addDays(c.bol.startsOn, 7 * 7) <= today && today <= addDays(c.bol.endsOn, -7 * 7), today).toBe(true);
      // Bbl: the school year, running today.
      expect(c.bbl.startsOn <= today && today <= c.bbl.endsOn, today).toBe(true);
      expect(c.round.period.start <= c.bol.startsOn && c.bol.endsOn <= c.round.period.end, today).toBe(true);
      expect(c.round.period.start <= c.bbl.startsOn && c.bbl.endsOn <= c.round.period.end, today).toBe(true);
      // Published, matched, answered, drawn up and signed, in that order, before the first placement started.
      const moments = [
        c.placesPublishedAt,
        c.round.createdAt,
        c.round.choicesAt,
        c.round.ranAt,
        c.round.confirmedAt,
        c.round.respondedAt,
        c.agreements.createdAt,
        ...c.agreements.signatures,
        c.agreements.signedAt,
      ];
      expect([...moments].sort(), today).toEqual(moments);
      expect(c.agreements.signedAt < c.round.period.start, today).toBe(true);
      expect(c.interimOn > today && c.interimOn < c.bol.endsOn, today).toBe(true);
      expect(c.cohorts[2] <= Number(today.slice(0, 4)), today).toBe(true);
    }
  });

  it('moves story dates by whole years and refuses a day that does not exist', () => {
    expect(shiftYears('2021-02-01T09:00:00Z', 2)).toBe('2023-02-01T09:00:00Z');
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(() => seedCalendar('2026-02-30')).toThrow(RangeError);
    expect(() => seedCalendar('3 december')).toThrow(RangeError);
  });
});

/** Dutch calendar date of a moment the database returns (a Date, or text for a date column). */
const dutchDay = (value: Date | string) => (value instanceof Date ? todayInNetherlands(value) : value);

describe.each(testEngines())('the demo seeded on a given day, on %s', (engine) => {
  const databases: Array<{ close(): Promise<void> }> = [];
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    for (const database of databases) await database.close();
  });

  it.each([
    { day: '2026-03-01', bol: ['2026-01-05', '2026-05-29'], paid: ['2026-01', '2026-02'], missing: '2026-03' },
    { day: '2026-12-03', bol: ['2026-10-05', '2027-02-26'], paid: ['2026-10', '2026-11'], missing: '2026-12' },
  ])(
    'on $day the student’s bol placement is running and nothing past is dated later',
    async (expected) => {
      const database = await createTestDatabase<PlacementsDatabase>('seed-calendar', migrations, engine);
      databases.push(database);
      const { db } = database;
      const calendar = seedCalendar(expected.day);
      // The seed reads its dates from the calendar only, not from the clock.
      vi.setSystemTime(new Date('2031-06-15T12:00:00Z'));
      expect((await seedPlacements(db, calendar)).inserted).toBeGreaterThan(0);
      vi.useRealTimers();

      // Joy van der Linden (roc-zadkine-s001, the student persona): matched at Zorggroep Maasstad, a running bol internship.
      const placements = await db
        .selectFrom('placement')
        .innerJoin('place', 'place.id', 'placement.place_id')
        .select(['placement.id', 'placement.student_id', 'placement.status', 'place.pathway'])
        .select([
          sql<string>`to_char(place.starts_on, 'YYYY-MM-DD')`.as('starts_on'),
          sql<string>`to_char(place.ends_on, 'YYYY-MM-DD')`.as('ends_on'),
        ])
        .where('placement.id', 'like', 'demo-placement-%')
        .orderBy('placement.id')
        .execute();
      expect(placements[0]).toEqual({
        id: 'demo-placement-01',
        student_id: 'roc-zadkine-s001',
        status: 'CONFIRMED',
        pathway: 'BOL',
        starts_on: expected.bol[0],
        ends_on: expected.bol[1],
      });
      for (const p of placements) {
        expect(p.starts_on <= expected.day && expected.day <= p.ends_on, p.id).toBe(true);
        expect([p.starts_on, p.ends_on]).toEqual(
          p.pathway === 'BOL' ? expected.bol : [calendar.bbl.startsOn, calendar.bbl.endsOn],
        );
      }

      const round = await db
        .selectFrom('matching_round')
        .select(['name', 'confirmed_at'])
        .select([
          sql<string>`to_char(period_start, 'YYYY-MM-DD')`.as('period_start'),
          sql<string>`to_char(period_end, 'YYYY-MM-DD')`.as('period_end'),
        ])
        .where('id', '=', 'demo-roc-zadkine')
        .executeTakeFirstOrThrow();
      expect(round).toEqual({
        name: `Kopgroep zorg en techniek ${calendar.schoolYear.name} (demo)`,
        confirmed_at: new Date(calendar.round.confirmedAt),
        period_start: calendar.round.period.start,
        period_end: calendar.round.period.end,
      });

      // The signed agreement: signed before it started, allowances paid for the months already passed.
      const signed = await db
        .selectFrom('agreement')
        .select(['signed_at'])
        .where('id', '=', 'demo-agreement-01')
        .executeTakeFirstOrThrow();
      expect(signed.signed_at).toEqual(new Date(calendar.agreements.signedAt));
      const months = await db
        .selectFrom('allowance_payment')
        .select('month')
        .distinct()
        .where('agreement_id', '=', 'demo-agreement-01')
        .orderBy('month')
        .execute();
      expect(months.map((m) => m.month)).toEqual(expected.paid);
      expect(monthOf(expected.day)).toBe(expected.missing);

      // Contact moments around now: the start talk held on the first day, the interim talk planned two weeks ahead.
      const moments = await db
        .selectFrom('contact_moment')
        .select(['kind'])
        .select([
          sql<string>`to_char(planned_on, 'YYYY-MM-DD')`.as('planned_on'),
          sql<string | null>`to_char(held_on, 'YYYY-MM-DD')`.as('held_on'),
        ])
        .where('agreement_id', '=', 'demo-agreement-01')
        .orderBy('kind', 'desc')
        .execute();
      expect(moments).toEqual([
        { kind: 'START', planned_on: expected.bol[0], held_on: expected.bol[0] },
        { kind: 'INTERIM', planned_on: addDays(expected.day, 14), held_on: null },
      ]);

      // Nothing that happened is dated after the seed day.
      const past = await Promise.all([
        db.selectFrom('place').select(['created_at as at']).execute(),
        db.selectFrom('place').select(['updated_at as at']).execute(),
        db
          .selectFrom('student')
          .select([sql<string>`to_char(date_of_birth, 'YYYY-MM-DD')`.as('at')])
          .execute(),
        db
          .selectFrom('accreditation')
          .select([sql<string>`to_char(since, 'YYYY-MM-DD')`.as('at')])
          .execute(),
        db.selectFrom('accreditation_event').select(['changed_at as at']).execute(),
        db.selectFrom('matching_round').select(['created_at as at']).execute(),
        db.selectFrom('matching_round').select(['ran_at as at']).execute(),
        db.selectFrom('matching_round').select(['confirmed_at as at']).execute(),
        db.selectFrom('round_student').select(['choices_at as at']).execute(),
        db.selectFrom('placement').select(['created_at as at']).execute(),
        db.selectFrom('placement').select(['responded_at as at']).execute(),
        db.selectFrom('placement_event').select(['at']).execute(),
        db.selectFrom('agreement').select(['created_at as at']).execute(),
        db.selectFrom('agreement').select(['updated_at as at']).execute(),
        db.selectFrom('agreement').select(['signed_at as at']).execute(),
        db.selectFrom('agreement_signature').select(['signed_at as at']).execute(),
        db.selectFrom('agreement_event').select(['at']).execute(),
        db.selectFrom('contact_moment').select(['planned_at as at']).execute(),
        db
          .selectFrom('contact_moment')
          .select([sql<string | null>`to_char(held_on, 'YYYY-MM-DD')`.as('at')])
          .execute(),
        db.selectFrom('contact_moment').select(['recorded_at as at']).execute(),
        db.selectFrom('allowance_payment').select(['recorded_at as at']).execute(),
      ]);
      const dated = past.flat().flatMap((row) => (row.at === null ? [] : [dutchDay(row.at as Date | string)]));
      expect(dated.length).toBeGreaterThan(1000);
      expect(dated.filter((day) => day > expected.day)).toEqual([]);
      const cohorts = await db.selectFrom('student').select('cohort').distinct().orderBy('cohort').execute();
      expect(cohorts.map((c) => c.cohort)).toEqual([...calendar.cohorts]);

      // A second run, on another day, inserts nothing.
      expect((await seedPlacements(db, seedCalendar(addDays(expected.day, 40)))).inserted).toBe(0);
    },
    120_000,
  ); // a fresh database and the whole demo twice: slow on a busy 2-core machine

  it('leaves a database seeded with the earlier demo round (demo-roc-zadkine-2026) as it is', async () => {
    const database = await createTestDatabase<PlacementsDatabase>('seed-calendar', migrations, engine);
    databases.push(database);
    const { db } = database;
    await seedPlacements(db, seedCalendar('2026-03-01'));
    // Make it look like a database seeded before the demo's dates followed the seed day.
    await sql`insert into matching_round (id, institution_id, name, period_start, period_end, status, seed, created_by)
      select 'demo-roc-zadkine-2026', institution_id, name, period_start, period_end, status, seed, created_by
      from matching_round where id = 'demo-roc-zadkine'`.execute(db);
    await db
      .updateTable('placement')
      .set({ round_id: 'demo-roc-zadkine-2026' })
      .where('round_id', '=', 'demo-roc-zadkine')
      .execute();
    await db.deleteFrom('matching_round').where('id', '=', 'demo-roc-zadkine').execute();

    expect((await seedPlacements(db, seedCalendar('2026-12-03'))).inserted).toBe(0);
    const rounds = await db.selectFrom('matching_round').select('id').execute();
    expect(rounds.map((r) => r.id)).toEqual(['demo-roc-zadkine-2026']);
  }, 120_000);
});
