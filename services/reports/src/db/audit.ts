import type { Caller } from '@stelsel/auth';
import type { Kysely } from 'kysely';
import type { ReportsDatabase } from './types.ts';

export type AuditAction = 'READ' | 'CREATE' | 'UPDATE';

/**
 * Writes who did what to which record. Every read of a case is logged — DOMAIN §2 (design rule).
 * Pass the transaction of the read or change so the entry and the action stand or fall together.
 */
export async function recordAudit(
  db: Kysely<ReportsDatabase>,
  caller: Caller,
  action: AuditAction,
  entity: string,
  entityId: string,
  fields: readonly string[] = [],
): Promise<{ id: string; at: Date }> {
  return db
    .insertInto('audit_log')
    .values({
      subject: caller.subject,
      role: caller.role,
      organisation: caller.organisation,
      action,
      entity,
      entity_id: entityId,
      fields: [...fields],
    })
    .returning(['id', 'at'])
    .executeTakeFirstOrThrow();
}
