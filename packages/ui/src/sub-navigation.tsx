import type { ReactNode } from 'react';
import { MAIN_ID } from './page-layout.tsx';

export interface SubNavigationItem {
  href: string;
  label: string;
  current: boolean;
  /** Work waiting there (issue 9 §5), shown as text after the label, "Gematchte studenten (3)"; none when 0. */
  count?: number;
}

export interface SubNavigationProps {
  /** Accessible name of the navigation landmark, e.g. "Onderdelen van het leerbedrijf". */
  label: string;
  items: readonly SubNavigationItem[];
  /** Called for a plain click, so the app can route without a reload. */
  onNavigate: (href: string) => void;
}

/** The pages inside one app, as links with `aria-current` on the page shown. */
export function SubNavigation({ label, items, onNavigate }: SubNavigationProps) {
  return (
    <nav aria-label={label} className="stelsel-subnav">
      <ul className="stelsel-subnav__list">
        {items.map((item) => (
          <li key={item.href}>
            <a
              className="utrecht-link utrecht-link--html-a stelsel-subnav__link"
              href={item.href}
              aria-current={item.current ? 'page' : undefined}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                onNavigate(item.href);
                document.getElementById(MAIN_ID)?.focus();
              }}
            >
              {item.label}
              {item.count ? (
                <>
                  <span aria-hidden="true">{` (${item.count})`}</span>
                  <span className="stelsel-visually-hidden">{` (${item.count} te doen)`}</span>
                </>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export interface RouteLinkProps {
  href: string;
  onNavigate: (href: string) => void;
  children: ReactNode;
  /** Extra accessible context, e.g. which row the link acts on. */
  'aria-label'?: string;
}

/** A link to another page of the same app: a real link (opens in a new tab too), routed without a reload. */
export function RouteLink({ href, onNavigate, children, 'aria-label': ariaLabel }: RouteLinkProps) {
  return (
    <a
      className="utrecht-link utrecht-link--html-a"
      href={href}
      aria-label={ariaLabel}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onNavigate(href);
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {children}
    </a>
  );
}
