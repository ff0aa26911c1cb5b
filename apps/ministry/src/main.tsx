import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { AllocationsPage } from './routes/allocations-page.tsx';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'ministry',
  version: __STELSEL_APP_VERSION__,
  Root: AllocationsPage,
  fallback: () => <AppErrorFallback title="Allocaties" />,
});
