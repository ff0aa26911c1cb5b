/**
 * `pnpm deploy-app <name> [--marker <text>]`: rebuilds one app into a new version folder and points
 * the import map at it. The shell and the other apps are not rebuilt; a running web server serves
 * the new version from the next page load on.
 */
import { APP_NAMES, deployApp, isAppName, readWebEnv } from '../../apps/web/src/index.ts';

const [name, ...rest] = process.argv.slice(2);
const markerIndex = rest.indexOf('--marker');
const marker = markerIndex >= 0 ? rest[markerIndex + 1] : undefined;

if (!name || !isAppName(name)) {
  process.stderr.write(`Gebruik: pnpm deploy-app <${APP_NAMES.join('|')}> [--marker <tekst>]\n`);
  process.exit(2);
}

const { dataDir } = readWebEnv();
deployApp(name, { dataDir, ...(marker ? { marker } : {}) })
  .then((result) => {
    process.stdout.write(
      `${result.name} is uitgerold als versie ${result.version}.\n` +
        `Import map: @stelsel/${result.name} → ${result.url}${result.previousUrl ? ` (was ${result.previousUrl})` : ''}\n` +
        `Vertrouwde documenten: ${result.documents}, bekend bij de gateway via /persisted-documents.json (zonder herstart).\n`,
    );
  })
  .catch((error: unknown) => {
    process.stderr.write(`Uitrollen mislukt: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
