import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAll } from '@stelsel/stack';

/** Where the seeded system of this run waits to be copied (see startSystem). */
export const SEEDED_TEMPLATE_ENV = 'STELSEL_E2E_SEEDED';

/**
 * Global setup of the browser tests: the whole system started once on an empty data folder, so every
 * database is created, migrated and seeded (today's demo data), then stopped cleanly. Each test file's
 * system starts from a copy of that folder: the same fresh state as a first start, without creating and
 * seeding four databases again. `STELSEL_E2E_SEEDED=off` makes every file start on an empty folder.
 */
export default async function setup() {
  if (process.env[SEEDED_TEMPLATE_ENV]) return undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'stelsel-e2e-seeded-'));
  const stack = await startAll({ ports: 'free', output: 'files', dataDir });
  await stack.stop();
  rmSync(join(dataDir, 'logs'), { recursive: true, force: true });
  process.env[SEEDED_TEMPLATE_ENV] = dataDir;
  return () => {
    rmSync(dataDir, { recursive: true, force: true });
    delete process.env[SEEDED_TEMPLATE_ENV];
  };
}
