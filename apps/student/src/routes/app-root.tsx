import { type AppRootProps, useAppPath } from '@stelsel/client';
import { SubNavigation } from '@stelsel/ui';
import { ChoicesPage } from './choices-page.tsx';
import { MyPlacementPage } from './my-placement-page.tsx';

export const CHOICES_PATH = '/keuzes';

/** The pages of the student app, each at its own address under the base path. */
export function StudentRoot(props: AppRootProps) {
  const { basePath } = props;
  const { path, navigate } = useAppPath(basePath);
  const page = path === CHOICES_PATH ? 'choices' : 'placement';
  const items = [
    { href: basePath, label: 'Mijn stage', current: page === 'placement' },
    { href: `${basePath}${CHOICES_PATH}`, label: 'Mijn keuzes', current: page === 'choices' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van mijn stage" items={items} onNavigate={navigate} />
      {page === 'placement' ? <MyPlacementPage /> : null}
      {page === 'choices' ? <ChoicesPage /> : null}
    </>
  );
}
