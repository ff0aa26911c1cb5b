import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientCredentialsAccessToken } from '@stelsel/identity/token';
import { startAll } from '@stelsel/stack';

const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'stelsel-probe-'));
const stack = await startAll({
  dataDir,
  ports: 'free',
  only: ['identity', 'placements', 'reports', 'funding', 'equal-treatment', 'gateway'],
  output: (process.env.OUT as 'inherit') ?? 'silent',
});
const partner = await clientCredentialsAccessToken(stack.urls.issuer, 'partner-demo', 'partner-demo-secret');
/** Times each query (4 × as a partner) on a fresh stack: `tsx test/load/probe.ts '<query>' …`. */
const queries = process.argv.slice(2);
for (const q of queries) {
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    const r = await fetch(stack.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` },
      body: JSON.stringify({ query: q }),
    });
    const text = await r.text();
    process.stdout.write(
      `${(performance.now() - t).toFixed(1)} ms ${text.length} B ${q.slice(0, 80)} ${text.slice(0, 150)}\n`,
    );
  }
}
await stack.stop();
