import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { SchoolRoot } from './routes/app-root.tsx';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'school',
  version: __STELSEL_APP_VERSION__,
  Root: SchoolRoot,
  fallback: () => <AppErrorFallback title="Mijn studenten" />,
});
