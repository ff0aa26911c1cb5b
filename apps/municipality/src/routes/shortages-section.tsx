import { useQuery } from '@stelsel/client';
import { Empty, Heading, Paragraph, PartialNotice, QueryStatus, ShortagesTable } from '@stelsel/ui';
import { regionShortagesQuery } from '../graphql/shortages.ts';

/** The shortages in the municipality's own labour-market region; counts of 1 to 4 are shielded. */
export function ShortagesSection() {
  const result = useQuery(regionShortagesQuery, {});
  return (
    <section aria-labelledby="municipality-shortages-title">
      <Heading level={1} id="municipality-shortages-title">
        Stagetekorten in uw regio
      </Heading>
      <QueryStatus result={result} what="de stagetekorten" loading="De stagetekorten worden geladen…" />
      {result.status === 'done'
        ? (() => {
            if (!result.data.shortages) return <PartialNotice unavailable={['de stagetekorten']} />;
            const { rows, totals } = result.data.shortages;
            const regions = [...new Set(rows.map((r) => r.region.name))];
            const regionName = regions.length === 1 ? regions[0] : 'uw arbeidsmarktregio';
            return rows.length === 0 ? (
              <Empty>Voor uw arbeidsmarktregio zijn geen stagetekorten of overschotten bekend.</Empty>
            ) : (
              <>
                <Paragraph>
                  Hoeveel studenten in arbeidsmarktregio <strong>{regionName}</strong> nog een stageplaats of leerbaan
                  nodig hebben, tegenover de vrije plekken bij erkende leerbedrijven in de regio, per kwalificatie en
                  leerweg (bol of bbl).
                </Paragraph>
                <ShortagesTable
                  caption={`Stagetekorten in arbeidsmarktregio ${regionName} per kwalificatie en leerweg, met totalen`}
                  rows={rows}
                  totals={totals}
                  oneRegion={regions.length === 1}
                />
              </>
            );
          })()
        : null}
    </section>
  );
}
