import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPortOf } from '@stelsel/topology';

/** The repository root: the nearest folder up from this file with pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('De map van de repository is niet gevonden (geen pnpm-workspace.yaml).');
    dir = parent;
  }
  return dir;
}

export interface WebEnv {
  port: number;
  host: string;
  /** Writable: the import map and the deployed app versions live here. */
  dataDir: string;
  /** Public URL of the GraphQL gateway, as the browser must call it. */
  gatewayUrl: string;
  /** OpenID Connect issuer the browser logs in at. */
  issuer: string;
  clientId: string;
  scope: string;
  resource: string;
}

function readPort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`WEB_PORT moet een poortnummer zijn (0–65535), niet "${value}".`);
  }
  return port;
}

function readUrl(name: string, value: string | undefined, fallback: string): string {
  const raw = value || fallback;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new Error(`${name} moet een http(s)-adres zijn, niet "${raw}".`);
  }
  return raw.replace(/\/+$/, '');
}

/** The web server's settings, read once. Every value has a working development default. */
export function readWebEnv(env: NodeJS.ProcessEnv = process.env): WebEnv {
  return {
    port: readPort(env.WEB_PORT, defaultPortOf('web')),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.WEB_DATA_DIR || join(repoRoot(), '.data', 'web')),
    gatewayUrl: readUrl('GATEWAY_URL', env.WEB_GATEWAY_URL || env.GATEWAY_URL, 'http://localhost:4000/graphql'),
    issuer: readUrl('OIDC_ISSUER', env.OIDC_ISSUER || env.IDENTITY_ISSUER, 'http://localhost:4100'),
    clientId: env.WEB_CLIENT_ID || 'stelsel-web',
    scope: env.WEB_SCOPE || 'openid profile api',
    resource: env.OIDC_AUDIENCE || 'urn:stelsel:api',
  };
}
