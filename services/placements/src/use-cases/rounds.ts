import { randomUUID } from 'node:crypto';
import { runIdempotent } from '@stelsel/db-kit';
import { ConflictError, InputError, NotFoundError } from '@stelsel/graphql-kit';
import { countTakenSeats, findLatestPlacementsByStudents, insertPlacements } from '../db/placements.ts';
import {
  countRoundSeats,
  findEquivalentPairs,
  findPlacesForMatching,
  findResult,
  findResultsByRounds,
  findRoundStudentsForRun,
  lockPlacesForMatching,
  markDropped,
  type RoundResultRecord,
  recordAdjustment,
  replaceResults,
} from '../db/round-matching.ts';
import { findStudentsInOpenRounds, insertRound, lockRound, type RoundRecord, setRoundStatus } from '../db/rounds.ts';
import { findStudentsByIds } from '../db/students.ts';
import { ownInstitution } from '../domain/access.ts';
import {
  canonicalCrebos,
  keepWithinCapacity,
  MAX_ROUND_STUDENTS,
  MAX_SEED,
  professionalReason,
  randomSeed,
  runRound,
  studentPlacementStatus,
} from '../domain/rounds.ts';
import type { Actor, Trx } from './actor.ts';
import { createOnce } from './idempotent-create.ts';

/** Locks the round and checks it is the caller's; a round of another institution is refused, not hidden. */
export async function ownRound(trx: Trx, actor: Actor, roundId: string): Promise<RoundRecord> {
  const round = await lockRound(trx, roundId);
  if (!round) throw new NotFoundError('Deze ronde bestaat niet.', 'roundId');
  await actor.requireOwner(
    ownInstitution(round.institution_id),
    'Alleen de eigen mbo-instelling mag deze ronde beheren.',
    'roundId',
  );
  return round;
}

export function requireStatus(round: RoundRecord, allowed: RoundRecord['status'][], message: string): void {
  if (!allowed.includes(round.status)) throw new ConflictError(message, 'roundId');
}

export interface CreateRoundInput {
  name: string;
  periodStart: string;
  periodEnd: string;
  qualificationCrebos?: readonly string[] | null;
  studentIds: readonly (string | number)[];
  idempotencyKey: string;
}

/**
 * Starts a round for a group of the caller's own students; answers the new round's id. A retry with the same
 * idempotency key answers the first round's id and makes nothing new.
 */
export async function create(trx: Trx, actor: Actor, input: CreateRoundInput): Promise<string> {
  const { idempotencyKey, ...request } = input;
  return createOnce(
    trx,
    { scope: 'createMatchingRound', key: idempotencyKey, subject: actor.caller.subject, request },
    () => createRound(trx, actor, request),
  );
}

async function createRound(trx: Trx, actor: Actor, input: Omit<CreateRoundInput, 'idempotencyKey'>): Promise<string> {
  const { caller } = actor;
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) {
    throw new InputError('Geef de ronde een naam van 1 tot 200 tekens.', 'name');
  }
  // A period's end is after its start — issue 4.
  if (input.periodEnd <= input.periodStart) {
    throw new InputError('Het einde van de periode moet na het begin liggen.', 'periodEnd');
  }
  const crebos = input.qualificationCrebos ? [...new Set(input.qualificationCrebos)] : null;
  const studentIds = [...new Set(input.studentIds.map(String))];
  if (studentIds.length === 0) throw new InputError('Kies minstens één student.', 'studentIds');
  if (studentIds.length > MAX_ROUND_STUDENTS) {
    throw new InputError(`Een ronde heeft hoogstens ${MAX_ROUND_STUDENTS} studenten.`, 'studentIds');
  }
  const id = randomUUID();
  const students = await findStudentsByIds(trx, studentIds);
  if (students.length < studentIds.length) {
    throw new NotFoundError('Niet alle studenten bestaan.', 'studentIds');
  }
  // A student belongs to exactly one institution, which alone can match and place them — issue 4.
  for (const institutionId of new Set(students.map((s) => s.institution_id))) {
    await actor.requireOwner(
      ownInstitution(institutionId),
      'U kunt alleen studenten van de eigen instelling matchen.',
      'studentIds',
    );
  }
  if (crebos && students.some((s) => !crebos.includes(s.qualification_crebo))) {
    throw new InputError('Niet alle studenten volgen een kwalificatie van deze ronde.', 'studentIds');
  }
  if ((await findStudentsInOpenRounds(trx, studentIds)).length > 0) {
    throw new ConflictError('Een of meer studenten zitten al in een ronde die niet is bevestigd.', 'studentIds');
  }
  const latest = await findLatestPlacementsByStudents(trx, studentIds);
  const placed = [...latest.values()].some((placement) => {
    const status = studentPlacementStatus(
      { status: placement.status, accreditationWithdrawn: placement.accreditation_withdrawn },
      false,
    );
    return status === 'CONFIRMED' || status === 'ACCEPTED' || status === 'ACTIVE';
  });
  if (placed) throw new ConflictError('Een of meer studenten hebben al een plaats.', 'studentIds');
  await insertRound(
    trx,
    {
      id,
      institutionId: caller.organisation,
      name,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      qualificationCrebos: crebos,
      createdBy: caller.subject,
    },
    studentIds,
  );
  return id;
}

