import { type AppRootProps, useAppPath } from '@stelsel/client';
import { SubNavigation } from '@stelsel/ui';
import { RoundPage } from './round-page.tsx';
import { RoundsPage } from './rounds-page.tsx';
import { StudentsPage } from './students-page.tsx';

/** The pages of the school app, each at its own address under the base path. */
export function SchoolRoot(props: AppRootProps) {
  const { basePath } = props;
  const { path, navigate } = useAppPath(basePath);
  const roundMatch = /^\/rondes\/([^/]+)$/.exec(path);
  const roundId = roundMatch?.[1] ? decodeURIComponent(roundMatch[1]) : null;
  const page = roundId ? 'round' : path === '/rondes' ? 'rounds' : 'students';
  const items = [
    { href: basePath, label: 'Studenten', current: page === 'students' },
    { href: `${basePath}/rondes`, label: 'Stagematching', current: page !== 'students' },
  ];
  return (
    <>
      <SubNavigation label="Onderdelen van de school" items={items} onNavigate={navigate} />
      {page === 'students' ? <StudentsPage {...props} /> : null}
      {page === 'rounds' ? <RoundsPage {...props} navigate={navigate} /> : null}
      {page === 'round' && roundId ? (
        <RoundPage key={roundId} roundId={roundId} basePath={basePath} navigate={navigate} />
      ) : null}
    </>
  );
}
