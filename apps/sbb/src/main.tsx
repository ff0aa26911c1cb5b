import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { SbbRoot } from './routes/sbb-root.tsx';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'sbb',
  version: __STELSEL_APP_VERSION__,
  Root: SbbRoot,
  fallback: () => <AppErrorFallback title="SBB" />,
});
