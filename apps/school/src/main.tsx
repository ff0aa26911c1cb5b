import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { StudentsPage } from './routes/students-page.tsx';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'school',
  version: __STELSEL_APP_VERSION__,
  Root: StudentsPage,
  fallback: () => <AppErrorFallback title="Mijn studenten" />,
});
