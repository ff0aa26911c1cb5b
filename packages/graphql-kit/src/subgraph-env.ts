import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { JWK } from 'jose';

/** A configuration problem reported in plain words, never as a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function findRepoRoot(from = process.cwd()): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
  return dir;
}

export function readPort(name: string, fallback: number, env = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`Omgevingsvariabele ${name}="${raw}" is geen geldig poortnummer (1–65535).`);
  }
  return port;
}

export function readUrl(name: string, env = process.env, protocols = ['http:', 'https:']): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`Omgevingsvariabele ${name} is geen geldige URL.`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`Omgevingsvariabele ${name} moet beginnen met ${protocols.join(' of ')}.`);
  }
  return raw;
}

export interface SubgraphEnv {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  gatewayPublicJwk: JWK;
}

/**
 * Settings of a subgraph, read and checked once at start. `<SERVICE>_DATABASE_URL` wins over
 * `DATABASE_URL`; without either the embedded PGlite under `.data/<service>` is used.
 */
export function readSubgraphEnv(service: string, defaultPort: number, env = process.env): SubgraphEnv {
  const prefix = service.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  const root = findRepoRoot();
  const databaseUrlName = env[`${prefix}_DATABASE_URL`] ? `${prefix}_DATABASE_URL` : 'DATABASE_URL';
  const databaseUrl = readUrl(databaseUrlName, env, ['postgres:', 'postgresql:']);
  const keyFile = env.GATEWAY_PUBLIC_JWK_FILE || join(root, '.data', 'keys', 'gateway.public.jwk.json');
  let gatewayPublicJwk: JWK;
  try {
    const raw = env.GATEWAY_PUBLIC_JWK || readFileSync(keyFile, 'utf8');
    gatewayPublicJwk = JSON.parse(raw) as JWK;
  } catch {
    throw new ConfigError(
      `De publieke sleutel van de gateway ontbreekt of is onleesbaar (GATEWAY_PUBLIC_JWK of ${keyFile}). Start het systeem met "npm start", dat de sleutels aanmaakt.`,
    );
  }
  if (gatewayPublicJwk.kty !== 'OKP' || gatewayPublicJwk.crv !== 'Ed25519' || !gatewayPublicJwk.x) {
    throw new ConfigError('De publieke sleutel van de gateway is geen Ed25519-sleutel (JWK).');
  }
  return {
    port: readPort(`${prefix}_PORT`, defaultPort, env),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: env[`${prefix}_DATA_DIR`] || join(root, '.data', service),
    gatewayPublicJwk,
  };
}

export interface EventsEnv {
  /** NATS JetStream when set; otherwise the loopback feeds. */
  natsUrl: string | undefined;
  feedPort: number;
  /** Where another service's feed is: `<SOURCE>_EVENTS_URL`, else loopback on its events port. */
  feedUrlOf: (source: string) => string;
  secret: string;
}

/**
 * The event transport's settings. The loopback feeds share one secret: `EVENTS_SECRET`, or in
 * development `.data/keys/events.secret`, created by the first part that needs it.
 */
export function readEventsEnv(
  service: string,
  defaultFeedPort: number,
  defaultFeedPortOf: (source: string) => number,
  env = process.env,
): EventsEnv {
  const prefixOf = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  const natsUrl = readUrl('NATS_URL', env, ['nats:', 'tls:']);
  let secret = env.EVENTS_SECRET ?? '';
  if (!secret) {
    const file = env.EVENTS_SECRET_FILE || join(findRepoRoot(), '.data', 'keys', 'events.secret');
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      try {
        writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
      } catch (error) {
        // Another part created it at the same moment: read theirs.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    secret = readFileSync(file, 'utf8').trim();
  }
  if (secret.length < 16) throw new ConfigError('EVENTS_SECRET moet minstens 16 tekens lang zijn.');
  return {
    natsUrl,
    feedPort: readPort(`${prefixOf(service)}_EVENTS_PORT`, defaultFeedPort, env),
    feedUrlOf: (source) =>
      readUrl(`${prefixOf(source)}_EVENTS_URL`, env) ??
      `http://127.0.0.1:${readPort(`${prefixOf(source)}_EVENTS_PORT`, defaultFeedPortOf(source), env)}`,
    secret,
  };
}

/** Runs a service's main; configuration errors end the process with one clear line. */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuratiefout: ${error.message}\n`);
    } else {
      process.stderr.write(`Start mislukt: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    }
    process.exit(1);
  });
}
