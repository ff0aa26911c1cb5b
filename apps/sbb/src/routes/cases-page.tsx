import { useQuery } from '@stelsel/client';
import { type Column, DataTable, Empty, formatDate, Heading, Paragraph, QueryStatus, RouteLink } from '@stelsel/ui';
import type { SbbCasesQuery } from '../graphql/generated/graphql.ts';
import { casesQuery } from '../graphql/sbb.ts';
import { CASES_PATH, dayOf } from './sbb-pages.ts';

type CaseRow = NonNullable<SbbCasesQuery['sbbCases']>[number];

function columns(basePath: string, navigate: (href: string) => void): Column<CaseRow>[] {
  return [
    {
      key: 'company',
      header: 'Leerbedrijf',
      rowHeader: true,
      cell: (c) => (
        <RouteLink href={`${basePath}${CASES_PATH}/${encodeURIComponent(c.id)}`} onNavigate={navigate}>
          {c.company.name}
        </RouteLink>
      ),
      text: (c) => c.company.name,
    },
    { key: 'status', header: 'Stand', cell: (c) => c.statusLabel },
    { key: 'received', header: 'Ontvangen op', cell: (c) => formatDate(dayOf(c.receivedAt)) },
    { key: 'age', header: 'Dagen oud', numeric: true, cell: (c) => String(c.ageInDays) },
    {
      key: 'acknowledge',
      header: 'Ontvangst bevestigen',
      cell: (c) =>
        c.status !== 'RECEIVED'
          ? 'Bevestigd'
          : c.acknowledgeOverdue
            ? `Te laat: uiterlijk ${formatDate(c.acknowledgeDueOn)}`
            : `Uiterlijk ${formatDate(c.acknowledgeDueOn)}`,
    },
  ];
}

/** The open cases, oldest first as the service answers them, with the three-working-day acknowledgement. */
export function CasesPage({ basePath, navigate }: { basePath: string; navigate: (href: string) => void }) {
  const result = useQuery(casesQuery, { includeClosed: false });
  return (
    <section aria-labelledby="sbb-cases-title">
      <Heading level={1} id="sbb-cases-title">
        Meldingen en zaken
      </Heading>
      <Paragraph>
        Meldingen van stagediscriminatie en stagemisbruik die SBB onderzoekt. SBB bevestigt de ontvangst binnen 3
        werkdagen. De inhoud van een melding leest u per zaak; elke keer dat u een zaak opent, wordt vastgelegd.
      </Paragraph>
      <QueryStatus result={result} what="de zaken" loading="De zaken worden geladen…" />
      {result.status === 'done' ? (
        (result.data.sbbCases ?? []).length === 0 ? (
          <Empty>Er zijn geen open zaken.</Empty>
        ) : (
          <DataTable
            caption={`Open zaken (${result.data.sbbCases?.length ?? 0})`}
            columns={columns(basePath, navigate)}
            rows={result.data.sbbCases ?? []}
            rowKey={(c) => c.id}
          />
        )
      ) : null}
    </section>
  );
}
