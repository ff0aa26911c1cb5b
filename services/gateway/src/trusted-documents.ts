import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Caller, VISITOR_ROLE } from '@stelsel/auth';
import { GraphQLError } from 'graphql';
import { callerOf } from './edge.ts';

/** The OAuth client of the web apps: its tokens may only send the apps' own (persisted) documents. */
export const WEB_APP_CLIENT = 'stelsel-web';
/** The client of `pnpm token`: arbitrary documents, outside production only. */
export const TOKEN_CLI_CLIENT = 'stelsel-cli';

export interface TrustedDocumentsOptions {
  /** Manifests (`persisted-documents.json`: id → text) read at start: the apps as built. */
  manifestFiles?: string[];
  /**
   * The web host's merged manifest of every deployed app version (`/persisted-documents.json`),
   * read again when an unknown id arrives: a new deployment is known without a restart.
   */
  manifestUrl?: string;
  /** How long an id that the web host did not know either stays unknown before asking again. */
  missCacheMs?: number;
  /** Production: the token CLI's tokens get documents only, like the web apps. */
  production: boolean;
  fetch?: typeof fetch;
}

/**
 * Who may send a document as text instead of a known id. Partners, always (the published contract
 * is theirs to query); the token CLI, outside production (people and tests explore). The web apps'
 * client never: its tokens may only run what the platform shipped. (Every token of the stelsel
 * provider names its client; a token without one is judged by its role alone.)
 */
export function mayRunArbitraryDocuments(caller: Caller | undefined, production: boolean): boolean {
  if (!caller || caller.role === VISITOR_ROLE) return false;
  if (caller.role === 'partner') return true;
  if (caller.client === WEB_APP_CLIENT) return false;
  if (caller.client === TOKEN_CLI_CLIENT) return !production;
  return true;
}

/** The committed manifests of the apps in this checkout (`apps/<app>/src/graphql/generated/`). */
export function appManifestFiles(appsDir: string): string[] {
  let apps: string[];
  try {
    apps = readdirSync(appsDir);
  } catch {
    return [];
  }
  return apps
    .map((app) => join(appsDir, app, 'src', 'graphql', 'generated', 'persisted-documents.json'))
    .filter((file) => {
      try {
        readFileSync(file);
        return true;
      } catch {
        return false;
      }
    });
}

function isManifest(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((text) => typeof text === 'string')
  );
}

export interface DocumentStore {
  resolve(id: string): Promise<string | null>;
  readonly size: number;
}

/** The known documents: from the manifests at start, then from the web host on a miss. */
export function createDocumentStore(options: TrustedDocumentsOptions): DocumentStore {
  const documents = new Map<string, string>();
  const add = (manifest: unknown) => {
    if (!isManifest(manifest)) return;
    for (const [id, text] of Object.entries(manifest)) documents.set(id, text);
  };
  for (const file of options.manifestFiles ?? []) {
    try {
      add(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // A missing or broken manifest: its app's documents are looked up at the web host.
    }
  }
  const missCacheMs = options.missCacheMs ?? 2_000;
  const misses = new Map<string, number>();
  let refreshing: Promise<void> | null = null;
  let lastRefresh = 0;
  const refresh = (): Promise<void> => {
    if (!options.manifestUrl) return Promise.resolve();
    if (refreshing) return refreshing;
    refreshing = (async () => {
      try {
        const response = await (options.fetch ?? fetch)(options.manifestUrl as string, {
          signal: AbortSignal.timeout(2_000),
        });
        if (response.ok) add(await response.json());
      } catch {
        // The web host is away: only the documents known so far run.
      } finally {
        lastRefresh = Date.now();
        refreshing = null;
      }
    })();
    return refreshing;
  };
  return {
    get size() {
      return documents.size;
    },
    async resolve(id) {
      const known = documents.get(id);
      if (known !== undefined) return known;
      const missedAt = misses.get(id);
      if (missedAt !== undefined && Date.now() - missedAt < missCacheMs) return null;
      // Many unknown ids at once cost one read of the web host per interval, not one each.
      if (Date.now() - lastRefresh >= Math.min(missCacheMs, 500) || refreshing) await refresh();
      const found = documents.get(id);
      if (found !== undefined) return found;
      if (misses.size > 10_000) misses.clear();
      misses.set(id, Date.now());
      return null;
    },
  };
}

const refusal = (message: string, code: string) => () =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * The gateway runtime's `persistedDocuments` setting: ids (`documentId`, or Apollo's
 * `extensions.persistedQuery.sha256Hash`) resolve to the apps' documents; text is accepted only
 * from callers who may send arbitrary documents. The edge has verified the caller by then.
 */
export function trustedDocuments(options: TrustedDocumentsOptions) {
  const store = createDocumentStore(options);
  return {
    store,
    config: {
      getPersistedOperation: (id: string) => store.resolve(id),
      allowArbitraryDocuments: (request: Request) => mayRunArbitraryDocuments(callerOf(request), options.production),
      customErrors: {
        persistedQueryOnly: refusal(
          'Deze app mag alleen de eigen, vooraf bekende operaties sturen (documentId), geen vrije querytekst.',
          'PERSISTED_DOCUMENT_REQUIRED',
        ),
        keyNotFound: refusal(
          'Het verzoek bevat geen query en geen documentId: stuur het id van een bekende operatie.',
          'PERSISTED_DOCUMENT_REQUIRED',
        ),
        notFound: refusal(
          'Deze operatie (documentId) is bij de gateway niet bekend; laad de app opnieuw.',
          'PERSISTED_DOCUMENT_NOT_FOUND',
        ),
      },
    },
  };
}

/** A document's id as the apps' codegen computes it: sha256 of the printed text, in hex. */
export function documentIdOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
