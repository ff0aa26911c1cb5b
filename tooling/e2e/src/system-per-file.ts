import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type System, startSystem } from './system.ts';

/**
 * One system and one browser for the test file that calls this (at its top level): started together
 * before its first test, handed to `ready`, and stopped after its last. Each browser-test file starts
 * the system once.
 */
export function systemForThisFile(ready: (system: System, browser: Browser) => void): void {
  let started: [System, Browser] | undefined;
  beforeAll(async () => {
    started = await Promise.all([startSystem(), launchBrowser()]);
    ready(...started);
  });
  afterAll(async () => {
    await started?.[1].close();
    await started?.[0].stop();
  });
}
