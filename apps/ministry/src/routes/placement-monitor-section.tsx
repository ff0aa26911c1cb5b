import { useQuery } from '@stelsel/client';
import { BarChart, DataTable, formatInteger, Heading, Paragraph, QueryStatus } from '@stelsel/ui';
import { formatShare } from '@stelsel/ui/shortages';
import { placementMonitorQuery } from '../graphql/shortages.ts';
import { DECLINE_REASON_LABELS } from './shortages.ts';

/** The Stagepact monitor: declined matches per reason, and the shares of contact moments and allowances. */
export function PlacementMonitorSection() {
  const result = useQuery(placementMonitorQuery, {});
  return (
    <section aria-labelledby="monitor-title">
      <Heading level={2} id="monitor-title">
        Monitor Stagepact: afwijzingen, contactmomenten en vergoedingen
      </Heading>
      <QueryStatus result={result} what="de monitor" loading="De monitor wordt geladen…" />
      {result.status === 'done'
        ? (() => {
            const m = result.data.placementMonitor;
            if (!m) return null;
            const signed =
              m.signedAgreements == null
                ? 'ondertekende overeenkomsten worden nog niet bijgehouden'
                : `van ${formatInteger(m.signedAgreements)} ondertekende ${m.signedAgreements === 1 ? 'praktijkovereenkomst' : 'praktijkovereenkomsten'}`;
            return (
              <>
                <Paragraph>
                  Leerbedrijven wezen {formatInteger(m.declined)} van {formatInteger(m.placements)} bevestigde matches
                  af. Afwijzingen per reden zijn een signaal voor mogelijke discriminatie; de monitor toont alleen
                  aantallen, geen personen.
                </Paragraph>
                <BarChart
                  title="Afgewezen matches per reden (grafiek)"
                  summary={`${formatInteger(m.declined)} afwijzingen, verdeeld over de redenen die leerbedrijven opgaven.`}
                  labelHeader="Reden"
                  valueHeader="Aantal"
                  data={m.declines.map((r) => ({
                    key: r.reason,
                    label: DECLINE_REASON_LABELS[r.reason],
                    value: r.count,
                    display: formatInteger(r.count),
                  }))}
                />
                <DataTable
                  caption="Afgewezen matches per reden"
                  columns={[
                    { key: 'reason', header: 'Reden', rowHeader: true, cell: (r) => DECLINE_REASON_LABELS[r.reason] },
                    { key: 'count', header: 'Aantal', numeric: true, cell: (r) => formatInteger(r.count) },
                  ]}
                  rows={m.declines}
                  rowKey={(r) => r.reason}
                  footer={[{ key: 'total', cells: ['Totaal afgewezen', formatInteger(m.declined)] }]}
                />
                <dl>
                  <dt>Aandeel met alle drie contactmomenten (start, tussentijds, eind)</dt>
                  <dd>
                    <strong>{formatShare(m.threeContactMomentsShare)}</strong> ({signed})
                  </dd>
                  <dt>Aandeel met een onkostenvergoeding</dt>
                  <dd>
                    <strong>{formatShare(m.expenseAllowanceShare)}</strong> ({signed})
                  </dd>
                </dl>
              </>
            );
          })()
        : null}
    </section>
  );
}
