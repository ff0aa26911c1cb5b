import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { MinistryRoot } from './routes/app-root.tsx';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'ministry',
  version: __STELSEL_APP_VERSION__,
  Root: MinistryRoot,
  fallback: () => <AppErrorFallback title="Ministerie" />,
});
