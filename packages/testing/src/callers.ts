import type { Caller, CallerRole } from '@stelsel/auth';
import type { GraphQLFormattedError } from 'graphql';

export interface OperationResult<Data> {
  data: Data | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/** A caller of the given role; defaults match the seeded demo organisations. */
export function caller(role: CallerRole, organisation = DEFAULT_ORGANISATION[role], subject = `${role}-test`): Caller {
  return { subject, role, organisation };
}

const DEFAULT_ORGANISATION: Record<CallerRole, string> = {
  student: 'roc-zadkine',
  institution: 'roc-zadkine',
  company: 'kvk-90000001',
  municipality: '0599',
  ministry: 'ocw',
  sbb: 'sbb',
  partner: 'partner-demo',
  // A visitor (no login) acts for nobody, as the gateway forwards it.
  visitor: '',
};

/** The error codes of a result, for assertions on refusals. */
export function errorCodes(result: OperationResult<unknown>): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code ?? 'NONE'));
}

/**
 * A mutation's answer when it is of this type (`'Agreement'`, `'InputError'`, …), typed as that member of the
 * result union; else the test fails, naming what was answered instead.
 */
export function expectType<Answer extends { __typename?: string }, Type extends NonNullable<Answer['__typename']>>(
  answer: Answer | null | undefined,
  typename: Type,
): Extract<Answer, { __typename?: Type }> {
  if (answer?.__typename !== typename) throw new Error(`Verwacht ${typename}, kreeg ${JSON.stringify(answer)}`);
  return answer as Extract<Answer, { __typename?: Type }>;
}
