import { type Kysely, type Migration, sql, type Transaction } from 'kysely';

/**
 * Writes a user may retry (signing, submitting, confirming) carry an idempotency key: the first
 * request does the work and records its result under (scope, key) in the same transaction; a retry
 * with the same key gets that result back and changes nothing.
 */
export const idempotencyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('idempotency_key')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('result', 'jsonb')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('idempotency_key_pk', ['scope', 'key', 'subject'])
      .execute();
  },
};

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Runs `work` once per (scope, key, subject). Must be called inside the mutation's transaction.
 * Without a key the work simply runs. Concurrent retries wait on the row lock of the first.
 */
export async function runIdempotent<DB, T extends JsonValue>(
  trx: Transaction<DB>,
  options: { scope: string; key: string | null | undefined; subject: string },
  work: () => Promise<T>,
): Promise<{ value: T; replayed: boolean }> {
  if (!options.key) return { value: await work(), replayed: false };
  const inserted = await sql<{ key: string }>`
    insert into idempotency_key (scope, key, subject) values (${options.scope}, ${options.key}, ${options.subject})
    on conflict do nothing returning key`.execute(trx);
  if (inserted.rows.length === 0) {
    const stored = await sql<{ result: T }>`
      select result from idempotency_key
      where scope = ${options.scope} and key = ${options.key} and subject = ${options.subject}`.execute(trx);
    return { value: stored.rows[0]?.result as T, replayed: true };
  }
  const value = await work();
  await sql`update idempotency_key set result = ${JSON.stringify(value)}::jsonb
    where scope = ${options.scope} and key = ${options.key} and subject = ${options.subject}`.execute(trx);
  return { value, replayed: false };
}
