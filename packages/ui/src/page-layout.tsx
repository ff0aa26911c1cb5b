import { Footer, PageHeader, Paragraph, SkipLink } from '@rijkshuisstijl-community/components-react';
import type { MouseEvent, ReactNode } from 'react';
import { type Address, FOOTER_PAGES } from './footer-pages.tsx';

export const MAIN_ID = 'inhoud';

export interface NavigationItem {
  href: string;
  label: string;
  current?: boolean;
}

export interface PageLayoutProps {
  /** Links in the main navigation; empty when the visitor is not logged in. */
  navigation: readonly NavigationItem[];
  /** Called for a plain click on a navigation link, so the shell can route without a reload. */
  onNavigate?: (href: string) => void;
  /** Next to the navigation: who is logged in and the logout button. */
  account?: ReactNode;
  /** "je" for students, "u" for everyone else; the footer follows the app. */
  address?: Address;
  children: ReactNode;
}

function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The page of every screen: skip link, header with the service name, main navigation, the main
 * landmark (target of the skip link) and the footer.
 */
export function PageLayout({ navigation, onNavigate, account, address = 'u', children }: PageLayoutProps) {
  return (
    <div className="stelsel-page">
      <SkipLink href={`#${MAIN_ID}`}>Direct naar de inhoud</SkipLink>
      <PageHeader className="stelsel-header">
        <div className="stelsel-header__bar">
          <a className="stelsel-header__title" href="/">
            Stelsel mbo
          </a>
        </div>
      </PageHeader>
      {navigation.length > 0 || account ? (
        <div className="stelsel-nav">
          <div className="stelsel-nav__bar">
            {navigation.length > 0 ? (
              <nav aria-label="Hoofdnavigatie">
                <ul className="stelsel-nav__list">
                  {navigation.map((item) => (
                    <li key={item.href} className="stelsel-nav__item">
                      <a
                        className="stelsel-nav__link"
                        href={item.href}
                        aria-current={item.current ? 'page' : undefined}
                        onClick={(event) => {
                          if (!onNavigate || !isPlainClick(event)) return;
                          event.preventDefault();
                          onNavigate(item.href);
                        }}
                      >
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {account ? <div className="stelsel-nav__account">{account}</div> : null}
          </div>
        </div>
      ) : null}
      <main id={MAIN_ID} tabIndex={-1} className="stelsel-main">
        {children}
      </main>
      <Footer
        className="stelsel-footer"
        columns={[
          {
            heading: 'Stelsel mbo',
            children: <Paragraph>Stages, leerbanen, erkenningen en financiering in het mbo, op één plek.</Paragraph>,
          },
          {
            heading: address === 'je' ? 'Jouw gegevens' : 'Uw gegevens',
            children: (
              <Paragraph>
                {address === 'je'
                  ? 'Je ziet alleen je eigen gegevens.'
                  : 'U ziet alleen de gegevens van uw eigen organisatie, passend bij uw rol.'}
              </Paragraph>
            ),
          },
          {
            heading: 'Over deze website',
            children: (
              <nav aria-label="Over deze website">
                <ul className="stelsel-footer__links">
                  {FOOTER_PAGES.map((page) => (
                    <li key={page.path}>
                      <a
                        className="utrecht-link utrecht-link--html-a"
                        href={page.path}
                        onClick={(event) => {
                          if (!onNavigate || !isPlainClick(event)) return;
                          event.preventDefault();
                          onNavigate(page.path);
                        }}
                      >
                        {page.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ),
          },
        ]}
      />
    </div>
  );
}
