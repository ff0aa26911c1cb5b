import { Heading, Notice, Paragraph } from '@stelsel/ui';
import { BblShareSection } from './bbl-share-section.tsx';
import { PlacementMonitorSection } from './placement-monitor-section.tsx';
import { ShortagesSection } from './shortages-section.tsx';

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
