import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CALLER_HEADER,
  type Caller,
  type CallerRole,
  createCallerContextVerifier,
  generateGatewayKeys,
  signCallerContext,
} from '@stelsel/auth';
import type { Engine, Migrations } from '@stelsel/db-kit';
import { countQueries, createTestDatabase } from '@stelsel/db-kit/testing';
import { createLogger, type Logger, listenSubgraph, type SubgraphLimits } from '@stelsel/graphql-kit';
import { type DocumentNode, print } from 'graphql';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect } from 'vitest';
import { caller, type OperationResult } from './callers.ts';

export interface SubgraphHarnessOptions<DB, Context> {
  /** The subgraph's name, as in the supergraph: the audience of the signed caller. */
  name: string;
  schema: import('graphql').GraphQLSchema;
  migrations: Migrations;
  /** Builds the resolver context, as the server does, for a verified caller and this file's database. */
  createContext: (caller: Caller, db: Kysely<DB>) => Context;
  /** Fills the database once for the file (default: nothing). */
  seed?: (db: Kysely<DB>) => Promise<unknown>;
  /** `pglite` (default) or `postgres`: call inside `describe.each(testEngines())`. */
  engine?: Engine;
  limits?: Partial<SubgraphLimits>;
  logger?: Logger;
  /** How long migrating and seeding may take (ms), for a large seed; vitest's hook timeout by default. */
  setupTimeout?: number;
}

/** Who sends a request: a caller the harness signs as the gateway would, or the raw header to send. */
export type Sender = Caller | { header: string | undefined };

/**
 * One migrated (and seeded) database per test file and the subgraph served over HTTP on a free
 * port, exactly as in production: every request carries `x-stelsel-caller`, signed for the
 * subgraph's name with a key made for this file, and the subgraph verifies it before it builds
 * the context. Registers the file's `beforeAll` and `afterAll`.
 *
 * Operations are typed documents (gql.tada, `test/graphql.ts` of each service), so `execute` answers
 * the typed result; `executeText` is for what cannot be typed (a deliberately invalid operation).
 */
export function createSubgraphHarness<DB, Context extends object>(options: SubgraphHarnessOptions<DB, Context>) {
  let database: Awaited<ReturnType<typeof createTestDatabase<DB>>> | undefined;
  let contextDb: Kysely<DB> | undefined;
  let url: string | undefined;
  let stop: (() => Promise<void>) | undefined;
  let privateKey: Awaited<ReturnType<typeof generateGatewayKeys>>['privateKey'] | undefined;

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`De testopzet is nog niet klaar (${what}): gebruik dit binnen een test.`);
    return value;
  };

  beforeAll(async () => {
    database = await createTestDatabase<DB>(options.name, options.migrations, options.engine ?? 'pglite');
    contextDb = database.db;
    if (options.seed) await options.seed(database.db);
    const keys = await generateGatewayKeys();
    privateKey = keys.privateKey;
    const listening = await listenSubgraph({
      name: options.name,
      schema: options.schema,
      logger: options.logger ?? quietLogger(options.name),
      port: 0,
      verifyCaller: await createCallerContextVerifier(keys.publicJwk, options.name),
      createContext: (verified) => options.createContext(verified, ready(contextDb, 'database')),
      ...(options.limits ? { limits: options.limits } : {}),
    });
    url = listening.url;
    stop = listening.stop;
  }, options.setupTimeout);
  afterAll(async () => {
    await stop?.();
    await database?.close();
  });

  /** The signed header for a caller; another audience makes a header meant for another subgraph. */
  const headerFor = (who: Caller, audience = options.name) =>
    signCallerContext(who, ready(privateKey, 'key'), audience);

  async function post(who: Sender, query: string, variables?: unknown): Promise<OperationResult<unknown>> {
    const header = 'header' in who ? who.header : await headerFor(who);
    const response = await fetch(ready(url, 'server'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header === undefined ? {} : { [CALLER_HEADER]: header }) },
      body: JSON.stringify({ query, ...(variables === undefined ? {} : { variables }) }),
    });
    const body = (await response.json()) as OperationResult<unknown>;
    return { data: body.data, errors: body.errors };
  }

  return {
    /** This file's database (for arranging rows and checking what a mutation wrote). */
    get db(): Kysely<DB> {
      return ready(database, 'database').db;
    },
    /** A caller of this role; defaults match the seeded demo organisations. */
    as: (role: CallerRole, organisation?: string, subject?: string): Caller => caller(role, organisation, subject),
    headerFor,
    /** Runs a typed operation over HTTP as `who`; the result is typed by the document. */
    execute: <Result, Variables>(
      who: Sender,
      document: TypedDocumentNode<Result, Variables>,
      variables?: Variables,
    ): Promise<OperationResult<Result>> =>
      post(who, print(document as DocumentNode), variables) as Promise<OperationResult<Result>>,
    /**
     * Runs a typed operation with one top-level field (a mutation) and answers that field, typed by the document;
     * fails the test on GraphQL errors or an empty answer. Narrow a union answer with `expectType`.
     */
    async answer<Result, Variables>(
      who: Sender,
      document: TypedDocumentNode<Result, Variables>,
      variables: Variables,
    ): Promise<NonNullable<Result[keyof Result]>> {
      const result = (await post(who, print(document as DocumentNode), variables)) as OperationResult<Result>;
      expect(result.errors).toBeUndefined();
      const value = Object.values(result.data ?? {})[0] as Result[keyof Result] | undefined;
      if (value === undefined || value === null) throw new Error('Geen antwoord op de operatie.');
      return value as NonNullable<Result[keyof Result]>;
    },
    /** Runs operation text that cannot be a typed document (invalid on purpose). */
    executeText: (who: Sender, query: string, variables?: Record<string, unknown>) => post(who, query, variables),
    /**
     * Serves the requests that follow from another handle on this file's database (a Kysely plugin that counts
     * or fails statements), until the returned `restore()`.
     */
    swapDb(db: Kysely<DB>): () => void {
      const base = ready(database, 'database').db;
      contextDb = db;
      return () => {
        contextDb = base;
      };
    },
    /**
     * Counts the statements of the requests that follow, until `done()`: the guard against N+1 queries.
     * `const counted = harness.countQueries(); … counted.done(); expect(counted.count()).toBe(1);`
     */
    countQueries() {
      const counted = countQueries(ready(database, 'database').db);
      contextDb = counted.db;
      const base = ready(database, 'database').db;
      return {
        count: counted.count,
        reset: counted.reset,
        done: () => {
          contextDb = base;
        },
      };
    },
  };
}

export type SubgraphHarness<DB> = ReturnType<typeof createSubgraphHarness<DB, object>>;

/** Warnings and errors as the server logs them; not the line per started server. */
function quietLogger(name: string): Logger {
  return { ...createLogger(`${name}-test`), info: () => {} };
}
