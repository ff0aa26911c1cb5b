import { beforeEach, describe, expect, it } from 'vitest';
import { decodeJwtPayload, readSession, SESSION_KEY, type Session, userFromClaims } from './session.ts';

function jwt(payload: object): string {
  const encode = (value: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'none' })}.${encode(payload)}.signature`;
}

const session = (expiresAt: number): Session => ({
  accessToken: 'token',
  idToken: 'id',
  expiresAt,
  user: { subject: 'docent-zadkine', name: 'Mohamed', role: 'institution', organisation: 'roc-zadkine' },
});

describe('userFromClaims', () => {
  it('takes name, role and organisation from the ID token', () => {
    expect(userFromClaims({ sub: 'p1', name: 'Lotte Smit', role: 'municipality', organisation: '0344' }, {})).toEqual({
      subject: 'p1',
      name: 'Lotte Smit',
      role: 'municipality',
      organisation: '0344',
    });
  });

  it('completes missing claims from the access token', () => {
    const access = decodeJwtPayload(jwt({ sub: 'p2', role: 'ministry', organisation: 'ocw' }));
    expect(userFromClaims({ sub: 'p2' }, access)).toEqual({
      subject: 'p2',
      name: 'p2',
      role: 'ministry',
      organisation: 'ocw',
    });
  });

  it('refuses a token without a known role', () => {
    expect(() => userFromClaims({ sub: 'x', role: 'admin', organisation: 'y' }, {})).toThrow(/rol/);
  });
});

describe('readSession', () => {
  beforeEach(() => sessionStorage.clear());

  it('returns the stored session while the token is valid', () => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session(Date.now() + 60_000)));
    expect(readSession()?.user.organisation).toBe('roc-zadkine');
  });

  it('forgets an expired session', () => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session(Date.now() - 1)));
    expect(readSession()).toBeNull();
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('ignores garbage', () => {
    sessionStorage.setItem(SESSION_KEY, '{not json');
    expect(readSession()).toBeNull();
  });
});

describe('decodeJwtPayload', () => {
  it('decodes UTF-8 claims', () => {
    expect(decodeJwtPayload(jwt({ name: 'Carrière' })).name).toBe('Carrière');
  });

  it('gives an empty object for something that is not a JWT', () => {
    expect(decodeJwtPayload('nope')).toEqual({});
  });
});
