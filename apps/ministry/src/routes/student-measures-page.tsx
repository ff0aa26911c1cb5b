import { useQuery } from '@stelsel/client';
import { type Column, DataTable, Failed, formatInteger, Heading, Loading, Paragraph, QueryStatus } from '@stelsel/ui';
import type { StudentMeasuresFieldsFragment as Row } from '../graphql/generated/graphql.ts';
import { ministrySchoolYearQuery, studentMeasuresQuery } from '../graphql/student-measures.ts';

type Count = { count: number | null; suppressed: boolean };

/** A count as shown: "1–4" when suppressed, so a hidden small number is never read as 0. */
export const countText = (c: Count) => (c.suppressed ? '1–4' : formatInteger(c.count ?? 0));
const shareText = (share: number | null) =>
  share === null ? '—' : `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(share * 100)}%`;

function columns(names: ReadonlyMap<string, string>): Column<Row>[] {
  return [
    {
      key: 'institution',
      header: 'Instelling',
      rowHeader: true,
      sortable: true,
      cell: (r) => (r.institutionId ? (names.get(r.institutionId) ?? r.institutionId) : 'Heel Nederland'),
    },
    {
      key: 'entitled',
      header: 'Recht op boeken',
      numeric: true,
      cell: (r) => countText(r.entitledStudents),
    },
    { key: 'allBooks', header: 'Alle boeken', numeric: true, cell: (r) => countText(r.studentsWithAllBooks) },
    { key: 'share', header: 'Deel', numeric: true, cell: (r) => shareText(r.shareWithAllBooks) },
    {
      key: 'cards',
      header: 'Kaarten',
      numeric: true,
      cell: (r) => `${countText(r.cardsIssued)} van ${countText(r.students)}`,
    },
    { key: 'refunds', header: 'Aanvragen', numeric: true, cell: (r) => countText(r.refundRequests) },
    { key: 'overdue', header: 'Te laat', numeric: true, cell: (r) => countText(r.refundsOverdue) },
    {
      key: 'speed',
      header: 'Dagen tot besluit',
      numeric: true,
      cell: (r) => (r.medianDaysToDecide === null ? '—' : formatInteger(r.medianDaysToDecide)),
    },
  ];
}

/** Free books, student cards and unused learning materials, per institution and national (issue 12). */
export function StudentMeasuresPage() {
  const year = useQuery(ministrySchoolYearQuery, {});
  return (
    <section aria-labelledby="measures-title">
      <Heading level={1} id="measures-title">
        Boeken, studentenkaarten en leermiddelen
      </Heading>
      <Paragraph>
        Per instelling: hoeveel studenten recht hebben op gratis boeken en licenties voor taal, rekenen en burgerschap,
        hoeveel van hen alles kregen, uitgegeven studentenkaarten, en hoe snel aanvragen onder de regeling ongebruikte
        leermiddelen worden afgehandeld. “Alle boeken” en “Deel”: studenten met recht die voor alle drie de vakken een
        boek of licentie kregen. “Dagen tot besluit” is de mediaan. Aantallen van 1 tot en met 4 staan er als “1–4”.
      </Paragraph>
      <QueryStatus result={year} what="het schooljaar" />
      {year.status === 'done' && year.data.currentSchoolYear ? (
        <Measures schoolYear={year.data.currentSchoolYear} />
      ) : null}
    </section>
  );
}

function Measures({ schoolYear }: { schoolYear: string }) {
  const result = useQuery(studentMeasuresQuery, { schoolYear });
  if (result.status === 'loading') return <Loading>Cijfers worden opgehaald…</Loading>;
  if (result.status === 'failed') {
    return <Failed what="de cijfers" message={result.error.message} onRetry={result.reload} />;
  }
  const overview = result.data.bookProvisionOverview;
  if (!overview) return <Paragraph>Er zijn nog geen cijfers voor schooljaar {schoolYear}.</Paragraph>;
  const names = new Map((result.data.institutions ?? []).map((i) => [i.id, i.name]));
  return (
    <DataTable
      caption={`Gratis boeken, studentenkaarten en leermiddelen in schooljaar ${overview.schoolYear}`}
      columns={columns(names)}
      rows={overview.institutions}
      rowKey={(r) => r.institutionId ?? 'nl'}
      footer={[{ key: 'nl', cells: columns(names).map((c) => c.cell(overview.national)) }]}
      csvName={`boeken-kaarten-leermiddelen-${overview.schoolYear}`}
    />
  );
}
