import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Stack, startAll } from '@stelsel/stack';
import type { Page } from 'playwright-core';
import { SEEDED_TEMPLATE_ENV } from './seeded-template.ts';

export interface System {
  stack: Stack;
  web: string;
  issuer: string;
  gateway: string;
  /** The web server's writable folder: import map and deployed app versions. */
  webDataDir: string;
  stop(): Promise<void>;
}

/** Where each system's service logs are kept after it stops: tooling/e2e/test-results/logs/<run>/<part>.log. */
export const LOG_ARCHIVE = fileURLToPath(new URL('../test-results/logs/', import.meta.url));

/**
 * The whole system on free ports with a fresh data folder: a copy of the run's seeded folder (the global
 * setup, seeded-template.ts), or an empty one that the services seed on their first start.
 */
export async function startSystem(): Promise<System> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stelsel-e2e-'));
  const seeded = process.env[SEEDED_TEMPLATE_ENV];
  if (seeded && seeded !== 'off') cpSync(seeded, dataDir, { recursive: true });
  const stack = await startAll({ ports: 'free', output: 'files', dataDir });
  return {
    stack,
    web: stack.urls.web,
    issuer: stack.urls.issuer,
    gateway: stack.urls.gateway,
    webDataDir: join(dataDir, 'web'),
    stop: async () => {
      await stack.stop();
      // The services' logs outlive the run (test-results/ is ignored by git), so a failure can be read afterwards;
      // .ci/run prints their ends when the tests fail.
      const logs = join(dataDir, 'logs');
      if (existsSync(logs)) cpSync(logs, join(LOG_ARCHIVE, basename(dataDir)), { recursive: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const PASSWORD = 'demo';

/** Logs in through the real login page of the identity provider and waits until back in the shell. */
export async function login(page: Page, system: System, persona: string, path = '/'): Promise<void> {
  await page.goto(`${system.web}${path}`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const issuerOrigin = new URL(system.issuer).origin;
  await page.waitForURL((url) => url.origin === issuerOrigin);
  await page.getByLabel('Gebruikersnaam').fill(persona);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const webOrigin = new URL(system.web).origin;
  await page.waitForURL((url) => url.origin === webOrigin && url.pathname !== '/auth/callback');
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** Logs out in the shell, confirms at the identity provider, and waits for the shell's login screen. */
export async function logout(page: Page, system: System): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  const issuerOrigin = new URL(system.issuer).origin;
  const webOrigin = new URL(system.web).origin;
  // RP-initiated logout: the identity provider asks to confirm, then sends the browser back.
  await page.waitForURL((url) => url.origin === issuerOrigin);
  await page.getByRole('button', { name: 'Ja, uitloggen' }).click();
  await page.waitForURL((url) => url.origin === webOrigin);
  await page.getByRole('heading', { level: 1, name: 'Welkom bij Stelsel mbo' }).waitFor();
}

/** Milliseconds from navigation start to the shell's "first app mounted" mark, or null. */
export async function timeToFirstApp(page: Page): Promise<number | null> {
  await page.waitForFunction(() => performance.getEntriesByName('stelsel:first-app-mounted').length > 0, null, {
    timeout: 30_000,
  });
  return page.evaluate(() => performance.getEntriesByName('stelsel:first-app-mounted')[0]?.startTime ?? null);
}
