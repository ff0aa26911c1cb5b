import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventPortsFromEnv, type Stack, startAll } from '../src/index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'stelsel-stack-events-'));

describe('event feeds in the stack', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startAll({ only: ['placements'], ports: 'free', output: 'silent', dataDir, restart: false });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves a subgraph outbox on its events port, to holders of the stack secret only', async () => {
    const feed = `http://127.0.0.1:${stack.eventPorts.placements}/events?after=0`;
    expect((await fetch(feed)).status).toBe(401);
    expect((await fetch(feed, { headers: { authorization: 'Bearer een-ander-geheim-0000' } })).status).toBe(401);
    const secret = readFileSync(join(dataDir, 'keys', 'events.secret'), 'utf8').trim();
    const answer = await fetch(feed, { headers: { authorization: `Bearer ${secret}` } });
    expect(answer.status).toBe(200);
    expect(Array.isArray(((await answer.json()) as { events: unknown }).events)).toBe(true);
  });

  it('moves a feed by <SUBGRAPH>_EVENTS_PORT and refuses a port that is no number', () => {
    expect(eventPortsFromEnv({ REPORTS_EVENTS_PORT: '5102' })).toMatchObject({ reports: 5102, placements: 4101 });
    expect(() => eventPortsFromEnv({ FUNDING_EVENTS_PORT: 'x' })).toThrow(
      /FUNDING_EVENTS_PORT="x" is geen poortnummer/,
    );
  });
});
