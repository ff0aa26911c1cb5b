import { useQuery } from '@stelsel/client';
import { type Column, DataTable, Empty, formatDate, Heading, Paragraph, QueryStatus, RouteLink } from '@stelsel/ui';
import { useRef } from 'react';
import type { MyPlacementsQuery } from '../graphql/generated/graphql.ts';
import { myPlacementsQuery } from '../graphql/placements.ts';
import { agreementStatusText, allowanceText, contactMomentsText, isFollowedUp } from './placement-summary.ts';

type Placement = NonNullable<MyPlacementsQuery['myMatches']>[number];

export interface PlacementsPageProps {
  basePath: string;
  navigate: (href: string) => void;
}

export const placementHref = (basePath: string, placementId: string) =>
  `${basePath}/stages/${encodeURIComponent(placementId)}`;

const AFTER_AGREEMENT = 'Na de praktijkovereenkomst';

const studentName = (p: Placement) => `${p.student.givenName} ${p.student.familyName}`;

/**
 * The students the company accepted, each with what it has to follow up: signing the agreement,
 * the three contact moments and the monthly allowances.
 */
export function PlacementsPage({ basePath, navigate }: PlacementsPageProps) {
  const result = useQuery(myPlacementsQuery, {});
  const last = useRef<Placement[] | null>(null);
  if (result.status === 'done') last.current = result.data.myMatches;
  const all = result.status === 'done' ? result.data.myMatches : last.current;
  const placements = all?.filter((p) => isFollowedUp(p.status)) ?? null;

  const columns: Column<Placement>[] = [
    {
      key: 'student',
      header: 'Student',
      rowHeader: true,
      cell: (p) => (
        <RouteLink href={placementHref(basePath, p.id)} onNavigate={navigate}>
          {studentName(p)}
        </RouteLink>
      ),
    },
    {
      key: 'place',
      header: 'Plaats',
      cell: (p) => `${p.place.title} (${formatDate(p.place.startsOn)} tot en met ${formatDate(p.place.endsOn)})`,
    },
    { key: 'agreement', header: 'Praktijkovereenkomst', cell: (p) => agreementStatusText(p.agreement) },
    {
      key: 'moments',
      header: 'Contactmomenten',
      cell: (p) =>
        p.agreement
          ? contactMomentsText(p.agreement.contactMoments, p.agreement.contactMomentExceptions)
          : AFTER_AGREEMENT,
    },
    {
      key: 'allowances',
      header: 'Vergoedingen',
      cell: (p) => (p.agreement ? allowanceText(p.agreement.status, p.agreement.allowanceStatus) : AFTER_AGREEMENT),
    },
  ];

  return (
    <section aria-labelledby="placements-title">
      <Heading level={1} id="placements-title">
        Stages
      </Heading>
      <Paragraph>
        De studenten die u heeft geaccepteerd, voor een stage (bol) of een leerbaan (bbl). Per student ziet u of de
        praktijkovereenkomst is ondertekend, hoe ver de drie contactmomenten zijn en of de vergoedingen zijn betaald.
      </Paragraph>
      <QueryStatus result={result} what="de stages" loading="De stages worden geladen…" showing={placements} />
      {placements ? (
        placements.length === 0 ? (
          <Empty>
            U heeft nog geen studenten geaccepteerd. Nieuwe studenten staan bij{' '}
            <RouteLink href={`${basePath}/matches`} onNavigate={navigate}>
              Gematchte studenten
            </RouteLink>
            .
          </Empty>
        ) : (
          <DataTable
            caption={`Geaccepteerde studenten (${placements.length})`}
            columns={columns}
            rows={placements}
            rowKey={(p) => p.id}
          />
        )
      ) : null}
    </section>
  );
}
