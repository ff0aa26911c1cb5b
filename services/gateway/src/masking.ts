import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';

/**
 * Codes of deliberate refusals: they reach the caller with their Dutch message. Subgraphs mask
 * their own internal errors, so their refusals arrive here with one of these codes.
 */
export const REFUSAL_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_DOCUMENT_REQUIRED',
  'PERSISTED_DOCUMENT_NOT_FOUND',
  'TOKEN_EXPIRED',
  'TOKEN_INVALID',
  'RATE_LIMITED',
  'REQUEST_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_MANY_ALIASES',
  'QUERY_TOO_MANY_TOKENS',
  'QUERY_TOO_MANY_DIRECTIVES',
  'QUERY_TOO_COSTLY',
  'COST_BUDGET_EXCEEDED',
  'TOO_MANY_CONCURRENT_REQUESTS',
  'RESULT_TOO_LARGE',
  'INTROSPECTION_DISABLED',
  'SERVICE_UNAVAILABLE',
  'SUBGRAPH_UNAVAILABLE',
]);

/** Extensions a caller may see; everything else (subgraph URLs, requests, responses) stays inside. */
const PUBLIC_EXTENSIONS = [
  'code',
  'field',
  'limit',
  'cost',
  'service',
  'serviceName',
  'correlationId',
  'http',
] as const;

function publicExtensions(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const name of PUBLIC_EXTENSIONS) if (extensions?.[name] !== undefined) kept[name] = extensions[name];
  return kept;
}

/** The deliberate refusal inside an error, if any: the gateway wraps subgraph errors in its own. */
function findRefusal(error: unknown, depth = 0): GraphQLError | undefined {
  if (depth > 5 || !error || typeof error !== 'object') return undefined;
  if (error instanceof GraphQLError) {
    const code = error.extensions?.code;
    if (typeof code === 'string' && REFUSAL_CODES.has(code) && !/[a-z]+:\/\//i.test(error.message)) return error;
  }
  const inner = (error as { originalError?: unknown }).originalError;
  if (inner) {
    const found = findRefusal(inner, depth + 1);
    if (found) return found;
  }
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors)) {
    for (const e of errors) {
      const found = findRefusal(e, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * graphql-js refuses a variable of the wrong type with a request error ('Variable "$x" got
 * invalid value …'); that is the caller's input, not an internal failure.
 */
function variableCoercion(error: GraphQLError | undefined): GraphQLError | undefined {
  if (!error || error.path) return undefined;
  const name = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" /.exec(error.message)?.[1];
  if (!name || /[a-z]+:\/\//i.test(error.message)) return undefined;
  const reason = (error.originalError?.message ?? error.message.replace(/^Variable "[^"]+" /, '')).replace(
    /^Expected type "[^"]+"\. (?=\S)/,
    '',
  );
  return new GraphQLError(`Ongeldige waarde voor variabele $${name}: ${reason}`, {
    nodes: error.nodes,
    extensions: { code: 'BAD_USER_INPUT', field: name },
  });
}

export interface ErrorLog {
  error(message: string, fields: Record<string, unknown>): void;
}

/**
 * The gateway's error masking: refusals keep their code and Dutch message; everything else is
 * replaced by one Dutch sentence with a correlation id, and the original goes to the log under
 * that id. No subgraph URL, subgraph query or stack trace reaches the caller.
 */
export function createErrorMasker(log: ErrorLog) {
  return (error: unknown): Error => {
    const outer = error instanceof GraphQLError ? error : undefined;
    const refusal = findRefusal(error);
    if (refusal) {
      const clean = Object.keys(refusal.extensions ?? {}).every((name) =>
        (PUBLIC_EXTENSIONS as readonly string[]).includes(name),
      );
      if (refusal === outer && clean) return outer;
      return new GraphQLError(refusal.message, {
        nodes: outer?.nodes ?? refusal.nodes,
        path: outer?.path ?? refusal.path,
        extensions: publicExtensions(refusal.extensions),
      });
    }
    const coercion = variableCoercion(outer);
    if (coercion) return coercion;
    const correlationId = randomUUID();
    const original = outer?.originalError ?? error;
    log.error('onverwachte fout', {
      correlationId,
      path: outer?.path?.join('.'),
      error: original instanceof Error ? (original.stack ?? original.message) : String(original),
      extensions: outer?.extensions,
    });
    return new GraphQLError(`Er ging onverwacht iets mis. Vermeld kenmerk ${correlationId} als u contact opneemt.`, {
      nodes: outer?.nodes,
      path: outer?.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    });
  };
}
