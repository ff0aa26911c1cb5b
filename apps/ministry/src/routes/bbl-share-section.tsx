import { useQuery } from '@stelsel/client';
import { BarChart, type Column, DataTable, Empty, formatInteger, Heading, Paragraph, QueryStatus } from '@stelsel/ui';
import { describeGap, formatCount, formatShare, SUPPRESSED_EXPLANATION } from '@stelsel/ui/shortages';
import type { MinistryBblShareQuery } from '../graphql/generated/graphql.ts';
import { bblShareQuery } from '../graphql/shortages.ts';

type National = NonNullable<MinistryBblShareQuery['bblShare']>['national'];
type InstitutionShare = NonNullable<MinistryBblShareQuery['bblShare']>['perInstitution'][number];

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

/** The bbl share: nationally against the ambition, and per institution. */
export function BblShareSection() {
  const result = useQuery(bblShareQuery, {});
  return (
    <section aria-labelledby="bbl-share-title">
      <Heading level={2} id="bbl-share-title">
        Bbl-aandeel tegenover de ambitie van 35%
      </Heading>
      <QueryStatus result={result} what="het bbl-aandeel" loading="Het bbl-aandeel wordt geladen…" />
      {result.status === 'done' && result.data.bblShare ? (
        <>
          <NationalShare national={result.data.bblShare.national} />
          {result.data.bblShare.perInstitution.length === 0 ? (
            <Empty>Er zijn geen instellingen met studenten.</Empty>
          ) : (
            <>
              <BarChart
                title="Bbl-aandeel per instelling tegenover de ambitie van 35%"
                summary={`${formatInteger(
                  result.data.bblShare.perInstitution.filter((r) => !r.suppressed && (r.share ?? 0) >= 0.35).length,
                )} van ${formatInteger(
                  result.data.bblShare.perInstitution.filter((r) => !r.suppressed).length,
                )} instellingen halen de ambitie van 35% bbl. De stippellijn is de ambitie.`}
                labelHeader="Instelling"
                valueHeader="Aandeel bbl"
                reference={{ value: 0.35, label: 'ambitie 35%' }}
                max={1}
                data={result.data.bblShare.perInstitution
                  .filter((r) => !r.suppressed && r.share != null)
                  .map((r) => ({
                    key: r.institution.id,
                    label: r.institution.name,
                    value: r.share ?? null,
                    display: formatShare(r.share),
                  }))}
              />
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
