import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { todayInNetherlands } from '@stelsel/placements-common';
import { errorCodes, expectType } from '@stelsel/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { reassessmentDue } from '../src/domain/accreditation.ts';
import { addDays } from '../src/domain/deadlines.ts';
import { seedCalendar, seedPlacements } from '../src/seed/index.ts';
import { HELD, PLAN } from './agreement-support.ts';
import { graphql } from './graphql.ts';
import { MAASSTAD, placementsSubgraph, USER_ERROR, ZADKINE } from './support.ts';

/** Time rules of issue 9 §5 through the API, on the demo data seeded today. */

const EXPIRED = `${MAASSTAD}-p90`;
const PLACE = graphql(`fragment TimePlace on Place { id status expired closedReason endsOn }`);
const COMPANY_PLACES = graphql('query TimeCompanyPlaces($id: ID!) { company(id: $id) { places { ...TimePlace } } }', [
  PLACE,
]);
const OPEN_PLACES = graphql('query TimeOpenPlaces { places(first: 200) { places { id } hasNextPage } }');
const REOPEN = graphql('mutation TimeReopen($id: ID!) { reopenPlace(id: $id) { __typename ...UserErrorFields } }', [
  USER_ERROR,
]);
const ACCREDITATIONS = graphql(`query TimeAccreditations($id: ID!) { company(id: $id) { accreditations {
  id status since reassessmentDue needsReassessment qualification { crebo } } } }`);
const DUE = graphql(`query TimeDue($within: Int) { accreditationsDueForReassessment(withinDays: $within) {
  id reassessmentDue needsReassessment company { id } qualification { crebo } } }`);
const MATCHES = graphql('query TimeMatches { myMatches { id status respondBy responseOverdue } }');
const RESPOND = graphql(
  `mutation TimeRespond($id: ID!, $key: IdempotencyKey!) {
    respondToMatch(placementId: $id, accept: true, idempotencyKey: $key) {
      __typename ... on Placement { id status } ...UserErrorFields } }`,
  [USER_ERROR],
);
const TASKS = graphql('query TimeTasks { myTasks { kind count } }');

