import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { ValidAgreement } from '../domain/agreements.ts';
import type {
  AgreementEventKind,
  AgreementEventTable,
  AgreementParty,
  AgreementSignatureTable,
  AgreementStatus,
  Pathway,
  PlacementsDatabase,
} from './types.ts';

type Db = Kysely<PlacementsDatabase> | Transaction<PlacementsDatabase>;

/** An agreement with its dates as `JJJJ-MM-DD` text (never a Date, whose time zone could shift the day). */
function selectAgreements(db: Db) {
  return db
    .selectFrom('agreement')
    .selectAll()
    .select([
      sql<string>`to_char(agreement.starts_on, 'YYYY-MM-DD')`.as('starts_on'),
      sql<string>`to_char(agreement.ends_on, 'YYYY-MM-DD')`.as('ends_on'),
    ]);
}

export type AgreementRecord = Awaited<ReturnType<ReturnType<typeof selectAgreements>['execute']>>[number];
export type SignatureRecord = Selectable<AgreementSignatureTable>;
export type AgreementEventRecord = Selectable<AgreementEventTable>;

export function findAgreementsByIds(db: Db, ids: readonly string[]): Promise<AgreementRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectAgreements(db).where('id', 'in', ids).execute();
}

/** Locks the agreement until the transaction ends, so two signatures or edits cannot interleave. */
export function lockAgreement(trx: Transaction<PlacementsDatabase>, id: string): Promise<AgreementRecord | undefined> {
  return selectAgreements(trx).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The current (not superseded) agreement of each placement. */
export function findCurrentAgreementsByPlacements(db: Db, placementIds: readonly string[]): Promise<AgreementRecord[]> {
  if (placementIds.length === 0) return Promise.resolve([]);
  return selectAgreements(db).where('placement_id', 'in', placementIds).where('status', '<>', 'SUPERSEDED').execute();
}

/** Every SIGNED agreement of an institution's students, oldest start first. */
export function findSignedAgreementsOfInstitution(db: Db, institutionId: string): Promise<AgreementRecord[]> {
  return selectAgreements(db)
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'SIGNED')
    .orderBy('agreement.starts_on')
    .orderBy('id')
    .execute();
}

export function findSignaturesByAgreements(db: Db, ids: readonly string[]): Promise<SignatureRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agreement_signature')
    .selectAll()
    .where('agreement_id', 'in', ids)
    .orderBy('signed_at')
    .execute();
}

export function findEventsByAgreements(db: Db, ids: readonly string[]): Promise<AgreementEventRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('agreement_event').selectAll().where('agreement_id', 'in', ids).orderBy('id').execute();
}

export async function recordEvent(
  trx: Transaction<PlacementsDatabase>,
  event: {
    agreementId: string;
    by: string;
    what: AgreementEventKind;
    version: number;
    party?: AgreementParty | null;
    detail?: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('agreement_event')
    .values({
      agreement_id: event.agreementId,
      by: event.by,
      what: event.what,
      version: event.version,
      party: event.party ?? null,
      detail: event.detail ?? null,
    })
    .execute();
}

export async function insertAgreement(
  trx: Transaction<PlacementsDatabase>,
  row: ValidAgreement & {
    id: string;
    placement_id: string;
    student_id: string;
    company_id: string;
    institution_id: string;
    pathway: Pathway;
  },
  by: string,
): Promise<void> {
  await trx
    .insertInto('agreement')
    .values({ ...row, status: 'DRAFT', created_by: by, updated_by: by })
    .execute();
  await recordEvent(trx, { agreementId: row.id, by, what: 'DRAFTED', version: 1 });
}

/** Edits a draft: a new version; signatures given to the old version lapse (kept in the history). */
export async function updateAgreementContent(
  trx: Transaction<PlacementsDatabase>,
  agreement: AgreementRecord,
  content: ValidAgreement,
  by: string,
): Promise<void> {
  const version = agreement.version + 1;
  const lapsed = await trx
    .deleteFrom('agreement_signature')
    .where('agreement_id', '=', agreement.id)
    .returning('party')
    .execute();
  await trx
    .updateTable('agreement')
    .set({ ...content, version, status: 'DRAFT', updated_at: sql<string>`now()`, updated_by: by })
    .where('id', '=', agreement.id)
    .execute();
  await recordEvent(trx, { agreementId: agreement.id, by, what: 'EDITED', version });
  if (lapsed.length > 0) {
    await recordEvent(trx, {
      agreementId: agreement.id,
      by,
      what: 'SIGNATURES_RESET',
      version,
      detail: `Handtekeningen vervallen na wijziging: ${lapsed.map((s) => s.party).join(', ')}.`,
    });
  }
}

/** Marks the student's other current agreements SUPERSEDED by the new one; returns their ids. */
export async function supersedeOtherAgreements(
  trx: Transaction<PlacementsDatabase>,
  studentId: string,
  newAgreementId: string,
  by: string,
): Promise<string[]> {
  const old = await trx
    .updateTable('agreement')
    .set({ status: 'SUPERSEDED', superseded_by: newAgreementId, updated_at: sql<string>`now()`, updated_by: by })
    .where('student_id', '=', studentId)
    .where('id', '<>', newAgreementId)
    .where('status', '<>', 'SUPERSEDED')
    .returning(['id', 'version'])
    .execute();
  for (const agreement of old) {
    await recordEvent(trx, {
      agreementId: agreement.id,
      by,
      what: 'SUPERSEDED',
      version: agreement.version,
      detail: `Vervangen door overeenkomst ${newAgreementId}.`,
    });
  }
  return old.map((a) => a.id);
}

/** Adds one party's signature (a second by the same party changes nothing) and returns the parties signed. */
export async function addSignature(
  trx: Transaction<PlacementsDatabase>,
  agreement: AgreementRecord,
  party: AgreementParty,
  by: string,
  note: string | null,
): Promise<{ added: boolean; signed: AgreementParty[] }> {
  const inserted = await trx
    .insertInto('agreement_signature')
    .values({ agreement_id: agreement.id, party, version: agreement.version, signed_by: by, note })
    .onConflict((oc) => oc.columns(['agreement_id', 'party']).doNothing())
    .returning('party')
    .execute();
  if (inserted.length > 0) {
    await recordEvent(trx, {
      agreementId: agreement.id,
      by,
      what: 'SIGNED',
      version: agreement.version,
      party,
      detail: note,
    });
  }
  const signed = await trx
    .selectFrom('agreement_signature')
    .select('party')
    .where('agreement_id', '=', agreement.id)
    .execute();
  return { added: inserted.length > 0, signed: signed.map((s) => s.party) };
}

export async function setAgreementStatus(
  trx: Transaction<PlacementsDatabase>,
  agreement: AgreementRecord,
  status: AgreementStatus,
  by: string,
): Promise<void> {
  if (status === agreement.status) return;
  await trx
    .updateTable('agreement')
    .set({ status, ...(status === 'SIGNED' ? { signed_at: sql<string>`now()` } : {}) })
    .where('id', '=', agreement.id)
    .execute();
  if (status === 'SIGNED') {
    await recordEvent(trx, { agreementId: agreement.id, by, what: 'FULLY_SIGNED', version: agreement.version });
  }
}
