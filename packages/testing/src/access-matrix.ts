import { type CallerRole, ROLES, VISITOR_ROLE } from '@stelsel/auth';
import type { GraphQLSchema } from 'graphql';
import { expect } from 'vitest';
import { errorCodes, type OperationResult } from './callers.ts';

/**
 * One operation of a subgraph's access matrix: who may call it (written out from the issue, not read from the
 * code) and how to call it as a role. Allowed means "not refused" (the answer may still be a typed error, an
 * empty list or null); refused is the `FORBIDDEN` error.
 */
export interface MatrixOperation {
  name: string;
  /** `'all'`: every logged-in role; `'everyone'`: a visitor without login too. */
  allowed: readonly CallerRole[] | 'all' | 'everyone';
  run: (as: CallerRole) => Promise<OperationResult<unknown>>;
}

/** Every caller an access matrix checks: each role, and a visitor without login. */
export const MATRIX_CALLERS: readonly CallerRole[] = [...ROLES, VISITOR_ROLE];

/** Fails when an operation of the schema has no entry, so a new query or mutation needs its line. */
export function expectEveryOperationListed(schema: GraphQLSchema, operations: readonly MatrixOperation[]): void {
  const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    Object.keys(type?.getFields() ?? {}).filter((f) => !f.startsWith('_')),
  );
  expect(operations.map((o) => o.name).sort()).toEqual(fields.sort());
}

/** Runs every operation as the role and fails naming what was refused wrongly or allowed wrongly. */
export async function expectAccessOf(role: CallerRole, operations: readonly MatrixOperation[]): Promise<void> {
  const refusedWrongly: string[] = [];
  const allowedWrongly: string[] = [];
  for (const operation of operations) {
    const refused = errorCodes(await operation.run(role)).includes('FORBIDDEN');
    const mayDo =
      operation.allowed === 'everyone' ||
      (operation.allowed === 'all' ? role !== VISITOR_ROLE : operation.allowed.includes(role));
    if (mayDo && refused) refusedWrongly.push(operation.name);
    if (!mayDo && !refused) allowedWrongly.push(operation.name);
  }
  expect({ refusedWrongly, allowedWrongly }).toEqual({ refusedWrongly: [], allowedWrongly: [] });
}
