import { useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  Empty,
  Failed,
  formatInteger,
  Heading,
  Loading,
  Notice,
  Paragraph,
  ShortagesTable,
} from '@stelsel/ui';
import { describeGap, formatCount, formatShare, SUPPRESSED_EXPLANATION } from '@stelsel/ui/shortages';
import { useId, useState } from 'react';
import type { MinistryBblShareQuery } from '../graphql/generated/graphql.ts';
import {
  bblShareQuery,
  labourMarketRegionsQuery,
  placementMonitorQuery,
  shortagesQuery,
} from '../graphql/shortages.ts';
import { DECLINE_REASON_LABELS } from './shortages.ts';

type National = MinistryBblShareQuery['bblShare']['national'];
type InstitutionShare = MinistryBblShareQuery['bblShare']['perInstitution'][number];

/** A bar of the share with a mark at the ambition; decorative, the numbers are in the text next to it. */
function ShareBar({ share, ambition }: { share: number; ambition: number }) {
  const clamp = (n: number) => Math.max(0, Math.min(1, n)) * 100;
  return (
    <div
      aria-hidden="true"
      style={{
        position: 'relative',
        height: '1.5rem',
        maxWidth: '32rem',
        background: '#e6e6e6',
        border: '1px solid #696969',
      }}
    >
      <div style={{ width: `${clamp(share)}%`, height: '100%', background: '#01689b' }} />
      <div
        style={{
          position: 'absolute',
          top: '-0.25rem',
          bottom: '-0.25rem',
          left: `${clamp(ambition)}%`,
          borderLeft: '3px solid #000',
        }}
      />
    </div>
  );
}

function NationalShare({ national }: { national: National }) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Paragraph>
          Landelijk bbl-aandeel: <strong>{formatShare(national.share)}</strong> ({formatInteger(national.bbl)} van{' '}
          {formatInteger(national.students)} studenten). Ambitie: {formatShare(national.ambition)}. Verschil:{' '}
          <strong>{describeGap(national.gap)}</strong>.
        </Paragraph>
      </figcaption>
      {national.share != null ? <ShareBar share={national.share} ambition={national.ambition} /> : null}
    </figure>
  );
}

const institutionColumns: Column<InstitutionShare>[] = [
  { key: 'name', header: 'Instelling', rowHeader: true, cell: (r) => r.institution.name },
  { key: 'students', header: 'Studenten', numeric: true, cell: (r) => formatCount(r.students, r.suppressed) },
  { key: 'bbl', header: 'Waarvan bbl', numeric: true, cell: (r) => formatCount(r.bbl, r.suppressed) },
  {
    key: 'share',
    header: 'Aandeel bbl',
    numeric: true,
    cell: (r) => (r.suppressed ? formatCount(null, true) : formatShare(r.share)),
  },
];

