import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createCallerContextVerifier, generateGatewayKeys, signCallerContext } from '../src/caller-context.ts';

const caller = { subject: 'u-1', role: 'institution' as const, organisation: 'roc-zadkine' };

describe('caller context between gateway and subgraphs', () => {
  it('round-trips a caller signed by the gateway', async () => {
    const keys = await generateGatewayKeys();
    const verify = await createCallerContextVerifier(keys.publicJwk, 'funding');
    expect(await verify(await signCallerContext(caller, keys.privateKey, 'funding'))).toEqual(caller);
  });

  it('refuses a context signed for another subgraph (a captured header replayed elsewhere)', async () => {
    const keys = await generateGatewayKeys();
    const atPlacements = await createCallerContextVerifier(keys.publicJwk, 'placements');
    const forFunding = await signCallerContext(caller, keys.privateKey, 'funding');
    await expect(atPlacements(forFunding)).rejects.toThrow(/niet voor deze subgraaf \(placements\) bestemd/);
  });

  it('refuses a context without an expiry', async () => {
    const keys = await generateGatewayKeys();
    const verify = await createCallerContextVerifier(keys.publicJwk, 'funding');
    const token = await new SignJWT({ role: 'ministry', organisation: 'ocw' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('x')
      .setIssuer('stelsel-gateway')
      .setAudience('funding')
      .sign(keys.privateKey);
    await expect(verify(token)).rejects.toThrow(/handtekening/);
  });

  it('refuses a missing context: the request did not come through the gateway', async () => {
    const keys = await generateGatewayKeys();
    const verify = await createCallerContextVerifier(keys.publicJwk, 'funding');
    await expect(verify(undefined)).rejects.toThrow(/niet via de gateway/);
  });

  it('refuses a context signed with another key (forged)', async () => {
    const gateway = await generateGatewayKeys();
    const forger = await generateGatewayKeys();
    const verify = await createCallerContextVerifier(gateway.publicJwk, 'funding');
    await expect(verify(await signCallerContext(caller, forger.privateKey, 'funding'))).rejects.toThrow(/handtekening/);
  });

  it('refuses an expired context', async () => {
    const keys = await generateGatewayKeys();
    const verify = await createCallerContextVerifier(keys.publicJwk, 'funding');
    const expired = await new SignJWT({ role: 'ministry', organisation: 'ocw' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('x')
      .setIssuer('stelsel-gateway')
      .setAudience('funding')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
      .sign(keys.privateKey);
    await expect(verify(expired)).rejects.toThrow(/verlopen/);
  });

  it('refuses a context with an unknown role', async () => {
    const keys = await generateGatewayKeys();
    const verify = await createCallerContextVerifier(keys.publicJwk, 'funding');
    const token = await new SignJWT({ role: 'admin', organisation: 'x' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('x')
      .setIssuer('stelsel-gateway')
      .setAudience('funding')
      .setExpirationTime('1m')
      .sign(keys.privateKey);
    await expect(verify(token)).rejects.toThrow(/onvolledig/);
  });
});
