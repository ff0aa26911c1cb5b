import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Caller, Role } from '@stelsel/auth';
import type { GraphQLFormattedError } from 'graphql';

export interface OperationResult<Data> {
  data: Data | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/**
 * Executes operations in-process against a subgraph's real schema, as the given context's caller,
 * exactly as a request through the gateway would after the caller was verified.
 */
export function createExecutor<Context extends BaseContext>(server: ApolloServer<Context>) {
  return async <Data = Record<string, unknown>>(
    contextValue: Context,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<OperationResult<Data>> => {
    const response = await server.executeOperation<Data>(
      { query, ...(variables ? { variables } : {}) },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('Onverwacht: incrementeel antwoord');
    return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
  };
}

/** A caller of the given role; defaults match the seeded demo organisations. */
export function caller(role: Role, organisation = DEFAULT_ORGANISATION[role], subject = `${role}-test`): Caller {
  return { subject, role, organisation };
}

const DEFAULT_ORGANISATION: Record<Role, string> = {
  student: 'roc-zadkine',
  institution: 'roc-zadkine',
  company: 'kvk-90000001',
  municipality: '0599',
  ministry: 'ocw',
  sbb: 'sbb',
  partner: 'partner-demo',
};

/** The error codes of a result, for assertions on refusals. */
export function errorCodes(result: OperationResult<unknown>): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code ?? 'NONE'));
}
