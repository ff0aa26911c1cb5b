import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import type { Caller } from './caller.ts';
import { isRole } from './roles.ts';

/** The audience every access token for the stelsel API carries. */
export const API_AUDIENCE = 'urn:stelsel:api';

export class AccessTokenError extends Error {
  override name = 'AccessTokenError';
  constructor(
    message: string,
    readonly code: 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_INVALID' = 'TOKEN_INVALID',
  ) {
    super(message);
  }
}

export interface AccessTokenVerifierOptions {
  issuer: string;
  jwksUri: string;
  audience?: string;
}

export type AccessTokenVerifier = (authorization: string | null | undefined) => Promise<Caller>;

/** Maps verified token claims to a caller. Client-credentials tokens carry the client as subject. */
export function callerFromClaims(payload: JWTPayload): Caller {
  const subject = payload.sub ?? (typeof payload.client_id === 'string' ? payload.client_id : undefined);
  if (!subject || !isRole(payload.role) || typeof payload.organisation !== 'string') {
    throw new AccessTokenError('Het token mist rol of organisatie.', 'TOKEN_INVALID');
  }
  const client =
    typeof payload.client_id === 'string'
      ? payload.client_id
      : typeof payload.azp === 'string'
        ? payload.azp
        : undefined;
  return { subject, role: payload.role, organisation: payload.organisation, ...(client ? { client } : {}) };
}

/** Verifies bearer tokens against the identity provider's published keys (JWKS). */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const jwks = createRemoteJWKSet(new URL(options.jwksUri), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
  return async (authorization) => {
    const match = authorization?.match(/^Bearer\s+(\S+)$/i);
    if (!match?.[1]) {
      throw new AccessTokenError(
        'Niet ingelogd: stuur een geldig toegangstoken mee (Authorization: Bearer …).',
        'UNAUTHENTICATED',
      );
    }
    try {
      const { payload } = await jwtVerify(match[1], jwks, {
        issuer: options.issuer,
        audience: options.audience ?? API_AUDIENCE,
        requiredClaims: ['exp'],
      });
      return callerFromClaims(payload);
    } catch (error) {
      if (error instanceof AccessTokenError) throw error;
      if (error instanceof joseErrors.JWTExpired)
        throw new AccessTokenError('Het toegangstoken is verlopen; log opnieuw in.', 'TOKEN_EXPIRED');
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'exp') {
        throw new AccessTokenError(
          'Het toegangstoken heeft geen vervaltijd (exp); vraag een nieuw token aan.',
          'TOKEN_INVALID',
        );
      }
      if (
        error instanceof joseErrors.JWKSTimeout ||
        (error instanceof Error && /fetch failed|ECONNREFUSED/.test(error.message))
      ) {
        throw new AccessTokenError(
          'De identiteitsprovider is niet bereikbaar; het token kan niet worden gecontroleerd.',
          'TOKEN_INVALID',
        );
      }
      throw new AccessTokenError(
        'Het toegangstoken is ongeldig (handtekening, uitgever of doelgroep klopt niet).',
        'TOKEN_INVALID',
      );
    }
  };
}
