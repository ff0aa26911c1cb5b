import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isListening, nextRestart, type Stack, startAll } from '../src/index.ts';

describe('restart policy', () => {
  it('waits 0.5 s, 1 s, 2 s, 4 s, 8 s and gives up at the sixth crash within a minute', () => {
    const crashes: number[] = [];
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      const now = 1_000 * i;
      const decision = nextRestart(crashes, now);
      if (decision.giveUp) throw new Error('gave up too early');
      delays.push(decision.delayMs);
      crashes.push(now);
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000]);
    expect(nextRestart(crashes, 5_000)).toMatchObject({ giveUp: true, recent: 6 });
    // A minute later the old crashes no longer count.
    expect(nextRestart(crashes, 70_000)).toEqual({ giveUp: false, delayMs: 500, recent: 1 });
  });

  it('never waits longer than 30 s', () => {
    const policy = { firstDelayMs: 500, maxDelayMs: 30_000, maxCrashes: 100, windowMs: 600_000 };
    const crashes = Array.from({ length: 20 }, (_, i) => i);
    expect(nextRestart(crashes, 30, policy)).toMatchObject({ giveUp: false, delayMs: 30_000 });
  });
});

describe('the supervisor', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stelsel-stack-supervisor-'));
  let stack: Stack | undefined;
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('brings a part back after kill -9, and says so in Dutch', async () => {
    const lines: string[] = [];
    stack = await startAll({
      ports: 'free',
      only: ['identity'],
      output: 'silent',
      dataDir,
      restart: { firstDelayMs: 200 },
      log: (line) => lines.push(line),
    });
    const first = stack.pidOf('identity');
    expect(first).toBeTypeOf('number');
    process.kill(first as number, 'SIGKILL');

    const deadline = Date.now() + 60_000;
    let back = false;
    while (Date.now() < deadline) {
      const pid = stack.pidOf('identity');
      if (pid !== undefined && pid !== first && (await isListening(stack.ports.identity))) {
        back = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(back).toBe(true);
    expect(lines[0]).toBe('De identiteitsprovider is gestopt (signaal SIGKILL); opnieuw starten over 0,2 s.');
    await expect.poll(() => lines.at(-1)).toContain('De identiteitsprovider draait weer op poort');
  }, 90_000);

  it('does not restart a part stopped on purpose', async () => {
    await stack?.stopService('identity');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(stack?.pidOf('identity')).toBeUndefined();
  });
});
