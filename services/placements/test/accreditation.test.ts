import { randomUUID } from 'node:crypto';
import type { Caller } from '@stelsel/auth';
import { testEngines } from '@stelsel/db-kit/testing';
import type { Logger } from '@stelsel/graphql-kit';
import { todayInNetherlands } from '@stelsel/placements-common';
import { errorCodes, expectType } from '@stelsel/testing';
import type { VariablesOf } from 'gql.tada';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { PlacementsDatabase } from '../src/db/types.ts';
import { seedCalendar, seedPlacements } from '../src/seed/index.ts';
import { graphql } from './graphql.ts';
import { ACCREDITATIONS, placementsSubgraph, USER_ERROR } from './support.ts';

const CHANGE = graphql(
  `mutation Change($id: ID!, $status: AccreditationStatus!, $reason: String!, $key: IdempotencyKey!) {
    changeAccreditationStatus(accreditationId: $id, status: $status, reason: $reason, idempotencyKey: $key) {
      __typename
      ... on AccreditationStatusChange {
        accreditation { id status qualification { crebo } history { status by reason } }
        closedPlaces { id status closedReason qualification { crebo } }
      }
      ...UserErrorFields
    }
  }`,
  [USER_ERROR],
);
type Change = VariablesOf<typeof CHANGE>;

const PUBLISH = graphql(
  `mutation Publish($input: PlaceInput!, $key: IdempotencyKey!) {
    publishPlace(input: $input, idempotencyKey: $key) { __typename ... on Place { id status } ...UserErrorFields }
  }`,
  [USER_ERROR],
);

/** The failure test provokes an internal error on purpose; keep its log line out of the test output. */
const QUIET: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

const REASON = 'Geschorst na melding en hoor en wederhoor: onvoldoende begeleiding.';

