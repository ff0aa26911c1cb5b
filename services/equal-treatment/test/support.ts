import { randomUUID } from 'node:crypto';
import type { Engine } from '@stelsel/db-kit';
import { applyOnce, type DomainEvent } from '@stelsel/events';
import { createSubgraphHarness } from '@stelsel/testing';
import type { Kysely } from 'kysely';
import { createEqualTreatmentContext, type EqualTreatmentContext } from '../src/context.ts';
import { migrations } from '../src/db/migrations/index.ts';
import type { EqualTreatmentDatabase } from '../src/db/types.ts';
import type { Enrolment } from '../src/domain/book-entitlement.ts';
import { studentProfiles } from '../src/events/student-profiles.ts';
import { schema } from '../src/schema/schema.ts';
import { graphql } from './graphql.ts';

export const USER_ERROR = graphql(`fragment UserErrorFields on UserError { __typename message code field }`);

export const ZADKINE = 'roc-zadkine';
export const ALBEDA = 'albeda-college';

/** The equal-treatment subgraph over HTTP with gateway-signed callers, on one database per file. */
export function equalTreatmentSubgraph(
  engine: Engine,
  seed?: (db: Kysely<EqualTreatmentDatabase>) => Promise<unknown>,
) {
  return createSubgraphHarness<EqualTreatmentDatabase, EqualTreatmentContext>({
    name: 'equal-treatment',
    schema,
    migrations,
    engine,
    createContext: createEqualTreatmentContext,
    ...(seed ? { seed } : {}),
  });
}

/** A student as placements announces them (StudentRecorded), applied through the real consumer. */
export async function announceStudent(
  db: Kysely<EqualTreatmentDatabase>,
  studentId: string,
  institutionId: string,
  enrolment: Partial<Enrolment> = {},
): Promise<void> {
  const event: DomainEvent = {
    id: randomUUID(),
    source: 'placements',
    type: 'StudentRecorded',
    aggregateId: studentId,
    sequence: 1,
    occurredAt: new Date().toISOString(),
    payload: {
      studentId,
      institutionId,
      level: 2,
      pathway: 'BOL',
      programme: 'MBO',
      cohort: 2024,
      dateOfBirth: '2009-03-01',
      leftOn: null,
      ...enrolment,
    },
  };
  await applyOnce(db, 'equal-treatment', event, studentProfiles);
}
