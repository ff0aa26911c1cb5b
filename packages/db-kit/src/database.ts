import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-driver.ts';

export type Engine = 'pglite' | 'postgres';

export interface Database<DB> {
  db: Kysely<DB>;
  engine: Engine;
  /** Where the data lives: a directory for PGlite, `postgres:<schema>` for PostgreSQL. */
  location: string;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (what `loadDataDir` starts from). */
  dump?: () => Promise<Blob>;
}

export interface OpenDatabaseOptions {
  /** The owning service; its schema name on PostgreSQL and its folder under `.data/`. */
  service: string;
  /** PostgreSQL connection string. When absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `memory://` for an in-memory database. */
  dataDir?: string | undefined;
  /** PostgreSQL schema; defaults to the service name (underscored). */
  schema?: string | undefined;
  /**
   * PostgreSQL cancels any statement running longer (SQLSTATE 57014), so one runaway query cannot
   * hold a connection; default 10 s, or `DB_STATEMENT_TIMEOUT_MS`.
   */
  statementTimeoutMs?: number | undefined;
  /** PGlite only: start from this data directory (a `dumpDataDir` tarball) instead of an empty one. */
  loadDataDir?: Blob | undefined;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

function statementTimeout(options: OpenDatabaseOptions): number {
  const fromEnv = Number(process.env.DB_STATEMENT_TIMEOUT_MS);
  const value = options.statementTimeoutMs ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : undefined);
  return Math.max(1, Math.round(value ?? DEFAULT_STATEMENT_TIMEOUT_MS));
}

export function schemaName(service: string): string {
  return service.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
}

export async function openDatabase<DB>(options: OpenDatabaseOptions): Promise<Database<DB>> {
  if (options.databaseUrl) {
    const schema = options.schema ?? schemaName(options.service);
    const admin = new pg.Client({ connectionString: options.databaseUrl });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists "${schema}"`);
    } finally {
      await admin.end();
    }
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      options: `-c search_path="${schema}" -c statement_timeout=${statementTimeout(options)}`,
      max: 10,
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgres',
      location: `postgres:${schema}`,
      close: () => db.destroy(),
    };
  }
  const dataDir = options.dataDir ?? resolve(process.cwd(), '.data', options.service);
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = options.loadDataDir
    ? await PGlite.create({ dataDir, loadDataDir: options.loadDataDir })
    : await PGlite.create(dataDir);
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    location: dataDir,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
    dump: () => pglite.dumpDataDir('none'),
  };
}
