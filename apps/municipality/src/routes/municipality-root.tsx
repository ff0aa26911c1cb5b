import type { AppRootProps } from '@stelsel/client';
import { IntroWeekPage } from './intro-week-page.tsx';
import { ShortagesSection } from './shortages-section.tsx';

/** The municipality app: the intro week, then the shortages in the own labour-market region. */
export function MunicipalityRoot(props: AppRootProps) {
  return (
    <>
      <IntroWeekPage {...props} />
      <ShortagesSection />
    </>
  );
}
