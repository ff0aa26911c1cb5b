import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * GraphQL over HTTP to the gateway, the only public door. Documents are what GraphQL Code
 * Generator writes per app (client preset, persisted documents): an id (sha256 of the text) and
 * the operation's name, no query text. The app sends `{ documentId }`; the gateway knows the
 * text from the app's manifest (trusted documents). A document with text (a test's, a tool's) is
 * sent as text.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  __meta__?: Record<string, unknown> | undefined;
  toString(): string;
};

/** The body of the request: the persisted document's id, or the text for a document without one. */
export function requestBody(document: TypedDocument<unknown, unknown>, variables: unknown): Record<string, unknown> {
  const meta = document.__meta__;
  if (meta && typeof meta.hash === 'string') {
    return {
      documentId: meta.hash,
      variables: variables ?? {},
      ...(typeof meta.operationName === 'string' ? { operationName: meta.operationName } : {}),
    };
  }
  const query = document.toString();
  return { query, variables: variables ?? {}, operationName: operationName(query) };
}

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
  // Without a token the request goes as a visitor's: the gateway runs only the few documents open
  // without login (following a report by its receipt code) and answers 401 to everything else.
  const token = config.getToken();
  let response: Response;
  try {
    response = await (config.fetch ?? fetch)(config.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(requestBody(document as TypedDocument<unknown, unknown>, variables)),
    });
  } catch {
    throw new GraphqlRequestError('unreachable', 'De gegevensdienst (gateway) is nu niet bereikbaar.');
  }
  type Body = { data?: TResult | null; errors?: GraphqlErrorEntry[] };
  const body = (await response.json().catch(() => null)) as Body | null;
  const errors = body?.errors ?? [];
  if (response.status === 401) {
    throw new GraphqlRequestError(
      'not-logged-in',
      token ? 'Uw sessie is verlopen of ongeldig. Log opnieuw in.' : 'U bent niet (meer) ingelogd. Log opnieuw in.',
      errors,
    );
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
 * What the gateway said about services that did not answer (`SUBGRAPH_UNAVAILABLE`, one Dutch sentence per
 * service, e.g. "De dienst plaatsingen is nu niet bereikbaar."), so a page can name them (issue 13 §1).
 */
export function unavailableServices(errors: readonly GraphqlErrorEntry[]): string[] {
  const messages = new Map<string, string>();
  for (const error of errors) {
    if (error.extensions?.code !== 'SUBGRAPH_UNAVAILABLE') continue;
    const service = typeof error.extensions.service === 'string' ? error.extensions.service : error.message;
    // Its first sentence: "De dienst plaatsingen is nu niet bereikbaar." (the rest speaks of the API answer).
    if (!messages.has(service)) messages.set(service, error.message.replace(/^(.*?\.)\s.*$/s, '$1'));
  }
  return [...messages.values()];
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
