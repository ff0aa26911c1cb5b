import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Stable error codes callers may rely on. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

/** A user-readable error: Dutch message, stable code and, where it applies, the field concerned. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string) {
    const status = HTTP_STATUS[code];
    super(message, {
      extensions: { code, ...(field ? { field } : {}), ...(status ? { http: { status } } : {}) },
    });
  }
}

export const forbidden = (message = 'U heeft geen toegang tot deze gegevens.', field?: string) =>
  new DomainError('FORBIDDEN', message, field);

const SAFE_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP',
  'RESULT_TOO_LARGE',
]);

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** One JSON line per event on stderr/stdout; no secrets or personal data go in here. */
export function createLogger(service: string): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, service, message, ...fields });
    if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

/** Internal errors are masked for callers and logged with a correlation id. */
export function maskError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && SAFE_CODES.has(code)) return formatted;
    const correlationId = randomUUID();
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    logger.error('interne fout', {
      correlationId,
      error: original instanceof Error ? (original.stack ?? original.message) : String(original),
    });
    return {
      message: `Er ging intern iets mis. Vermeld referentie ${correlationId} als u contact opneemt.`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}
