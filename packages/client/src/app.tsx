import type { ComponentType, ReactNode } from 'react';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import type { AppProps } from 'single-spa';
import singleSpaReact from 'single-spa-react';
import { configureGraphql } from './graphql.ts';
import { useAppPath } from './router.ts';
import { readSession, type Session } from './session.ts';
import type { StelselAppProps } from './web-config.ts';

/** What every stakeholder app's root component receives. */
export interface AppRootProps {
  session: Session;
  basePath: string;
  /** The build version of this app, compiled in by its build (see deploy-app). */
  version: string;
}

export interface StelselAppDefinition {
  /** Short name, also the folder under /apps/ (e.g. "school"). */
  name: string;
  version: string;
  Root: ComponentType<AppRootProps>;
  /** Shown instead of the app when it throws while rendering. */
  fallback: (error: Error) => ReactNode;
  /**
   * Pages open without login, by their path inside the app (`'/melding-volgen'`), rendered instead of
   * `Root` with or without a session. The app list (@stelsel/topology) names them for the shell.
   */
  publicPages?: Readonly<Record<string, ComponentType<PublicPageProps>>>;
}

/** What a page open without login receives. */
export interface PublicPageProps {
  basePath: string;
  /** Whether someone is logged in (the page may then point to the app itself). */
  loggedIn: boolean;
}

type MountProps = StelselAppProps & { name: string };

/**
 * single-spa lifecycles for a stakeholder app: configures this bundle's GraphQL client with the
 * gateway the shell names, and renders the app with the current session. The shell only mounts an
 * app for a logged-in person of the right role, or for one of its public pages; the app still refuses
 * to render anything but those pages without a session.
 */
export function defineStelselApp({ name, version, Root, fallback, publicPages = {} }: StelselAppDefinition) {
  function AppRoot(props: MountProps) {
    const session = readSession();
    const { path } = useAppPath(props.basePath);
    const PublicPage = Object.hasOwn(publicPages, path) ? publicPages[path] : undefined;
    if (!session && !PublicPage) return fallback(new Error('Niet ingelogd'));
    return (
      <div className="stelsel-app" data-stelsel-app={name} data-version={version}>
        {PublicPage ? (
          <PublicPage basePath={props.basePath} loggedIn={session !== null} />
        ) : session ? (
          <Root session={session} basePath={props.basePath} version={version} />
        ) : null}
        <p className="stelsel-app__version">Versie van dit onderdeel: {version}</p>
      </div>
    );
  }
  const lifecycles = singleSpaReact<MountProps>({
    React,
    ReactDOMClient,
    rootComponent: AppRoot,
    errorBoundary: (error: Error) => <>{fallback(error)}</>,
  });
  return {
    bootstrap: lifecycles.bootstrap,
    mount: (props: MountProps & AppProps) => {
      configureGraphql({ endpoint: props.gatewayUrl, getToken: () => readSession()?.accessToken ?? null });
      return lifecycles.mount(props);
    },
    unmount: lifecycles.unmount,
  };
}
