import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type CryptoKey,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { Caller } from './caller.ts';
import { isRole, VISITOR_ROLE } from './roles.ts';

/**
 * The gateway forwards the caller to subgraphs as a short-lived token signed with the
 * gateway's own key (EdDSA). A subgraph trusts only this header, never a client's token,
 * so a request that bypasses the gateway is refused. The audience is the subgraph's own name:
 * a header captured at one subgraph is refused at every other.
 */
export const CALLER_HEADER = 'x-stelsel-caller';
const ISSUER = 'stelsel-gateway';
const ALG = 'EdDSA';

export interface GatewayKeys {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function generateGatewayKeys(): Promise<GatewayKeys & { privateJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  return {
    privateKey,
    privateJwk: await exportJWK(privateKey),
    publicJwk: await exportJWK(publicKey),
  };
}

/** Development: the gateway key pair lives under `.data/keys`, made on first start. */
export async function loadOrCreateGatewayKeys(privatePath: string, publicPath: string): Promise<GatewayKeys> {
  if (existsSync(privatePath) && existsSync(publicPath)) {
    const privateJwk = JSON.parse(readFileSync(privatePath, 'utf8')) as JWK;
    const publicJwk = JSON.parse(readFileSync(publicPath, 'utf8')) as JWK;
    return { privateKey: (await importJWK(privateJwk, ALG)) as CryptoKey, publicJwk };
  }
  const keys = await generateGatewayKeys();
  mkdirSync(dirname(privatePath), { recursive: true });
  writeFileSync(privatePath, JSON.stringify(keys.privateJwk), { mode: 0o600 });
  writeFileSync(publicPath, JSON.stringify(keys.publicJwk));
  return keys;
}

export async function importGatewayPrivateKey(jwk: JWK): Promise<CryptoKey> {
  return (await importJWK(jwk, ALG)) as CryptoKey;
}

/** Signs the caller for one subgraph (`audience` = the subgraph's name, as in the supergraph). */
export async function signCallerContext(
  caller: Caller,
  privateKey: CryptoKey,
  audience: string,
  ttlSeconds = 60,
): Promise<string> {
  return new SignJWT({ role: caller.role, organisation: caller.organisation })
    .setProtectedHeader({ alg: ALG })
    .setSubject(caller.subject)
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(privateKey);
}

export class CallerContextError extends Error {
  override name = 'CallerContextError';
}

export type CallerContextVerifier = (token: string | null | undefined) => Promise<Caller>;

/** Verifies the gateway's signed caller at the subgraph named `audience`, and only there. */
export async function createCallerContextVerifier(publicJwk: JWK, audience: string): Promise<CallerContextVerifier> {
  const key = await importJWK(publicJwk, ALG);
  return async (token) => {
    if (!token) throw new CallerContextError('Dit verzoek kwam niet via de gateway (geen ondertekende aanroeper).');
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        audience,
        algorithms: [ALG],
        requiredClaims: ['exp'],
      });
      const role = payload.role;
      if (!payload.sub || !(isRole(role) || role === VISITOR_ROLE) || typeof payload.organisation !== 'string') {
        throw new CallerContextError('De aanroeper van de gateway is onvolledig.');
      }
      return { subject: payload.sub, role, organisation: payload.organisation };
    } catch (error) {
      if (error instanceof CallerContextError) throw error;
      if (error instanceof joseErrors.JWTExpired)
        throw new CallerContextError('De aanroeper van de gateway is verlopen.');
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'aud') {
        throw new CallerContextError(`De ondertekende aanroeper is niet voor deze subgraaf (${audience}) bestemd.`);
      }
      throw new CallerContextError('De handtekening van de gateway is ongeldig.');
    }
  };
}
