/**
 * `npm start`: builds what is needed, then starts identity provider, subgraphs, gateway and web apps
 * on the embedded default (PGlite under .data/, seeded demo data) and prints where to open it.
 * Ctrl-C stops every part. Ports: the defaults, each moved by its `<PART>_PORT` variable; a part
 * that crashes is started again with a growing pause (0.5 s, 1 s, 2 s … at most 30 s).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { findRepoRoot } from '@stelsel/graphql-kit';
import { assertPortsFree, portsFromEnv, SERVICE_NAMES, startAll } from '@stelsel/stack';

const root = findRepoRoot();
const out = (line = '') => process.stdout.write(`${line}\n`);

async function main() {
  // Every <PART>_PORT is honoured, and a taken port is refused before anything is built or started.
  await assertPortsFree(portsFromEnv(process.env), SERVICE_NAMES);
  out('Bouwen (supergraaf en webapps)…');
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
  out('Starten: identiteitsprovider, subgrafen, gateway en webapps…');
  const started = Date.now();
  const stack = await startAll({ output: 'files' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  out();
  out(
    `Het stelsel draait (gestart in ${seconds} s; gegevens in ${stack.dataDir}, logboeken in ${join(stack.dataDir, 'logs')}).`,
  );
  out();
  if (stack.started.includes('web')) out(`  Webapps (shell):     ${stack.urls.web}`);
  out(`  GraphQL-gateway:     ${stack.urls.gateway}`);
  out(`  Identiteitsprovider: ${stack.urls.issuer}  (ontwikkelomgeving, wachtwoord "demo" voor elke persona)`);
  out();
  out('Een token voor een persona:     pnpm --silent token docent-zadkine');
  out("Alle persona's:                 pnpm --silent token --list");
  out('Als partner (client credentials):');
  out(`  curl -s ${stack.urls.gateway} -H "authorization: Bearer $(pnpm --silent token partner-demo)" \\`);
  out(
    '    -H "content-type: application/json" -d \'{"query":"{ allocations(scheme: SALARISMIX) { institution { name } amount } }"}\'',
  );
  out();
  out('Stoppen: Ctrl-C');

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    out('\nStoppen…');
    await stack.stop();
    out('Alles is gestopt.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(`Starten mislukt: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
