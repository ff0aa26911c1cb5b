/**
 * The web server on its own: `tsx apps/web/src/main.ts` (the stack runner starts it this way).
 * Settings from the environment: WEB_PORT, WEB_DATA_DIR, GATEWAY_URL, OIDC_ISSUER.
 */
import { startWeb } from './index.ts';

startWeb()
  .then((web) => {
    process.stdout.write(`Webapps (shell): ${web.url}  (import map: ${web.dataDir}/importmap.json)\n`);
    const stop = () => {
      void web.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    process.stderr.write(`De webserver kon niet starten: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
