import {
  type AuthConfig,
  completeLogin,
  logout,
  ROLE_LABELS,
  readSession,
  type Session,
  startLogin,
} from '@stelsel/client';
import {
  ErrorMessage,
  FooterPageView,
  footerPageFor,
  Heading,
  Link,
  Loading,
  MAIN_ID,
  Notice,
  PageLayout,
  Paragraph,
  PrimaryActionButton,
  pageTitle,
  SecondaryActionButton,
} from '@stelsel/ui';
import { type MouseEvent, useCallback, useEffect, useRef, useState } from 'react';
import { navigateToUrl } from 'single-spa';
import { type AppDefinition, appForRole, decideScreen, publicPages, type Screen } from './routes.ts';

export const APP_CONTAINER_ID = 'stelsel-app';

export interface ShellProps {
  auth: AuthConfig;
  /** Apps that failed to load or mount, by specifier (reported by single-spa's error handler). */
  broken: ReadonlySet<string>;
  /** Called once the shell has rendered its layout, so single-spa can start mounting apps. */
  onReady: () => void;
}

function go(to: string, event?: MouseEvent<HTMLAnchorElement>) {
  event?.preventDefault();
  navigateToUrl(to);
  document.getElementById(MAIN_ID)?.focus();
}

function titleFor(screen: Screen): string {
  switch (screen.kind) {
    case 'app':
      return screen.app.label;
    case 'login':
      return 'Inloggen';
    case 'callback':
    case 'redirect':
      return 'Bezig met inloggen';
    case 'wrong-role':
      return 'Niet voor uw rol';
    case 'no-app-for-role':
      return 'Nog niet beschikbaar';
    case 'not-found':
      return 'Pagina niet gevonden';
  }
}

function OwnAppLink({ own }: { own: AppDefinition | undefined }) {
  if (!own) return null;
  return (
    <Paragraph>
      Uw eigen omgeving:{' '}
      <Link href={own.path} onClick={(event) => go(own.path, event)}>
        {own.label}
      </Link>
      .
    </Paragraph>
  );
}

function LoginScreen({ auth, returnTo }: { auth: AuthConfig; returnTo: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="login-title">
      <Heading level={1} id="login-title">
        Welkom bij Stelsel mbo
      </Heading>
      <Paragraph>
        Log in om uw gegevens te zien. Na het inloggen komt u in de omgeving van uw organisatie: mbo-instelling,
        leerbedrijf, gemeente of het ministerie van OCW.
      </Paragraph>
      {failed ? <ErrorMessage title="Inloggen is nu niet mogelijk">{failed}</ErrorMessage> : null}
      <PrimaryActionButton
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailed(null);
          startLogin(auth, returnTo).catch(() => {
            setBusy(false);
            setFailed('De inlogdienst is nu niet bereikbaar. Probeer het over enkele minuten opnieuw.');
          });
        }}
      >
        Inloggen
      </PrimaryActionButton>
      <PublicPageLinks />
    </section>
  );
}

