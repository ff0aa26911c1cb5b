import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@stelsel/graphql-kit';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

export const SIGNING_ALG = 'RS256';

export interface ProviderKeys {
  /** Private signing keys (JWKS) for oidc-provider; the public halves are served at `/jwks`. */
  jwks: { keys: JWK[] };
  /** Keys that sign the provider's cookies. */
  cookieKeys: string[];
}

function writeSecret(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError(`Het sleutelbestand ${path} is onleesbaar; verwijder het, dan wordt een nieuw gemaakt.`);
  }
}

export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: SIGNING_ALG, use: 'sig' };
}

/**
 * Development: the signing keys and cookie keys are made once and kept in `<dataDir>` (mode 600),
 * so tokens and sessions stay valid across restarts.
 */
export async function loadOrCreateProviderKeys(dataDir: string): Promise<ProviderKeys> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const jwksPath = join(dataDir, 'jwks.json');
  const cookiesPath = join(dataDir, 'cookie-keys.json');

  let jwks: { keys: JWK[] };
  if (existsSync(jwksPath)) {
    const stored = readJson(jwksPath) as { keys?: unknown };
    if (!Array.isArray(stored.keys) || stored.keys.length === 0) {
      throw new ConfigError(`${jwksPath} bevat geen sleutels; verwijder het, dan wordt een nieuw gemaakt.`);
    }
    jwks = { keys: stored.keys as JWK[] };
  } else {
    jwks = { keys: [await generateSigningKey()] };
    writeSecret(jwksPath, jwks);
  }

  let cookieKeys: string[];
  if (existsSync(cookiesPath)) {
    const stored = readJson(cookiesPath);
    if (!Array.isArray(stored) || stored.length === 0 || !stored.every((k) => typeof k === 'string')) {
      throw new ConfigError(`${cookiesPath} bevat geen cookiesleutels; verwijder het, dan wordt een nieuw gemaakt.`);
    }
    cookieKeys = stored as string[];
  } else {
    cookieKeys = [randomBytes(32).toString('base64url')];
    writeSecret(cookiesPath, cookieKeys);
  }
  return { jwks, cookieKeys };
}