function BblShareSection() {
  const result = useQuery(bblShareQuery, {});
  return (
    <section aria-labelledby="bbl-share-title">
      <Heading level={2} id="bbl-share-title">
        Bbl-aandeel tegenover de ambitie van 35%
      </Heading>
      {result.status === 'loading' ? <Loading>Het bbl-aandeel wordt geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="het bbl-aandeel" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done' ? (
        <>
          <NationalShare national={result.data.bblShare.national} />
          {result.data.bblShare.perInstitution.length === 0 ? (
            <Empty>Er zijn geen instellingen met studenten.</Empty>
          ) : (
            <>
              <DataTable
                caption="Bbl-aandeel per instelling"
                columns={institutionColumns}
                rows={result.data.bblShare.perInstitution}
                rowKey={(r) => r.institution.id}
              />
              {result.data.bblShare.perInstitution.some((r) => r.suppressed) ? (
                <Paragraph>{SUPPRESSED_EXPLANATION}</Paragraph>
              ) : null}
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

const ALL_REGIONS = '';

function RegionFilter({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const id = useId();
  const regions = useQuery(labourMarketRegionsQuery, {});
  if (regions.status === 'loading') return <Loading>De arbeidsmarktregio's worden geladen…</Loading>;
  if (regions.status === 'failed') {
    return (
      <Failed
        what="de arbeidsmarktregio's om op te filteren"
        message={`${regions.error.message} De tabel toont alle regio's.`}
        onRetry={regions.reload}
      />
    );
  }
  return (
    <div>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 'bold' }}>
        Arbeidsmarktregio
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="utrecht-select utrecht-select--html-select"
        style={{ minWidth: 'min(16rem, 100%)', maxWidth: '100%', padding: '0.375rem', fontSize: 'inherit' }}
      >
        <option value={ALL_REGIONS}>Alle regio's</option>
        {regions.data.labourMarketRegions.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function ShortagesSection() {
  const [regionCode, setRegionCode] = useState(ALL_REGIONS);
  const result = useQuery(shortagesQuery, { filter: regionCode === ALL_REGIONS ? null : { regionCode } });
  const regionName = (code: string, rows: readonly { region: { code: string; name: string } }[]) =>
    rows.find((r) => r.region.code === code)?.region.name ?? code;
  return (
    <section aria-labelledby="shortages-title">
      <Heading level={2} id="shortages-title">
        Stagetekorten per regio, kwalificatie en leerweg
      </Heading>
      <RegionFilter value={regionCode} onChange={setRegionCode} />
      {result.status === 'loading' ? <Loading>De stagetekorten worden geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de stagetekorten" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done' ? (
        result.data.shortages.rows.length === 0 ? (
          <Empty>
            {regionCode === ALL_REGIONS
              ? 'Er zijn geen stagetekorten of overschotten bekend.'
              : 'Voor deze regio zijn geen stagetekorten of overschotten bekend.'}
          </Empty>
        ) : (
          <ShortagesTable
            caption={
              regionCode === ALL_REGIONS
                ? "Stagetekorten per arbeidsmarktregio, kwalificatie en leerweg (alle regio's), met totalen"
                : `Stagetekorten in ${regionName(regionCode, result.data.shortages.rows)} per kwalificatie en leerweg, met totalen`
            }
            rows={result.data.shortages.rows}
            totals={result.data.shortages.totals}
          />
        )
      ) : null}
    </section>
  );
}

function PlacementMonitorSection() {
  const result = useQuery(placementMonitorQuery, {});
  return (
    <section aria-labelledby="monitor-title">
      <Heading level={2} id="monitor-title">
        Monitor Stagepact: afwijzingen, contactmomenten en vergoedingen
      </Heading>
      {result.status === 'loading' ? <Loading>De monitor wordt geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de monitor" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done'
        ? (() => {
            const m = result.data.placementMonitor;
            const signed =
              m.signedAgreements == null
                ? 'ondertekende overeenkomsten worden nog niet bijgehouden'
                : `van ${formatInteger(m.signedAgreements)} ondertekende praktijkovereenkomsten`;
            return (
              <>
                <Paragraph>
                  Leerbedrijven wezen {formatInteger(m.declined)} van {formatInteger(m.placements)} bevestigde matches
                  af. Afwijzingen per reden zijn een signaal voor mogelijke discriminatie; de monitor toont alleen
                  aantallen, geen personen.
                </Paragraph>
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

/** The ministry's view of internship shortages, the bbl share and the placement monitor. */
export function ShortagesPage() {
  return (
    <section aria-labelledby="shortages-page-title">
      <Heading level={1} id="shortages-page-title">
        Stagetekorten
      </Heading>
      <Notice title="Alleen geaggregeerde gegevens">
        <Paragraph>
          Deze pagina toont aantallen en aandelen, nooit gegevens van personen. Bron: de plaatsingen, erkenningen en
          studenten in Stelsel mbo; regio's volgens de arbeidsmarktregio's van UWV.
        </Paragraph>
      </Notice>
      <BblShareSection />
      <ShortagesSection />
      <PlacementMonitorSection />
    </section>
  );
}
