import { describe, expect, it, vi } from 'vitest';
import {
  configureGraphql,
  GraphqlRequestError,
  graphqlRequest,
  type TypedDocument,
  unavailableFields,
  unavailableServices,
} from './graphql.ts';

const query = 'query Summary { allocationSummary(scheme: SALARISMIX) { sum } municipality(code: "0599") { name } }';
const document = query as unknown as TypedDocument<
  { allocationSummary: { sum: string } | null; municipality: { name: string } | null },
  Record<string, never>
>;

function respond(status: number, body: unknown) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

describe('graphqlRequest', () => {
  it('sends the document with the bearer token and the operation name', async () => {
    const fetch = respond(200, { data: { allocationSummary: { sum: '1.00' }, municipality: null } });
    configureGraphql({ endpoint: 'http://gateway/graphql', getToken: () => 'abc', fetch });
    await graphqlRequest(document);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('http://gateway/graphql');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer abc');
    expect(JSON.parse(String(init?.body))).toMatchObject({ query, operationName: 'Summary' });
  });

  it('sends a persisted document by its id and name only, never its text', async () => {
    const fetch = respond(200, { data: { allocationSummary: null, municipality: null } });
    configureGraphql({ endpoint: 'http://gateway/graphql', getToken: () => 'abc', fetch });
    const persisted = { __meta__: { hash: 'a1b2c3', operationName: 'Summary' } } as unknown as typeof document;
    await graphqlRequest(persisted);
    const body = JSON.parse(String(fetch.mock.calls[0]?.[1]?.body));
    expect(body).toEqual({ documentId: 'a1b2c3', operationName: 'Summary', variables: {} });
  });

  it('returns partial data together with the errors, so a screen can show both', async () => {
    configureGraphql({
      endpoint: 'http://gateway/graphql',
      getToken: () => 'abc',
      fetch: respond(200, {
        data: { allocationSummary: { sum: '52200000.00' }, municipality: null },
        errors: [{ message: 'equal-treatment is niet bereikbaar', path: ['municipality'] }],
      }),
    });
    const result = await graphqlRequest(document);
    expect(result.data?.allocationSummary?.sum).toBe('52200000.00');
    expect(unavailableFields(result.errors)).toEqual(['municipality']);
  });

  it('asks the gateway as a visitor without a token, and says "not logged in" when it refuses', async () => {
    const fetch = respond(401, { errors: [{ message: 'Niet ingelogd.', extensions: { code: 'UNAUTHENTICATED' } }] });
    configureGraphql({ endpoint: 'http://gateway/graphql', getToken: () => null, fetch });
    await expect(graphqlRequest(document)).rejects.toMatchObject({
      kind: 'not-logged-in',
      message: 'U bent niet (meer) ingelogd. Log opnieuw in.',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(new Headers(init.headers).has('authorization')).toBe(false);
  });

  it('says the gateway is unreachable when the connection fails', async () => {
    configureGraphql({
      endpoint: 'http://gateway/graphql',
      getToken: () => 'abc',
      fetch: vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    });
    const error = await graphqlRequest(document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlRequestError);
    expect(error).toMatchObject({ kind: 'unreachable', message: 'De gegevensdienst (gateway) is nu niet bereikbaar.' });
  });

  it('tells an expired session from a refusal', async () => {
    configureGraphql({ endpoint: 'http://g', getToken: () => 'abc', fetch: respond(401, { errors: [] }) });
    await expect(graphqlRequest(document)).rejects.toMatchObject({ kind: 'not-logged-in' });
    configureGraphql({
      endpoint: 'http://g',
      getToken: () => 'abc',
      fetch: respond(200, { data: null, errors: [{ message: 'Geen toegang', extensions: { code: 'FORBIDDEN' } }] }),
    });
    await expect(graphqlRequest(document)).rejects.toMatchObject({ kind: 'refused' });
  });
});

describe('unavailableServices', () => {
  it("names each unavailable service once, in the first sentence of the gateway's message", () => {
    const down = (service: string, label: string, path: (string | number)[]) => ({
      message: `De dienst ${label} is nu niet bereikbaar. De rest van het antwoord is er wel.`,
      path,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service },
    });
    expect(
      unavailableServices([
        down('placements', 'plaatsingen', ['allocations', 0, 'institution']),
        down('placements', 'plaatsingen', ['allocations', 1, 'institution']),
        down('reports', 'rapportages', ['discriminationGrounds']),
        { message: 'Geen toegang.', path: ['bblShare'], extensions: { code: 'FORBIDDEN' } },
      ]),
    ).toEqual(['De dienst plaatsingen is nu niet bereikbaar.', 'De dienst rapportages is nu niet bereikbaar.']);
    expect(unavailableServices([])).toEqual([]);
  });
});