/** What anyone can do without logging in (following a report with the receipt code). */
function PublicPageLinks() {
  const pages = publicPages();
  if (pages.length === 0) return null;
  return (
    <>
      <Heading level={2}>Zonder inloggen</Heading>
      <ul>
        {pages.map((page) => (
          <li key={page.path}>
            <Link href={page.path} onClick={(event) => go(page.path, event)}>
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function Callback({ auth, onSession }: { auth: AuthConfig; onSession: (session: Session, to: string) => void }) {
  const [failed, setFailed] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    completeLogin(auth, new URL(window.location.href))
      .then(({ session, returnTo }) => {
        const own = appForRole(session.user.role);
        onSession(session, returnTo === '/' && own ? own.path : returnTo);
      })
      .catch((error: unknown) => {
        setFailed(error instanceof Error ? error.message : 'Inloggen is niet gelukt.');
      });
  }, [auth, onSession]);
  if (!failed) return <Loading>Bezig met inloggen…</Loading>;
  return (
    <section aria-labelledby="callback-title">
      <Heading level={1} id="callback-title">
        Inloggen is niet gelukt
      </Heading>
      <ErrorMessage title="Inloggen is niet gelukt">{failed}</ErrorMessage>
      <LoginScreen auth={auth} returnTo="/" />
    </section>
  );
}

function ShellScreen({
  screen,
  auth,
  session,
  broken,
  onSession,
}: {
  screen: Screen;
  auth: AuthConfig;
  session: Session | null;
  broken: ReadonlySet<string>;
  onSession: (session: Session, to: string) => void;
}) {
  switch (screen.kind) {
    case 'callback':
      return <Callback auth={auth} onSession={onSession} />;
    case 'login':
      return <LoginScreen auth={auth} returnTo={window.location.pathname} />;
    case 'redirect':
      return <Loading>U wordt doorgestuurd…</Loading>;
    case 'app':
      if (!broken.has(screen.app.specifier)) return null;
      return (
        <section aria-labelledby="unavailable-title">
          <Heading level={1} id="unavailable-title">
            {screen.app.label}
          </Heading>
          <ErrorMessage title={`Het onderdeel ${screen.app.title} is nu niet beschikbaar`}>
            Dit deel van Stelsel mbo kon niet worden geladen. De rest van de site werkt gewoon. Probeer het over enkele
            minuten opnieuw.
          </ErrorMessage>
          <SecondaryActionButton type="button" onClick={() => window.location.reload()}>
            Opnieuw proberen
          </SecondaryActionButton>
        </section>
      );
    case 'wrong-role':
      return (
        <section aria-labelledby="wrong-role-title">
          <Heading level={1} id="wrong-role-title">
            Deze omgeving is niet voor uw rol
          </Heading>
          <Notice title="Deze omgeving is niet voor uw rol">
            <Paragraph>
              U bent ingelogd als {session ? ROLE_LABELS[session.user.role] : 'onbekend'}. De omgeving “
              {screen.app.label}” is bedoeld voor een andere rol, daarom tonen we hier niets.
            </Paragraph>
          </Notice>
          <OwnAppLink own={screen.own} />
        </section>
      );
    case 'no-app-for-role':
      return (
        <section aria-labelledby="no-app-title">
          <Heading level={1} id="no-app-title">
            Uw omgeving is er nog niet
          </Heading>
          <Notice title="Nog niet beschikbaar">
            <Paragraph>
              U bent ingelogd als {ROLE_LABELS[screen.role]}. De omgeving voor uw rol is nog in ontwikkeling. Zodra die
              klaar is, vindt u haar hier.
            </Paragraph>
          </Notice>
        </section>
      );
    case 'not-found':
      return (
        <section aria-labelledby="not-found-title">
          <Heading level={1} id="not-found-title">
            Pagina niet gevonden
          </Heading>
          <Paragraph>Deze pagina bestaat niet.</Paragraph>
          <OwnAppLink own={session ? appForRole(session.user.role) : undefined} />
        </section>
      );
  }
}

export function Shell({ auth, broken, onReady }: ShellProps) {
  const [path, setPath] = useState(() => window.location.pathname);
  const [session, setSession] = useState<Session | null>(() => readSession());

  useEffect(() => {
    const update = () => {
      setPath(window.location.pathname);
      setSession(readSession());
    };
    window.addEventListener('single-spa:routing-event', update);
    window.addEventListener('popstate', update);
    onReady();
    return () => {
      window.removeEventListener('single-spa:routing-event', update);
      window.removeEventListener('popstate', update);
    };
  }, [onReady]);

  const screen = decideScreen(path, session?.user ?? null);
  // Help, contact, accessibility and privacy are readable without logging in.
  const footerPage = footerPageFor(path);

  useEffect(() => {
    // An app sets the title of its own pages ("<page> – <app> – Stelsel mbo"); a footer page sets its own.
    const appShown = screen.kind === 'app' && !broken.has(screen.app.specifier);
    if (!footerPage && !appShown) document.title = pageTitle(titleFor(screen));
    if (screen.kind === 'redirect') {
      window.history.replaceState(null, '', screen.to);
      setPath(screen.to);
    }
  });

  const onSession = useCallback((next: Session, to: string) => {
    setSession(next);
    window.history.replaceState(null, '', to);
    setPath(to);
  }, []);

  const own = session ? appForRole(session.user.role) : undefined;
  // One navigation level: inside an app, the app's own menu is the navigation; elsewhere a link back to it.
  const navigation = own && screen.kind !== 'app' ? [{ href: own.path, label: own.label }] : [];
  const account = session ? (
    <>
      <span>
        Ingelogd als <strong>{session.user.name}</strong>
      </span>
      <SecondaryActionButton type="button" onClick={() => void logout(auth)}>
        Uitloggen
      </SecondaryActionButton>
    </>
  ) : null;

  return (
    <PageLayout
      navigation={navigation}
      onNavigate={(href) => go(href)}
      account={account}
      address={session?.user.role === 'student' ? 'je' : 'u'}
    >
      {footerPage ? (
        <FooterPageView page={footerPage} address={session?.user.role === 'student' ? 'je' : 'u'} />
      ) : (
        <ShellScreen screen={screen} auth={auth} session={session} broken={broken} onSession={onSession} />
      )}
      <div id={APP_CONTAINER_ID} />
    </PageLayout>
  );
}