describe.each(testEngines())('time rules on %s', (engine) => {
  const calendar = seedCalendar();
  const placements = placementsSubgraph(engine, { seed: (db) => seedPlacements(db, calendar) });
  const { execute, as } = placements;
  const maasstad = () => as('company', MAASSTAD, 'praktijkopleider-maasstad');
  const school = () => as('institution', ZADKINE, 'docent-zadkine');
  const sbb = () => as('sbb', 'sbb', 'adviseur-sbb');
  const today = todayInNetherlands();

  const placesOfMaasstad = async () => {
    const result = await execute(maasstad(), COMPANY_PLACES, { id: MAASSTAD });
    expect(result.errors).toBeUndefined();
    return result.data?.company?.places ?? [];
  };
  const tasks = async (context: ReturnType<typeof as>) => {
    const result = await execute(context, TASKS);
    expect(result.errors).toBeUndefined();
    return Object.fromEntries((result.data?.myTasks ?? []).map((t) => [t.kind, t.count]));
  };

  describe('a place past its end date', () => {
    it('answers CLOSED and expired with the reason, while the current places stay open', async () => {
      const places = await placesOfMaasstad();
      const expired = places.find((p) => p.id === EXPIRED);
      expect((expired?.endsOn ?? '9999-12-31') < today).toBe(true);
      expect(expired).toMatchObject({ status: 'CLOSED', expired: true });
      expect(expired?.closedReason).toBe(`Verlopen: de periode liep tot en met ${expired?.endsOn}.`);
      const current = places.filter((p) => p.id !== EXPIRED);
      expect(current.length).toBeGreaterThan(0);
      expect(current.every((p) => p.status === 'OPEN' && !p.expired && p.closedReason === null)).toBe(true);
    });

    it('is offered to no school and no student', async () => {
      // A student sees only open places of the own qualification (s001: Mbo-Verpleegkundige, Maasstad's p03).
      const open = [
        [school(), `${MAASSTAD}-p01`],
        [as('student', ZADKINE, `${ZADKINE}-s001`), `${MAASSTAD}-p03`],
      ] as const;
      for (const [context, expected] of open) {
        const result = await execute(context, OPEN_PLACES);
        expect(result.errors).toBeUndefined();
        const ids = result.data?.places?.places.map((p) => p.id) ?? [];
        expect(ids).toContain(expected);
        expect(ids).not.toContain(EXPIRED);
      }
    });

    it('cannot be reopened without new dates, and opens again once it has them', async () => {
      const refused = expectType(
        (await execute(maasstad(), REOPEN, { id: EXPIRED })).data?.reopenPlace,
        'ConflictError',
      );
      expect(refused).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(refused.message).toContain('nieuwe begin- en einddatum');
      expect(await tasks(maasstad())).toMatchObject({ RENEW_PLACES: 1 });
      // Longer ago than 60 days it is no task any more, though it still shows as expired.
      await placements.db
        .updateTable('place')
        .set({ ends_on: addDays(today, -61) })
        .where('id', '=', EXPIRED)
        .execute();
      expect(await tasks(maasstad())).toMatchObject({ RENEW_PLACES: 0 });
      expect((await placesOfMaasstad()).find((p) => p.id === EXPIRED)?.expired).toBe(true);

      await placements.db
        .updateTable('place')
        .set({ starts_on: addDays(today, 7), ends_on: addDays(today, 100) })
        .where('id', '=', EXPIRED)
        .execute();
      expect((await placesOfMaasstad()).find((p) => p.id === EXPIRED)).toMatchObject({
        status: 'OPEN',
        expired: false,
        closedReason: null,
      });
      expect(await tasks(maasstad())).toMatchObject({ RENEW_PLACES: 0 });
    });
  });

  describe('an accreditation past its reassessment date', () => {
    it('is flagged to the company, only where the date has passed', async () => {
      const result = await execute(maasstad(), ACCREDITATIONS, { id: MAASSTAD });
      const all = result.data?.company?.accreditations ?? [];
      expect(all.length).toBeGreaterThan(1);
      for (const a of all) expect(a.needsReassessment).toBe(a.reassessmentDue < today);
      expect(all.filter((a) => a.needsReassessment)).toHaveLength(1);
      expect(await tasks(maasstad())).toMatchObject({ REASSESSMENT_DUE: 1 });
    });

    it('is listed for SBB, overdue ones by default and those due within a year when asked', async () => {
      const overdue = await execute(sbb(), DUE, {});
      expect(overdue.errors).toBeUndefined();
      const list = overdue.data?.accreditationsDueForReassessment ?? [];
      expect(list.some((a) => a.company.id === MAASSTAD)).toBe(true);
      expect(list.every((a) => a.needsReassessment && a.reassessmentDue < today)).toBe(true);

      const year = await execute(sbb(), DUE, { within: 365 });
      const ahead = year.data?.accreditationsDueForReassessment ?? [];
      expect(ahead.length).toBeGreaterThanOrEqual(list.length);
      expect(ahead.every((a) => a.reassessmentDue <= addDays(today, 365))).toBe(true);
      // Every active accreditation due within the year is there: counted independently from the table.
      const { rows } = await sql<{ since: string }>`select to_char(since, 'YYYY-MM-DD') as since
        from accreditation where status = 'ACTIVE'`.execute(placements.db);
      expect(ahead).toHaveLength(rows.filter((r) => reassessmentDue(r.since) <= addDays(today, 365)).length);
    });

    it('is for SBB only, and asks a sensible window', async () => {
      expect(errorCodes(await execute(maasstad(), DUE, {}))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(school(), DUE, {}))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(sbb(), DUE, { within: 400 }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('a match has a response deadline', () => {
    const matches = async () => (await execute(maasstad(), MATCHES)).data?.myMatches ?? [];

    it('shows the last day; the demo match Maasstad answers runs out in three days', async () => {
      const waiting = (await matches()).filter((m) => m.status === 'CONFIRMED');
      expect(waiting.map((m) => m.respondBy)).toContain(addDays(calendar.today, 3));
      for (const m of await matches()) expect(m.responseOverdue).toBe(m.status === 'CONFIRMED' && m.respondBy < today);
      expect((await tasks(maasstad())).ANSWER_MATCHES).toBe(waiting.filter((m) => !m.responseOverdue).length);
    });

    it('refuses an answer after the last day, with a Dutch message on the field, and counts it for the school', async () => {
      const [match] = (await matches()).filter((m) => m.status === 'CONFIRMED');
      if (!match) throw new Error('geen wachtende match');
      const before = (await tasks(school())).OVERDUE_MATCHES ?? 0;
      await placements.db
        .updateTable('placement')
        .set({ respond_by: addDays(today, -1) })
        .where('id', '=', match.id)
        .execute();
      const refused = expectType(
        (await execute(maasstad(), RESPOND, { id: match.id, key: 'time-test-late-1' })).data?.respondToMatch,
        'ConflictError',
      );
      expect(refused).toMatchObject({ code: 'CONFLICT', field: 'placementId' });
      expect(refused.message).toContain(`uiterlijk ${addDays(today, -1)}`);
      expect((await matches()).find((m) => m.id === match.id)).toMatchObject({
        status: 'CONFIRMED',
        responseOverdue: true,
      });
      expect((await tasks(school())).OVERDUE_MATCHES).toBe(before + 1);

      // On the last day itself the company still answers.
      await placements.db.updateTable('placement').set({ respond_by: today }).where('id', '=', match.id).execute();
      const accepted = await execute(maasstad(), RESPOND, { id: match.id, key: 'time-test-late-2' });
      expect(expectType(accepted.data?.respondToMatch, 'Placement').status).toBe('ACCEPTED');
    });
  });

  describe('a contact moment held before its planned date', () => {
    it('is refused months ahead without a reason on heldOn, and accepted with one', async () => {
      const agreement = await placements.db
        .selectFrom('agreement')
        .select(['id', 'company_id'])
        .where('status', '=', 'SIGNED')
        .where('ends_on', '>', sql<Date>`${addDays(today, 60)}::date`)
        .executeTakeFirst();
      if (!agreement) throw new Error('geen lopende ondertekende overeenkomst in de demo');
      const company = as('company', agreement.company_id);
      const planned = await execute(company, PLAN, {
        id: agreement.id,
        kind: 'INTERIM',
        on: addDays(today, 45),
        mode: 'VIDEO',
        key: randomUUID(),
      });
      const { id } = expectType(planned.data?.planContactMoment, 'ContactMoment');
      const held = async (notes: string | null) =>
        (await execute(company, HELD, { id, on: today, mode: 'VIDEO', notes })).data?.recordContactMoment;
      const refused = expectType(await held('Goed'), 'InputError');
      expect(refused.field).toBe('heldOn');
      expect(refused.message).toContain(`45 dagen vóór de geplande datum (${addDays(today, 45)})`);
      const accepted = await held('Vervroegd: de praktijkopleider is in januari met verlof.');
      expect(expectType(accepted, 'ContactMoment').id).toBe(id);
    });
  });

  describe('what to do now', () => {
    it('lists every task of the role, with counts, and refuses roles without tasks', async () => {
      expect(Object.keys(await tasks(maasstad()))).toEqual([
        'ANSWER_MATCHES',
        'SIGN_AGREEMENTS',
        'RECORD_CONTACT_MOMENTS',
        'RENEW_PLACES',
        'REASSESSMENT_DUE',
      ]);
      expect(Object.keys(await tasks(school()))).toEqual([
        'DRAW_UP_AGREEMENTS',
        'SIGN_AGREEMENTS',
        'RECORD_CONTACT_MOMENTS',
        'OVERDUE_MATCHES',
      ]);
      expect(errorCodes(await execute(sbb(), TASKS))).toEqual(['FORBIDDEN']);
    });

    it('counts agreements waiting for the caller’s own signature and moments past their date', async () => {
      const own = await placements.db
        .selectFrom('agreement')
        .select(['id', 'student_id', 'version'])
        .where('status', 'in', ['DRAFT', 'SIGNING'])
        .where('institution_id', '=', ZADKINE)
        .execute();
      const signed = await placements.db.selectFrom('agreement_signature').selectAll().execute();
      const unsignedBy = (party: string) =>
        own.filter((a) => !signed.some((s) => s.agreement_id === a.id && s.party === party && s.version === a.version));
      expect((await tasks(school())).SIGN_AGREEMENTS).toBe(unsignedBy('INSTITUTION').length);
      const student = unsignedBy('STUDENT')[0]?.student_id;
      if (student) expect(await tasks(as('student', ZADKINE, student))).toEqual({ SIGN_AGREEMENTS: 1 });

      const moment = await placements.db
        .selectFrom('contact_moment')
        .innerJoin('agreement', 'agreement.id', 'contact_moment.agreement_id')
        .select(['contact_moment.id', 'agreement.company_id'])
        .where('contact_moment.held_on', 'is', null)
        .where('agreement.status', '!=', 'SUPERSEDED')
        .executeTakeFirst();
      if (!moment) throw new Error('geen gepland contactmoment in de demo');
      const before = (await tasks(as('company', moment.company_id))).RECORD_CONTACT_MOMENTS ?? 0;
      await placements.db
        .updateTable('contact_moment')
        .set({ planned_on: addDays(today, -1) })
        .where('id', '=', moment.id)
        .execute();
      expect((await tasks(as('company', moment.company_id))).RECORD_CONTACT_MOMENTS).toBe(before + 1);
    });
  });
});
