import { join } from 'node:path';
import { ConfigError, findRepoRoot, readPort, readUrl } from '@stelsel/graphql-kit';
import { defaultPortOf } from '@stelsel/topology';

export const DEFAULT_IDENTITY_PORT = defaultPortOf('identity');

export interface IdentityEnv {
  port: number;
  host: string;
  /** Issuer identifier; default `http://localhost:<port>`. */
  issuer: string;
  /** Where signing keys and cookie keys are kept. */
  dataDir: string;
  /** Origin of the web apps, allowed as extra redirect target of `stelsel-web`. */
  webOrigin: string | undefined;
}

/** Reads and checks the provider's settings once at start; a bad value is a `ConfigError` in Dutch. */
export function readIdentityEnv(env = process.env): IdentityEnv {
  if (env.NODE_ENV === 'production') {
    throw new ConfigError(
      'De ingebouwde identiteitsprovider is alleen voor ontwikkeling; configureer in productie een echte uitgever (OIDC_ISSUER) bij de gateway.',
    );
  }
  const port = readPort('IDENTITY_PORT', DEFAULT_IDENTITY_PORT, env);
  const issuer = readUrl('IDENTITY_ISSUER', env) ?? `http://localhost:${port}`;
  if (new URL(issuer).search || new URL(issuer).hash) {
    throw new ConfigError('Omgevingsvariabele IDENTITY_ISSUER mag geen ? of # bevatten.');
  }
  const webOrigin = readUrl('WEB_ORIGIN', env);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    issuer: issuer.replace(/\/+$/, ''),
    dataDir: env.IDENTITY_DATA_DIR || join(findRepoRoot(), '.data', 'identity'),
    webOrigin: webOrigin?.replace(/\/+$/, ''),
  };
}
