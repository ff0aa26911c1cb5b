import { type AppRootProps, useAppPath } from '@stelsel/client';
import { NotFound, SubNavigation, usePageTitle } from '@stelsel/ui';
import { ChoicesPage } from './choices-page.tsx';
import { MyPlacementPage } from './my-placement-page.tsx';
import { APP_NAME, CHOICES_PATH, PAGE_TITLES, pageOf } from './paths.ts';
import { PlacePage } from './place-page.tsx';

export { APP_NAME, CHOICES_PATH, PAGE_TITLES } from './paths.ts';

/** The pages of the student app, each at its own address under the base path. */
export function StudentRoot(props: AppRootProps) {
  const { basePath } = props;
  const { path, navigate } = useAppPath(basePath);
  const { page, id } = pageOf(path);
  usePageTitle(PAGE_TITLES[page], APP_NAME);
  const items = [
    { href: basePath, label: 'Mijn stage', current: page === 'placement' },
    { href: `${basePath}${CHOICES_PATH}`, label: 'Mijn keuzes', current: page === 'choices' || page === 'place' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van mijn stage" items={items} onNavigate={navigate} />
      {page === 'placement' ? <MyPlacementPage /> : null}
      {page === 'choices' ? <ChoicesPage basePath={basePath} navigate={navigate} /> : null}
      {page === 'place' && id ? <PlacePage key={id} placeId={id} basePath={basePath} navigate={navigate} /> : null}
      {page === 'not-found' ? (
        <NotFound app={APP_NAME} startHref={basePath} startLabel="Mijn stage" onNavigate={navigate} />
      ) : null}
    </>
  );
}
