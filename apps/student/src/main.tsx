import { defineStelselApp } from '@stelsel/client/app';
import { AppErrorFallback } from '@stelsel/ui';
import { StudentRoot } from './routes/app-root.tsx';
import { FollowReportPage } from './routes/follow-report.tsx';
import { FOLLOW_PATH, type PUBLIC_PATHS } from './routes/paths.ts';

export const { bootstrap, mount, unmount } = defineStelselApp({
  name: 'student',
  version: __STELSEL_APP_VERSION__,
  Root: StudentRoot,
  fallback: () => <AppErrorFallback title="Mijn stage" />,
  publicPages: { [FOLLOW_PATH]: FollowReportPage } satisfies Record<(typeof PUBLIC_PATHS)[number], unknown>,
});