function fromToday(days: number): string {
  const today = new Date(`${todayInNetherlands()}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

describe.each(testEngines())('accreditations on %s', (engine) => {
  const calendar = seedCalendar();
  const placements = placementsSubgraph(engine, { seed: (db) => seedPlacements(db, calendar), logger: QUIET });
  const { execute, as } = placements;
  const sbb = () => as('sbb', 'sbb', 'adviseur-sbb');

  async function accreditationsOf(companyId: string) {
    const result = await execute(sbb(), ACCREDITATIONS, { id: companyId });
    expect(result.errors).toBeUndefined();
    return result.data?.company?.accreditations ?? [];
  }

  async function accreditationId(companyId: string, crebo: string): Promise<string> {
    const found = (await accreditationsOf(companyId)).find((a) => a.qualification.crebo === crebo);
    if (!found) throw new Error(`geen erkenning ${companyId}/${crebo}`);
    return found.id;
  }

  async function change(who: Caller, variables: Omit<Change, 'reason'> & { reason?: string }) {
    const result = await execute(who, CHANGE, { reason: REASON, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data?.changeAccreditationStatus;
  }

  const count = async (
    table: 'accreditation_event' | 'outbox' | 'idempotency_key',
    db: Kysely<PlacementsDatabase> = placements.db,
  ) =>
    Number(
      (
        await db
          .selectFrom(table as 'outbox')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const placesOf = (companyId: string) =>
    placements.db
      .selectFrom('place')
      .select(['id', 'status', 'closed_reason', 'qualification_crebo'])
      .where('company_id', '=', companyId)
      .orderBy('id')
      .execute();

  it.each([
    ['company', 'kvk-90000001'],
    ['institution', 'roc-zadkine'],
    ['ministry', 'ocw'],
    ['municipality', '0599'],
    ['student', 'roc-zadkine'],
    ['partner', 'partner-demo'],
  ] as const)(
    'refuses a status change to %s (wrong role: FORBIDDEN) and writes nothing',
    async (role, organisation) => {
      const id = await accreditationId('kvk-90000001', '25655');
      const before = [await count('accreditation_event'), await count('outbox'), await count('idempotency_key')];
      const result = await execute(as(role, organisation), CHANGE, {
        id,
        status: 'WITHDRAWN',
        reason: REASON,
        key: `refuse-${role}-0001`,
      });
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect([await count('accreditation_event'), await count('outbox'), await count('idempotency_key')]).toEqual(
        before,
      );
      expect((await accreditationsOf('kvk-90000001')).find((a) => a.id === id)?.status).toBe('ACTIVE');
    },
  );

  it.each([
    [{ reason: 'Te kort' }, 'InputError', 'reason'],
    [{ reason: '         .' }, 'InputError', 'reason'],
    [{ id: '999999' }, 'NotFoundError', 'accreditationId'],
    [{ id: 'abc' }, 'NotFoundError', 'accreditationId'],
    [{ status: 'ACTIVE' }, 'ConflictError', 'status'],
  ] as Array<[Partial<Change>, string, string]>)(
    'refuses %j with a typed error on the field',
    async (overrides, typename, field) => {
      const id = await accreditationId('kvk-90000001', '25655');
      const before = await count('accreditation_event');
      const result = await change(sbb(), { id, status: 'SUSPENDED', key: `invalid-${field}-${before}`, ...overrides });
      expect(result).toMatchObject({ __typename: typename, field });
      expect(result && 'message' in result ? result.message : '').toMatch(/^[A-Z].+\.$/);
      expect(await count('accreditation_event')).toBe(before);
    },
  );

  it.each(['kort', 'met spaties erin'])('refuses the idempotency key %j at parse time', async (key) => {
    const id = await accreditationId('kvk-90000001', '25655');
    const before = await count('accreditation_event');
    const result = await execute(sbb(), CHANGE, { id, status: 'SUSPENDED', reason: REASON, key });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(/idempotentiesleutel/);
    expect(await count('accreditation_event')).toBe(before);
  });

  it('writes nothing when any step of a suspension fails', async () => {
    const id = await accreditationId('kvk-90000001', '25491');
    const placesBefore = await placesOf('kvk-90000001');
    const counts = [await count('accreditation_event'), await count('outbox'), await count('idempotency_key')];
    // The outbox write is the last step: make it fail after status, places and history were written.
    const failing = placements.db.withPlugin({
      transformQuery: (args) => {
        if (args.node.kind === 'InsertQueryNode' && args.node.into?.table.identifier.name === 'outbox') {
          throw new Error('outbox onbereikbaar (test)');
        }
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const restore = placements.swapDb(failing);
    const result = await execute(sbb(), CHANGE, {
      id,
      status: 'SUSPENDED',
      reason: REASON,
      key: 'failing-change-0001',
    });
    restore();
    expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await placesOf('kvk-90000001')).toEqual(placesBefore);
    expect([await count('accreditation_event'), await count('outbox'), await count('idempotency_key')]).toEqual(counts);
    expect((await accreditationsOf('kvk-90000001')).find((a) => a.id === id)?.status).toBe('ACTIVE');
  });

  it('suspends: closes the open places for that qualification, writes history and the outbox in one go', async () => {
    const id = await accreditationId('kvk-90000001', '25491');
    const open = (await placesOf('kvk-90000001')).filter((p) => p.status === 'OPEN');
    const affected = open.filter((p) => p.qualification_crebo === '25491').map((p) => p.id);
    const untouched = open.filter((p) => p.qualification_crebo !== '25491').map((p) => p.id);
    expect(affected.length).toBeGreaterThan(0);
    expect(untouched.length).toBeGreaterThan(0);
    const outboxBefore = await count('outbox');

    const result = expectType(
      await change(sbb(), { id, status: 'SUSPENDED', key: 'suspend-maasstad-25491' }),
      'AccreditationStatusChange',
    );
    expect(result.accreditation.status).toBe('SUSPENDED');
    expect(result.accreditation.history.at(-1)).toEqual({ status: 'SUSPENDED', by: 'adviseur-sbb', reason: REASON });
    expect(result.closedPlaces.map((p) => p.id)).toEqual(affected);
    expect(result.closedPlaces.every((p) => p.status === 'CLOSED' && p.closedReason === 'Erkenning geschorst')).toBe(
      true,
    );

    const after = await placesOf('kvk-90000001');
    for (const place of after) {
      if (untouched.includes(place.id)) expect(place.status).toBe('OPEN');
      if (affected.includes(place.id))
        expect(place).toMatchObject({ status: 'CLOSED', closed_reason: 'Erkenning geschorst' });
    }
    // The decision, and the company's training as funding needs it (CompanyTrainingRecorded).
    expect(await count('outbox')).toBe(outboxBefore + 2);
    const training = await placements.db
      .selectFrom('outbox')
      .select(['payload'])
      .where('type', '=', 'CompanyTrainingRecorded')
      .orderBy('sequence', 'desc')
      .executeTakeFirstOrThrow();
    expect(training.payload).toMatchObject({ companyId: 'kvk-90000001' });
    expect((training.payload as { accreditedCrebos: string[] }).accreditedCrebos).not.toContain('25491');
    const event = await placements.db
      .selectFrom('outbox')
      .select(['type', 'payload', 'dispatched_at'])
      .where('type', '=', 'AccreditationStatusChanged')
      .orderBy('sequence', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      type: 'AccreditationStatusChanged',
      dispatched_at: null,
      payload: {
        accreditationId: Number(id),
        companyId: 'kvk-90000001',
        qualificationCrebo: '25491',
        from: 'ACTIVE',
        to: 'SUSPENDED',
        reason: REASON,
        by: 'adviseur-sbb',
        closedPlaceIds: affected,
      },
    });

    // No new place under a suspended accreditation.
    const published = await execute(as('company', 'kvk-90000001'), PUBLISH, {
      key: randomUUID(),
      input: {
        title: 'Stage Verzorgende-IG',
        description: 'Zorg voor bewoners.',
        pathway: 'BOL',
        qualificationCrebo: '25491',
        level: 3,
        capacity: 2,
        startsOn: fromToday(30),
        endsOn: fromToday(120),
        municipalityCode: '0599',
        address: 'Maasboulevard 100',
        city: 'Rotterdam',
        hoursPerWeek: 32,
        expenseAllowance: '200.00',
      },
    });
    expect(published.data?.publishPlace).toMatchObject({ __typename: 'InputError', field: 'qualificationCrebo' });
  });

  it('answers a retry with the same key the same, and records the decision once', async () => {
    const id = await accreditationId('kvk-90000005', '25498');
    const counts = async () => [await count('accreditation_event'), await count('outbox')];
    const before = await counts();
    const first = await change(sbb(), { id, status: 'WITHDRAWN', key: 'withdraw-groene-hart-1' });
    const withdrawn = expectType(first, 'AccreditationStatusChange');
    expect(withdrawn.closedPlaces.every((p) => p.closedReason === 'Erkenning ingetrokken')).toBe(true);
    expect(withdrawn.closedPlaces.length).toBeGreaterThan(0);
    const again = await change(sbb(), { id, status: 'WITHDRAWN', key: 'withdraw-groene-hart-1' });
    expect(again).toEqual(first);
    // One decision: its history row, and two events (AccreditationStatusChanged, CompanyTrainingRecorded).
    expect(await counts()).toEqual([(before[0] ?? 0) + 1, (before[1] ?? 0) + 2]);
    const history = (await accreditationsOf('kvk-90000005')).find((a) => a.id === id)?.history ?? [];
    expect(history.filter((e) => e.status === 'WITHDRAWN')).toHaveLength(1);

    // The same key for another decision is refused, not replayed.
    const other = await change(sbb(), { id, status: 'ACTIVE', key: 'withdraw-groene-hart-1' });
    expect(other).toMatchObject({ __typename: 'InputError', field: 'idempotencyKey' });
    // A new key for the same decision is a conflict: it is withdrawn already.
    const conflict = await change(sbb(), { id, status: 'WITHDRAWN', key: 'withdraw-groene-hart-2' });
    expect(conflict).toMatchObject({ __typename: 'ConflictError', field: 'status' });
  });

  it('reinstates without reopening places; the company reopens them itself', async () => {
    const id = await accreditationId('kvk-90000005', '25498');
    const closedBefore = (await placesOf('kvk-90000005')).filter((p) => p.qualification_crebo === '25498');
    const result = await change(sbb(), {
      id,
      status: 'ACTIVE',
      reason: 'Bezwaar gegrond verklaard: de erkenning is hersteld.',
      key: 'reinstate-groene-hart-1',
    });
    expect(result).toMatchObject({ __typename: 'AccreditationStatusChange', closedPlaces: [] });
    expect(expectType(result, 'AccreditationStatusChange').accreditation.status).toBe('ACTIVE');
    const after = (await placesOf('kvk-90000005')).filter((p) => p.qualification_crebo === '25498');
    expect(after).toEqual(closedBefore);
    expect(after.every((p) => p.status === 'CLOSED')).toBe(true);
  });

  it('closes places published under an equivalent crebo, unless another active accreditation covers them', async () => {
    const company = as('company', 'kvk-90000004');
    const input: VariablesOf<typeof PUBLISH>['input'] = {
      title: 'Stage applicatieontwikkeling',
      description: 'Bouwen aan webapplicaties in een klein team.',
      pathway: 'BOL',
      qualificationCrebo: '25187',
      level: 4,
      capacity: 2,
      startsOn: fromToday(30),
      endsOn: fromToday(150),
      municipalityCode: '0344',
      address: 'Catharijnesingel 58',
      city: 'Utrecht',
      hoursPerWeek: 36,
      expenseAllowance: '300.00',
      internshipWage: '450.00',
    };
    const published = await execute(company, PUBLISH, { input, key: randomUUID() });
    const place = expectType(published.data?.publishPlace, 'Place');
    const id = await accreditationId('kvk-90000004', '25604');
    const result = expectType(
      await change(sbb(), { id, status: 'SUSPENDED', key: 'suspend-domstad-25604' }),
      'AccreditationStatusChange',
    );
    expect(result.closedPlaces.map((p) => p.qualification.crebo).sort()).toEqual(['25187', '25604', '25604']);
    expect(result.closedPlaces.map((p) => p.id)).toContain(place.id);

    // Webbureau Noorderlicht also holds the old code 25187: its places keep their ground when 25604 is suspended.
    const old = await placements.db
      .insertInto('accreditation')
      .values({ company_id: 'kvk-90000008', qualification_crebo: '25187', status: 'ACTIVE', since: '2019-01-15' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(old.id).toBeGreaterThan(0);
    const noorderlicht = await accreditationId('kvk-90000008', '25604');
    const openBefore = (await placesOf('kvk-90000008')).filter((p) => p.status === 'OPEN');
    expect(openBefore.length).toBeGreaterThan(0);
    const covered = await change(sbb(), { id: noorderlicht, status: 'SUSPENDED', key: 'suspend-noorderlicht-1' });
    expect(covered).toMatchObject({ __typename: 'AccreditationStatusChange', closedPlaces: [] });
    expect((await placesOf('kvk-90000008')).filter((p) => p.status === 'OPEN')).toEqual(openBefore);
  });
});
