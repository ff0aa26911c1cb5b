import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One folder per test run for copies of freshly migrated databases (`@stelsel/db-kit/testing`): the first
 * test file that migrates a service's database leaves a copy, the others start from it. Removed after
 * the run, so a copy is never older than the code under test. A run inside a run keeps the outer folder;
 * `STELSEL_TEST_TEMPLATES=off` turns the copies off.
 */
export default function setup() {
  if (process.env.STELSEL_TEST_TEMPLATES) return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'stelsel-test-templates-'));
  process.env.STELSEL_TEST_TEMPLATES = folder;
  return () => {
    rmSync(folder, { recursive: true, force: true });
    delete process.env.STELSEL_TEST_TEMPLATES;
  };
}
