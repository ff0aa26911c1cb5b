import { configureGraphql } from './graphql.ts';

export interface SentOperation {
  operationName: string;
  /** The persisted document's id, as the apps send it. */
  documentId?: string;
  /** The text, only for documents without an id (the apps send none). */
  query?: string;
  variables: Record<string, unknown>;
}

type Answer = (operation: SentOperation) => unknown;

/**
 * A stand-in for the gateway in component tests: answers each operation (by name, or with one function)
 * through the real
 * GraphQL client (so the app's own request code runs), and records what was sent. An answer that
 * throws is a network failure.
 */
export function fakeGateway(
  answers: Record<string, Answer> | Answer,
  options: {
    /** The app's `persisted-documents.json`: an id sent is recorded with its text, as the gateway resolves it. */
    documents?: Record<string, string>;
  } = {},
) {
  const sent: SentOperation[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const operation = JSON.parse(String(init?.body)) as SentOperation;
    if (operation.documentId && operation.query === undefined && options.documents) {
      const text = options.documents[operation.documentId];
      if (text === undefined) throw new Error(`Onbekend document ${operation.documentId}`);
      operation.query = text;
    }
    sent.push(operation);
    const answer = typeof answers === 'function' ? answers : answers[operation.operationName];
    if (!answer) throw new Error(`Onverwachte operatie ${operation.operationName}`);
    const data = answer(operation);
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  configureGraphql({ endpoint: 'http://gateway.test/graphql', getToken: () => 'token', fetch });
  return { sent, of: (name: string) => sent.filter((s) => s.operationName === name) };
}
