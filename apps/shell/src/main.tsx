import '@stelsel/ui/styles.css';
import type { AuthConfig, StelselAppProps, WebConfig } from '@stelsel/client';
import { readSession } from '@stelsel/client';
import { createRoot } from 'react-dom/client';
import { addErrorHandler, registerApplication, start, triggerAppChange } from 'single-spa';
import { CALLBACK_PATH, isAppActive, loadApps, setApps } from './routes.ts';
import { APP_CONTAINER_ID, Shell } from './shell.tsx';

/** Marked when the first stakeholder app has mounted; the browser test reports the time to it. */
export const FIRST_APP_MARK = 'stelsel:first-app-mounted';

async function loadConfig(): Promise<WebConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json gaf status ${response.status}`);
  return (await response.json()) as WebConfig;
}

function container(): HTMLElement {
  const found = document.getElementById(APP_CONTAINER_ID);
  if (found) return found;
  const created = document.createElement('div');
  created.id = APP_CONTAINER_ID;
  document.getElementById('inhoud')?.append(created);
  return created;
}

async function main() {
  const [config, apps] = await Promise.all([loadConfig(), loadApps()]);
  setApps(apps);
  const origin = window.location.origin;
  const auth: AuthConfig = {
    issuer: config.issuer,
    clientId: config.clientId,
    scope: config.scope,
    resource: config.resource,
    redirectUri: `${origin}${CALLBACK_PATH}`,
    postLogoutRedirectUri: `${origin}/`,
  };

  for (const app of apps) {
    const props: StelselAppProps & { domElementGetter: () => HTMLElement } = {
      gatewayUrl: config.gatewayUrl,
      basePath: app.path,
      domElementGetter: container,
    };
    registerApplication({
      name: app.specifier,
      // The specifier is resolved by the browser's import map at runtime, never by the bundler.
      app: () => import(/* @vite-ignore */ app.specifier),
      activeWhen: (location) => isAppActive(app, location.pathname, readSession()?.user ?? null),
      customProps: props,
    });
  }

  const broken = new Set<string>();
  const root = createRoot(document.getElementById('root') ?? document.body);
  let started = false;
  const render = () =>
    root.render(
      <Shell
        auth={auth}
        broken={new Set(broken)}
        onReady={() => {
          if (started) return;
          started = true;
          start({ urlRerouteOnly: true });
        }}
      />,
    );

  addErrorHandler((error) => {
    console.error(`Stelsel: onderdeel ${error.appOrParcelName} is niet beschikbaar`, error);
    broken.add(error.appOrParcelName);
    render();
  });

  window.addEventListener('single-spa:app-change', (event) => {
    const detail = (event as CustomEvent<{ appsByNewStatus?: { MOUNTED?: string[] } }>).detail;
    if (detail.appsByNewStatus?.MOUNTED?.length && performance.getEntriesByName(FIRST_APP_MARK).length === 0) {
      performance.mark(FIRST_APP_MARK);
    }
  });

  // The session decides which app is active, so a login or logout in this tab re-evaluates the routes.
  window.addEventListener('storage', () => triggerAppChange());
  render();
}

main().catch((error: unknown) => {
  console.error('Stelsel: de shell kon niet starten', error);
  const root = document.getElementById('root');
  if (root) {
    root.innerHTML =
      '<main id="inhoud"><h1>Stelsel mbo is nu niet beschikbaar</h1><p>De instellingen van de webapp konden niet worden geladen. Probeer het over enkele minuten opnieuw.</p></main>';
  }
});
