import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyMigration, runIdempotent } from '../src/idempotency.ts';
import { createTestDatabase, testEngines } from '../src/testing.ts';

interface DB {
  signature: { id: string };
}

describe.each(testEngines())('idempotency keys on %s', (engine) => {
  let database: Awaited<ReturnType<typeof createTestDatabase<DB>>>;
  beforeAll(async () => {
    database = await createTestDatabase<DB>(
      'idem',
      {
        '0001_idempotency': idempotencyMigration,
        '0002_signature': {
          async up(db: Kysely<unknown>) {
            await db.schema
              .createTable('signature')
              .addColumn('id', 'text', (c) => c.primaryKey())
              .execute();
          },
        },
      },
      engine,
    );
  });
  afterAll(async () => database?.close());

  const sign = (key: string | null, id: string, subject = 'docent-zadkine') =>
    database.db.transaction().execute((trx) =>
      runIdempotent(trx, { scope: 'sign', key, subject }, async () => {
        await trx.insertInto('signature').values({ id }).execute();
        return { id };
      }),
    );
  const count = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from signature`.execute(database.db)).rows[0]?.n);

  it('does the work once and replays the first result for a retry', async () => {
    expect(await sign('retry-key-0001', 'a')).toEqual({ value: { id: 'a' }, replayed: false });
    expect(await sign('retry-key-0001', 'b')).toEqual({ value: { id: 'a' }, replayed: true });
    expect(await count()).toBe(1);
  });

  it('keeps keys apart per subject, and runs every time without a key', async () => {
    expect((await sign('retry-key-0001', 'c', 'iemand-anders')).replayed).toBe(false);
    await sign(null, 'd');
    await sign(null, 'e');
    expect(await count()).toBe(4);
  });

  it('forgets the key when the work fails, so a retry can succeed', async () => {
    await expect(sign('retry-key-0002', 'a')).rejects.toThrow();
    expect(await sign('retry-key-0002', 'f')).toEqual({ value: { id: 'f' }, replayed: false });
  });

  it('serves two concurrent requests with the same key exactly once', async () => {
    const results = await Promise.all([sign('retry-key-0003', 'g'), sign('retry-key-0003', 'h')]);
    expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
    expect(results[0]?.value).toEqual(results[1]?.value);
  });
});
