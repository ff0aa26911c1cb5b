import { statSync } from 'node:fs';
import { join } from 'node:path';
import { deployApp, repoRoot } from '@stelsel/web';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSession } from '../src/browser.ts';
import { login, type System } from '../src/system.ts';
import { systemForThisFile } from '../src/system-per-file.ts';

let system: System;
let browser: Browser;

systemForThisFile((started, launched) => {
  [system, browser] = [started, launched];
});

async function servedImportMap(): Promise<Record<string, string>> {
  const response = await fetch(`${system.web}/importmap.json`);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return ((await response.json()) as { imports: Record<string, string> }).imports;
}

describe('independent deployment', () => {
  it('a changed app is picked up through the import map alone', async () => {
    const before = await servedImportMap();
    const shellFile = join(repoRoot(), 'apps', 'shell', 'dist', 'shell.js');
    const shellBefore = statSync(shellFile).mtimeMs;

    // The change: the municipality app built with another version marker compiled in.
    const marker = `e2e-${Date.now()}`;
    const result = await deployApp('municipality', { dataDir: system.webDataDir, marker });

    const after = await servedImportMap();
    expect(after['@stelsel/municipality']).toBe(result.url);
    expect(after['@stelsel/municipality']).not.toBe(before['@stelsel/municipality']);
    expect(result.url).toContain(marker);
    // Nothing else moved: shell, shared libraries and the other apps keep their addresses and files.
    for (const [specifier, url] of Object.entries(before)) {
      if (specifier !== '@stelsel/municipality') expect(after[specifier]).toBe(url);
    }
    expect(statSync(shellFile).mtimeMs).toBe(shellBefore);
    // The old version is still served (pages loaded before the switch keep working).
    expect((await fetch(`${system.web}${before['@stelsel/municipality']}`)).status).toBe(200);
    const fresh = await fetch(`${system.web}${result.url}`);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('cache-control')).toContain('immutable');
    expect(await fresh.text()).toContain(marker);

    // In the browser, without restarting anything: the shell loads the new version.
    const session = await openSession(browser);
    try {
      await login(session.page, system, 'ambtenaar-rotterdam');
      const app = session.page.locator('[data-stelsel-app="municipality"]');
      await app.waitFor().catch(async (error: unknown) => {
        const main = await session.page.locator('main').textContent();
        throw new Error(
          `De app verscheen niet (${String(error)}).\nScherm: ${main}\nFouten: ${session.errors.join('; ')}`,
        );
      });
      expect(await app.getAttribute('data-version')).toContain(marker);
      const loaded = await session.page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      );
      expect(loaded).toContain(result.url);
      expect(loaded).not.toContain(before['@stelsel/municipality']);
    } finally {
      await session.close();
    }
  });
});
