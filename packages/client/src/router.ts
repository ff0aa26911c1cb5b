import { useCallback, useEffect, useState } from 'react';

/** The part of `pathname` after the app's base path, without trailing slashes ("" for the app's start page). */
export function pathWithin(basePath: string, pathname: string): string {
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return '';
  return pathname.slice(basePath.length).replace(/\/+$/, '');
}

/**
 * The page inside an app, from the address bar: follows back and forward, and `navigate` pushes a
 * new address (single-spa sees it, and the app stays mounted because it is still under its base path).
 */
export function useAppPath(basePath: string): { path: string; navigate: (href: string) => void } {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  useEffect(() => {
    const update = () => setPathname(window.location.pathname);
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  const navigate = useCallback((href: string) => {
    if (href !== window.location.pathname) window.history.pushState(null, '', href);
    setPathname(window.location.pathname);
  }, []);
  return { path: pathWithin(basePath, pathname), navigate };
}
