import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { MunicipalityRoot } from './routes/municipality-root.tsx';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'municipality',
  version: __STELSEL_APP_VERSION__,
  Root: MunicipalityRoot,
  fallback: () => <AppErrorFallback title="Introductieweek" />,
});
