import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isListening, PortError, portsFromEnv, startAll } from '../src/index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'stelsel-stack-ports-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('ports from the environment', () => {
  it('moves every part by its own <PART>_PORT variable', () => {
    const ports = portsFromEnv({
      GATEWAY_PORT: '5000',
      PLACEMENTS_PORT: '5001',
      REPORTS_PORT: '5002',
      FUNDING_PORT: '5003',
      EQUAL_TREATMENT_PORT: '5004',
      IDENTITY_PORT: '5100',
      WEB_PORT: '5300',
    });
    expect(ports).toEqual({
      gateway: 5000,
      placements: 5001,
      reports: 5002,
      funding: 5003,
      'equal-treatment': 5004,
      identity: 5100,
      web: 5300,
    });
    expect(portsFromEnv({})).toMatchObject({ gateway: 4000, web: 3000, identity: 4100 });
  });

  it('refuses a port that is no number, or two parts on one port, naming the variable', () => {
    expect(() => portsFromEnv({ WEB_PORT: 'drieduizend' })).toThrow(/WEB_PORT="drieduizend" is geen poortnummer/);
    try {
      portsFromEnv({ FUNDING_PORT: '4001' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PortError);
      expect((error as PortError).code).toBe('PORT_INVALID');
      expect((error as PortError).message).toContain('poort 4001');
    }
  });
});

describe('a taken port', () => {
  it('is refused before anything starts, in Dutch, naming the part, the port and the variable', async () => {
    const taken = await freePort();
    const other = await freePort();
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(taken, '127.0.0.1', resolve));
    try {
      const attempt = startAll({
        only: ['placements', 'identity'],
        env: { IDENTITY_PORT: String(taken), PLACEMENTS_PORT: String(other) },
        output: 'silent',
        dataDir,
      });
      await expect(attempt).rejects.toMatchObject({
        code: 'PORT_TAKEN',
        field: 'IDENTITY_PORT',
        message: expect.stringMatching(
          new RegExp(`Poort ${taken} is al in gebruik, dus de identiteitsprovider kan niet starten.*IDENTITY_PORT=`),
        ),
      });
      // Nothing was started: not even the part whose port was free.
      expect(await isListening(other)).toBe(false);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
