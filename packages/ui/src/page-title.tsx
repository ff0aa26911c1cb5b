import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect } from 'react';
import { RouteLink } from './sub-navigation.tsx';

export const SITE_NAME = 'Stelsel mbo';

/** "<page> – <app> – Stelsel mbo": the page comes first, so a list of tabs or a history shows where you were (WCAG 2.4.2). */
export function pageTitle(page: string, app?: string): string {
  return [page, app, SITE_NAME].filter((part) => part && part.length > 0).join(' – ');
}

/** Sets the document title while the page is shown. */
export function usePageTitle(page: string, app?: string): void {
  useEffect(() => {
    document.title = pageTitle(page, app);
  }, [page, app]);
}

export interface NotFoundProps {
  /** Name of the app, for the title ("Pagina niet gevonden – School – Stelsel mbo"). */
  app: string;
  /** The app's start page. */
  startHref: string;
  startLabel: string;
  onNavigate: (href: string) => void;
}

/** What an app shows for an address it does not know, instead of silently showing its start page. */
export function NotFound({ app, startHref, startLabel, onNavigate }: NotFoundProps) {
  usePageTitle('Pagina niet gevonden', app);
  return (
    <section aria-labelledby="not-found-title">
      <Heading level={1} id="not-found-title">
        Pagina niet gevonden
      </Heading>
      <Paragraph>
        Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt, of is de link verouderd.
      </Paragraph>
      <Paragraph>
        Ga naar{' '}
        <RouteLink href={startHref} onNavigate={onNavigate}>
          {startLabel}
        </RouteLink>
        .
      </Paragraph>
    </section>
  );
}
