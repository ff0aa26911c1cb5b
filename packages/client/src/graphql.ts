import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * GraphQL over HTTP to the gateway, the only public door. Documents are the typed strings that
 * GraphQL Code Generator writes per app (client preset, documentMode "string"), so no GraphQL
 * parser or printer ships to the browser.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface GraphqlErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** What came back: data may be partial; errors say which parts are missing. */
export interface GraphqlResult<TResult> {
  data: TResult | null;
  errors: readonly GraphqlErrorEntry[];
}

export type GraphqlFailureKind = 'not-logged-in' | 'unreachable' | 'refused' | 'server';

/** The request as a whole failed: nothing usable came back. Message in Dutch for the user. */
export class GraphqlRequestError extends Error {
  override name = 'GraphqlRequestError';
  constructor(
    readonly kind: GraphqlFailureKind,
    message: string,
    readonly errors: readonly GraphqlErrorEntry[] = [],
  ) {
    super(message);
  }
}

export interface GraphqlConfig {
  endpoint: string;
  /** The bearer token of the person logged in, or null. */
  getToken: () => string | null;
  fetch?: typeof fetch;
}

let current: GraphqlConfig | null = null;

/** Set once per app bundle at mount, from what the shell passes in. */
export function configureGraphql(config: GraphqlConfig): void {
  current = config;
}

function operationName(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}

export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<GraphqlResult<TResult>> {
  const config = current;
  if (!config) throw new GraphqlRequestError('server', 'De verbinding met de gateway is niet ingesteld.');
  const token = config.getToken();
  if (!token) throw new GraphqlRequestError('not-logged-in', 'U bent niet (meer) ingelogd. Log opnieuw in.');
  const query = document.toString();
  let response: Response;
  try {
    response = await (config.fetch ?? fetch)(config.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query, variables: variables ?? {}, operationName: operationName(query) }),
    });
  } catch {
    throw new GraphqlRequestError('unreachable', 'De gegevensdienst (gateway) is nu niet bereikbaar.');
  }
  type Body = { data?: TResult | null; errors?: GraphqlErrorEntry[] };
  const body = (await response.json().catch(() => null)) as Body | null;
  const errors = body?.errors ?? [];
  if (response.status === 401) {
    throw new GraphqlRequestError('not-logged-in', 'Uw sessie is verlopen of ongeldig. Log opnieuw in.', errors);
  }
  if (response.status === 403) {
    throw new GraphqlRequestError('refused', 'U heeft geen toegang tot deze gegevens.', errors);
  }
  if (!body || body.data == null) {
    const refused = errors.some((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED');
    if (refused) throw new GraphqlRequestError('refused', 'U heeft geen toegang tot deze gegevens.', errors);
    const kind: GraphqlFailureKind = response.status >= 502 && response.status <= 504 ? 'unreachable' : 'server';
    throw new GraphqlRequestError(
      kind,
      kind === 'unreachable'
        ? 'De gegevensdienst (gateway) is nu niet bereikbaar.'
        : 'De gegevens konden niet worden opgehaald.',
      errors,
    );
  }
  return { data: body.data, errors };
}

/**
 * The top-level fields of the result that are missing because of an error, so a screen can say
 * what is unavailable while showing what did come back.
 */
export function unavailableFields(errors: readonly GraphqlErrorEntry[]): string[] {
  const fields = new Set<string>();
  for (const error of errors) {
    const first = error.path?.[0];
    if (typeof first === 'string') fields.add(first);
  }
  return [...fields];
}
