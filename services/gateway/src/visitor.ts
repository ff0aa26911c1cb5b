import { type Caller, VISITOR_ROLE } from '@stelsel/auth';
import { getOperationAST, Kind, parse } from 'graphql';

/**
 * The top-level fields a visitor (a request without any token) may query: following a report of
 * internship discrimination with its receipt code (issue 10: "without logging in again"). Nothing
 * else on the platform is open without a login.
 */
export const VISITOR_FIELDS: ReadonlySet<string> = new Set(['reportByReceipt']);

/**
 * A visitor sends the id of a shipped document and its variables, nothing more: bodies over this
 * size (or of unknown size) are not read, and the request is refused as before (401).
 */
export const VISITOR_MAX_BODY_BYTES = 4_096;

/** The caller the gateway forwards for a visitor; the subject names the client address (its own budgets). */
export function visitorCaller(address: string): Caller {
  return { subject: `bezoeker:${address}`, role: VISITOR_ROLE, organisation: '' };
}

/** What the gateway's parser would have made of a visitor's request: only a document id, never text. */
export interface VisitorParams {
  documentId: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function paramsOf(raw: Record<string, unknown>): VisitorParams | null {
  if (raw.query !== undefined && raw.query !== null) return null;
  const extensions = isRecord(raw.extensions) ? raw.extensions : undefined;
  const persisted = isRecord(extensions?.persistedQuery) ? extensions.persistedQuery : undefined;
  const documentId =
    typeof raw.documentId === 'string'
      ? raw.documentId
      : typeof persisted?.sha256Hash === 'string'
        ? persisted.sha256Hash
        : null;
  if (!documentId) return null;
  const variables = raw.variables ?? undefined;
  if (variables !== undefined && !isRecord(variables)) return null;
  return {
    documentId,
    ...(typeof raw.operationName === 'string' ? { operationName: raw.operationName } : {}),
    ...(variables ? { variables } : {}),
    ...(extensions ? { extensions } : {}),
  };
}

/**
 * Reads a token-less request as a visitor's: a GET with `documentId` (and JSON `variables`), or a
 * small JSON POST with a known length. Anything else (query text, a large or unsized body, bad JSON)
 * answers null, and the edge refuses the request as not logged in, without parsing any document.
 */
export async function visitorParams(request: Request): Promise<VisitorParams | null> {
  try {
    if (request.method === 'GET') {
      const search = new URL(request.url).searchParams;
      const raw: Record<string, unknown> = {};
      for (const name of ['documentId', 'operationName', 'query'] as const) {
        const value = search.get(name);
        if (value !== null) raw[name] = value;
      }
      for (const name of ['variables', 'extensions'] as const) {
        const value = search.get(name);
        if (value !== null) raw[name] = JSON.parse(value);
      }
      return paramsOf(raw);
    }
    if (request.method !== 'POST') return null;
    const length = request.headers.get('content-length');
    if (length === null || !/^\d+$/.test(length) || Number(length) > VISITOR_MAX_BODY_BYTES) return null;
    if (!(request.headers.get('content-type') ?? '').includes('json')) return null;
    const text = await request.text();
    if (text.length > VISITOR_MAX_BODY_BYTES) return null;
    const raw: unknown = JSON.parse(text);
    return isRecord(raw) ? paramsOf(raw) : null;
  } catch {
    return null;
  }
}

/**
 * Whether a shipped document is open to visitors: one query whose every top-level field is in
 * `VISITOR_FIELDS`. Only trusted text (the apps' manifests) is parsed here, once per id.
 */
export function visitorDocuments(resolve: (id: string) => Promise<string | null>): (id: string) => Promise<boolean> {
  const verdicts = new Map<string, boolean>();
  return async (id) => {
    const known = verdicts.get(id);
    if (known !== undefined) return known;
    const text = await resolve(id);
    if (text === null) return false;
    let open = false;
    try {
      const document = parse(text);
      const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const operation = operations.length === 1 ? getOperationAST(document) : null;
      open =
        operation?.operation === 'query' &&
        operation.selectionSet.selections.every(
          (selection) =>
            selection.kind === Kind.FIELD &&
            (VISITOR_FIELDS.has(selection.name.value) || selection.name.value === '__typename'),
        ) &&
        operation.selectionSet.selections.some(
          (selection) => selection.kind === Kind.FIELD && VISITOR_FIELDS.has(selection.name.value),
        );
    } catch {
      open = false;
    }
    verdicts.set(id, open);
    return open;
  };
}
