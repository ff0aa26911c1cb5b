import { createHash } from 'node:crypto';
import { runIdempotent } from '@stelsel/db-kit';
import type { Transaction } from 'kysely';
import { InputError } from './user-errors.ts';

/** What a create stores under its idempotency key: the new row's id and a fingerprint of the request. */
type StoredCreate = { id: string; request: string };

/** A stable fingerprint of a request: the same input in any key order answers the same. */
export function fingerprint(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, field]) => field !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, field]) => [k, canonical(field)]),
      );
    }
    return typeof v === 'bigint' ? v.toString() : v;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
}

/**
 * Runs a create once per (scope, key, caller) inside the mutation's transaction: a retry with the same key
 * answers the id of the first create and makes nothing new; the same key with another request is refused.
 */
export async function createOnce<DB>(
  trx: Transaction<DB>,
  options: { scope: string; key: string; subject: string; request: unknown },
  create: () => Promise<string>,
): Promise<string> {
  const request = fingerprint(options.request);
  const { value } = await runIdempotent(
    trx,
    { scope: options.scope, key: options.key, subject: options.subject },
    async (): Promise<StoredCreate> => ({ id: await create(), request }),
  );
  // The same key for another request is a mistake by the caller, not a retry.
  if (value.request !== request) {
    throw new InputError(
      'Deze idempotencyKey is al gebruikt voor een andere aanvraag; gebruik een nieuwe.',
      'idempotencyKey',
    );
  }
  return value.id;
}
