import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { CompanyRoot } from './routes/app-root.tsx';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'company',
  version: __STELSEL_APP_VERSION__,
  Root: CompanyRoot,
  fallback: () => <AppErrorFallback title="Erkenning en leerplaatsen" />,
});
