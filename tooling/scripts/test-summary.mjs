// Sums the vitest summaries in a test log into one closing line: "Tests: N passed, N failed".
import { readFileSync } from 'node:fs';

const ESC = String.fromCharCode(27);
const log = readFileSync(process.argv[2] ?? 0, 'utf8').replaceAll(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of log.split('\n')) {
  const m = line.match(/\bTests\s+(.*)\(\d+\)\s*$/);
  if (!m) continue;
  passed += Number(m[1].match(/(\d+) passed/)?.[1] ?? 0);
  failed += Number(m[1].match(/(\d+) failed/)?.[1] ?? 0);
  skipped += Number(m[1].match(/(\d+) skipped/)?.[1] ?? 0);
}
process.stdout.write(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