/** Checks the seed before any transaction is opened; answers the seed to use. */
export function seedOf(seed: number | null | undefined): number {
  if (seed !== null && seed !== undefined && (seed < 0 || seed > MAX_SEED)) {
    throw new InputError(`Het zaad is een geheel getal van 0 tot en met ${MAX_SEED}.`, 'seed');
  }
  return seed ?? randomSeed();
}

/** Runs the matching of a draft or run round with `seed`; a new run replaces the outcome and the adjustments. */
export async function run(trx: Trx, actor: Actor, input: { roundId: string; seed: number }): Promise<void> {
  const { roundId, seed } = input;
  const round = await ownRound(trx, actor, roundId);
  requireStatus(round, ['DRAFT', 'RUN'], 'Een bevestigde ronde kan niet opnieuw worden gedraaid.');
  const students = await findRoundStudentsForRun(trx, roundId);
  const placeIds = [...new Set(students.flatMap((s) => s.choices))];
  const [rows, taken, pairs] = await Promise.all([
    findPlacesForMatching(trx, placeIds),
    countTakenSeats(trx, placeIds),
    findEquivalentPairs(trx),
  ]);
  const places = rows.map((p) => ({
    id: p.id,
    open: p.status === 'OPEN' && p.accredited,
    crebo: p.qualification_crebo,
    level: p.level,
    pathway: p.pathway,
    accessible: p.accessible,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    // A place's capacity is never exceeded — issue 4: seats already taken are not offered again.
    seatsLeft: p.capacity - (taken.get(p.id) ?? 0),
  }));
  const { outcomes } = runRound(
    students,
    places,
    { start: round.period_start, end: round.period_end },
    seed,
    canonicalCrebos(pairs),
  );
  await replaceResults(trx, roundId, outcomes);
  await setRoundStatus(trx, roundId, 'RUN', actor.caller.subject, seed);
}

export interface AdjustInput {
  roundId: string;
  studentId: string;
  placeId: string | null;
  reason: string;
}

/** Changes one student's outcome by hand, with a professional reason that is recorded. */
export async function adjust(trx: Trx, actor: Actor, input: AdjustInput): Promise<RoundResultRecord> {
  const { roundId, studentId, placeId } = input;
  // By hand only where a professional reason exists, recorded — issue 4.
  const reason = professionalReason(input.reason);
  if (!reason) throw new InputError('Geef een professionele reden van minstens 10 tekens.', 'reason');
  const round = await ownRound(trx, actor, roundId);
  requireStatus(round, ['RUN'], 'Alleen een gedraaide, nog niet bevestigde ronde kan worden aangepast.');
  const current = await findResult(trx, roundId, studentId);
  if (!current) throw new InputError('Deze student zit niet in de ronde.', 'studentId');
  let rank: number | null = null;
  if (placeId !== null) {
    const [place] = await lockPlacesForMatching(trx, [placeId]);
    if (!place) throw new NotFoundError('Deze plaats bestaat niet.', 'placeId');
    const [student] = await findRoundStudentsForRun(trx, roundId).then((all) => all.filter((s) => s.id === studentId));
    const [details] = await findPlacesForMatching(trx, [placeId]);
    if (!student || !details) throw new Error('Student of plaats ontbreekt.');
    const check = runRound(
      [{ ...student, choices: [placeId] }],
      [
        {
          id: details.id,
          open: details.status === 'OPEN' && details.accredited,
          crebo: details.qualification_crebo,
          level: details.level,
          pathway: details.pathway,
          accessible: details.accessible,
          startsOn: details.starts_on,
          endsOn: details.ends_on,
          seatsLeft: 1,
        },
      ],
      { start: round.period_start, end: round.period_end },
      0,
      canonicalCrebos(await findEquivalentPairs(trx)),
    );
    if (check.outcomes[0]?.placeId !== placeId) {
      throw new InputError(
        'Deze plaats past niet bij de student (erkenning, kwalificatie, leerweg, niveau, periode of toegankelijkheid).',
        'placeId',
      );
    }
    const taken = (await countTakenSeats(trx, [placeId])).get(placeId) ?? 0;
    const inRound = await countRoundSeats(trx, roundId, placeId, studentId);
    // A place's capacity is never exceeded — issue 4.
    if (taken + inRound >= place.capacity) {
      throw new ConflictError('Deze plaats is vol.', 'placeId');
    }
    const position = student.choices.indexOf(placeId);
    rank = position >= 0 ? position + 1 : null;
  }
  await recordAdjustment(trx, roundId, studentId, { placeId, rank, reason, by: actor.caller.subject });
  const updated = await findResult(trx, roundId, studentId);
  if (!updated) throw new Error('De uitkomst ontbreekt.');
  return updated;
}

