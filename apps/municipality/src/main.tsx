import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { IntroWeekPage } from './routes/intro-week-page.tsx';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'municipality',
  version: __STELSEL_APP_VERSION__,
  Root: IntroWeekPage,
  fallback: () => <AppErrorFallback title="Introductieweek" />,
});
