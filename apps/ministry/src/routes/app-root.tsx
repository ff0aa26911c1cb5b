import type { AppRootProps } from '@stelsel/client';
import { Link, MAIN_ID } from '@stelsel/ui';
import { type ComponentType, type MouseEvent, useEffect, useState } from 'react';
import { AllocationsPage } from './allocations-page.tsx';
import { MINISTRY_ROUTES, type MinistryRoute, routeFor } from './routes.ts';
import { ShortagesPage } from './shortages-page.tsx';

const PAGES: Record<MinistryRoute['id'], ComponentType> = {
  allocations: AllocationsPage,
  shortages: ShortagesPage,
};

function currentPath() {
  return window.location.pathname;
}

/** The ministry app: its own navigation between allocations and shortages, each at its own address. */
export function MinistryRoot({ basePath }: AppRootProps) {
  const [pathname, setPathname] = useState(currentPath);
  useEffect(() => {
    const update = () => setPathname(currentPath());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  const active = routeFor(basePath, pathname);
  const Page = PAGES[active.id];

  const go = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (href !== currentPath()) window.history.pushState(null, '', href);
    setPathname(currentPath());
    document.getElementById(MAIN_ID)?.focus();
  };

  return (
    <>
      <nav aria-label="Onderdelen van het ministerie">
        <ul style={{ display: 'flex', gap: '1.5rem', listStyle: 'none', padding: 0, margin: 0, flexWrap: 'wrap' }}>
          {MINISTRY_ROUTES.map((route) => {
            const href = `${basePath}${route.suffix}`;
            const current = route.id === active.id;
            return (
              <li key={route.id}>
                <Link
                  href={href}
                  onClick={go(href)}
                  aria-current={current ? 'page' : undefined}
                  style={current ? { fontWeight: 'bold' } : undefined}
                >
                  {route.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Page />
    </>
  );
}
