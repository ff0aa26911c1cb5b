import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { CompanyPage } from './routes/company-page.tsx';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'company',
  version: __STELSEL_APP_VERSION__,
  Root: CompanyPage,
  fallback: () => <AppErrorFallback title="Erkenning en leerplaatsen" />,
});
