import { type Column, DataTable, Empty, Heading, RouteLink } from '@stelsel/ui';
import { placeHref, type Result, type Round, type RoundNav, studentName } from './round-model.ts';

/** The outcome per student, with the explanation of why; each place links to its page. */
export function Results({ round, nav }: { round: Round; nav: RoundNav }) {
  const names = new Map(round.students.map((s) => [s.student.id, studentName(s.student)]));
  const columns: Column<Result>[] = [
    { key: 'student', header: 'Student', rowHeader: true, cell: (r) => names.get(r.student.id) ?? r.student.id },
    {
      key: 'place',
      header: 'Plaats',
      cell: (r) =>
        r.place ? (
          <>
            <RouteLink href={placeHref(nav.basePath, r.place.id)} onNavigate={nav.navigate}>
              {r.place.title}
            </RouteLink>{' '}
            — {r.place.company.name}
          </>
        ) : (
          'Geen plaats in deze ronde'
        ),
      text: (r) => (r.place ? `${r.place.title} — ${r.place.company.name}` : 'Geen plaats in deze ronde'),
    },
    { key: 'rank', header: 'Keuze', numeric: true, cell: (r) => (r.rank ? `${r.rank}e` : '—') },
    {
      key: 'why',
      header: 'Waarom',
      cell: (r) => (
        <>
          {r.explanation.reason}
          {r.explanation.betterChoicesFull.length > 0 ? (
            <>
              {' '}
              Hogere keuzes die vol waren:{' '}
              {r.explanation.betterChoicesFull.map((p) => `${p.title} (${p.company.name})`).join('; ')}.
            </>
          ) : null}
          {r.explanation.notEligibleChoices.length > 0 ? (
            <> Niet passend: {r.explanation.notEligibleChoices.map((p) => p.title).join('; ')}.</>
          ) : null}
          {r.adjusted ? <> Met de hand aangepast: {r.adjustmentReason}.</> : null}
          {r.droppedAtConfirmation ? <> Vervallen bij bevestigen: de plaats was gesloten of vol.</> : null}
        </>
      ),
    },
  ];
  return (
    <>
      <Heading level={2}>Uitkomst per student</Heading>
      {round.results.length === 0 ? (
        <Empty>Er is nog geen uitkomst.</Empty>
      ) : (
        <DataTable
          caption={`Uitkomst van ${round.name}`}
          columns={columns}
          rows={round.results}
          rowKey={(r) => r.student.id}
        />
      )}
    </>
  );
}