/** A type, not an interface: it is stored as JSON under the idempotency key. */
export type Confirmation = {
  roundId: string;
  placementIds: string[];
  droppedStudentIds: string[];
  unmatchedStudentIds: string[];
};

/**
 * Confirms a run round and makes the placements. Capacity and the places' status are checked again; a student
 * who loses the place goes on to the next round. Idempotent per key.
 */
export async function confirm(
  trx: Trx,
  actor: Actor,
  input: { roundId: string; idempotencyKey: string },
): Promise<Confirmation> {
  const { caller } = actor;
  const { roundId } = input;
  const round = await ownRound(trx, actor, roundId);
  const { value } = await runIdempotent(
    trx,
    { scope: `confirmMatchingRound:${roundId}`, key: input.idempotencyKey, subject: caller.subject },
    async (): Promise<Confirmation> => {
      requireStatus(
        round,
        ['RUN'],
        round.status === 'CONFIRMED' ? 'Deze ronde is al bevestigd.' : 'Draai de ronde eerst voordat u haar bevestigt.',
      );
      const results = await findResultsByRounds(trx, [roundId]);
      const assigned = results.flatMap((r) =>
        r.place_id === null
          ? []
          : [{ studentId: r.student_id, placeId: r.place_id, lottery: r.lottery, adjusted: r.adjusted }],
      );
      const placeIds = [...new Set(assigned.map((a) => a.placeId))];
      // Re-checked in this transaction, with the places locked: closed places and full seats drop out — issue 4.
      const places = await lockPlacesForMatching(trx, placeIds);
      const details = new Map((await findPlacesForMatching(trx, placeIds)).map((p) => [p.id, p]));
      const taken = await countTakenSeats(trx, placeIds);
      const seatsLeft = new Map(
        places.map((p) => [
          p.id,
          p.status === 'OPEN' && details.get(p.id)?.accredited ? p.capacity - (taken.get(p.id) ?? 0) : 0,
        ]),
      );
      const { kept, dropped } = keepWithinCapacity(assigned, seatsLeft);
      const companyOf = new Map(places.map((p) => [p.id, p.company_id]));
      const rows = kept.map((k) => ({
        id: randomUUID(),
        student_id: k.studentId,
        place_id: k.placeId,
        company_id: companyOf.get(k.placeId) ?? '',
        institution_id: round.institution_id,
        round_id: roundId,
        status: 'CONFIRMED' as const,
        created_by: caller.subject,
        responded_by: null,
        decline_reason: null,
        decline_explanation: null,
      }));
      await insertPlacements(trx, rows, caller.subject);
      await markDropped(
        trx,
        roundId,
        dropped.map((d) => d.studentId),
      );
      await setRoundStatus(trx, roundId, 'CONFIRMED', caller.subject);
      const placedIds = new Set(kept.map((k) => k.studentId));
      return {
        roundId,
        placementIds: rows.map((r) => r.id),
        droppedStudentIds: dropped.map((d) => d.studentId).sort(),
        unmatchedStudentIds: results
          .map((r) => r.student_id)
          .filter((id) => !placedIds.has(id))
          .sort(),
      };
    },
  );
  return value;
}
