import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { usePageTitle } from './page-title.tsx';

/**
 * How the site addresses the reader: "u" for staff of schools, companies, municipalities and the
 * ministry, "je" for students (one form per audience, as in the apps themselves).
 */
export type Address = 'u' | 'je';

export interface FooterPage {
  path: string;
  /** Link text in the footer and the page's h1. */
  title: string;
}

/** The pages every Dutch government service links from its footer. */
export const FOOTER_PAGES: readonly FooterPage[] = [
  { path: '/help', title: 'Help' },
  { path: '/contact', title: 'Contact' },
  { path: '/toegankelijkheid', title: 'Toegankelijkheidsverklaring' },
  { path: '/privacy', title: 'Privacyverklaring' },
];

export function footerPageFor(pathname: string): FooterPage | undefined {
  const path = pathname.replace(/\/+$/, '');
  return FOOTER_PAGES.find((page) => page.path === path);
}

type Words = (u: string, je: string) => string;

function helpContent(w: Words): ReactNode {
  return (
    <>
      <Paragraph>
        Stelsel mbo brengt stages, leerbanen, erkenningen en financiering in het mbo samen. Na het inloggen{' '}
        {w('komt u', 'kom je')} in de omgeving die bij {w('uw', 'jouw')} rol hoort.
      </Paragraph>
      <Heading level={2}>Inloggen</Heading>
      <Paragraph>
        {w('U logt', 'Je logt')} in via de inlogdienst van {w('uw', 'jouw')} organisatie. Lukt dat niet,{' '}
        {w(
          'neem dan contact op met de beheerder van uw organisatie',
          'vraag het dan aan je mentor of de servicedesk van je school',
        )}
        .
      </Paragraph>
      <Heading level={2}>Tabellen</Heading>
      <Paragraph>
        Lange lijsten {w('kunt u', 'kun je')} doorzoeken, sorteren en filteren. De zoekopdracht staat in het adres van
        de pagina, dus {w('u kunt', 'je kunt')} een gefilterde lijst als bladwijzer bewaren of delen. Met “Download als
        CSV” {w('haalt u', 'haal je')} de zichtbare kolommen op voor een spreadsheet. Op een smal scherm staat elke rij
        als kaart onder elkaar.
      </Paragraph>
      <Heading level={2}>Ondertekenen en bevestigen</Heading>
      <Paragraph>
        Voor een handeling met rechtsgevolg, zoals het ondertekenen van een praktijkovereenkomst of het bevestigen van
        een matchingsronde, {w('ziet u', 'zie je')} eerst een controlestap. Pas na {w('uw', 'jouw')} bevestiging wordt
        de handeling vastgelegd.
      </Paragraph>
    </>
  );
}

function contactContent(w: Words): ReactNode {
  return (
    <>
      <Paragraph>
        {w('Heeft u', 'Heb je')} een vraag over {w('uw', 'jouw')} gegevens, bijvoorbeeld een stage, een erkenning of een
        vergoeding? Neem dan eerst contact op met{' '}
        {w(
          'de organisatie die de gegevens vastlegt: de mbo-instelling, het leerbedrijf of SBB',
          'je school: je mentor of stagebegeleider kan je het snelst helpen',
        )}
        .
      </Paragraph>
      <Heading level={2}>Servicedesk Stelsel mbo</Heading>
      <Paragraph>
        Voor vragen over de werking van deze website: servicedesk@stelsel-mbo.nl, of telefonisch via 070 123 45 67
        (werkdagen van 9.00 tot 17.00 uur).
      </Paragraph>
      <Paragraph>
        {w('Wilt u', 'Wil je')} een klacht indienen over hoe {w('u bent', 'je bent')} behandeld? Stuur een e-mail naar
        klachten@stelsel-mbo.nl. {w('U krijgt', 'Je krijgt')} binnen 6 weken een reactie.
      </Paragraph>
    </>
  );
}

function accessibilityContent(w: Words): ReactNode {
  return (
    <>
      <Paragraph>
        Het ministerie van OCW wil dat iedereen Stelsel mbo kan gebruiken. De website moet voldoen aan de Web Content
        Accessibility Guidelines (WCAG) 2.1, niveau AA, zoals het Besluit digitale toegankelijkheid overheid vraagt.
      </Paragraph>
      <Heading level={2}>Wat we doen</Heading>
      <Paragraph>
        Elke pagina heeft een eigen titel, werkt met het toetsenbord en met een schermlezer, en past zich aan een smal
        scherm of 400% zoom aan. Grafieken hebben altijd een tabel met dezelfde gegevens. Bij elke wijziging controleren
        we de pagina’s automatisch met axe.
      </Paragraph>
      <Heading level={2}>Status</Heading>
      <Paragraph>
        Deze verklaring is opgesteld op basis van een eigen onderzoek. Een onafhankelijk onderzoek staat nog gepland;
        tot die tijd is de status “B: voldoet gedeeltelijk”.
      </Paragraph>
      <Heading level={2}>Een probleem melden</Heading>
      <Paragraph>
        {w('Loopt u', 'Loop je')} ergens tegenaan? Meld het via toegankelijkheid@stelsel-mbo.nl. We reageren binnen 5
        werkdagen en lossen het probleem zo snel mogelijk op.
      </Paragraph>
    </>
  );
}

function privacyContent(w: Words): ReactNode {
  return (
    <>
      <Paragraph>
        Stelsel mbo verwerkt persoonsgegevens om stages en leerbanen te regelen, zoals de Wet educatie en
        beroepsonderwijs (WEB) dat vraagt. Het ministerie van OCW is verwerkingsverantwoordelijke.
      </Paragraph>
      <Heading level={2}>Welke gegevens</Heading>
      <Paragraph>
        Naam, studentnummer, opleiding, stagekeuzes, plaatsing, praktijkovereenkomst, contactmomenten en vergoedingen.
        Elke organisatie ziet alleen de gegevens die bij haar rol horen. Het ministerie en de gemeenten zien alleen
        aantallen, nooit personen; kleine aantallen (1 tot en met 4) worden afgeschermd.
      </Paragraph>
      <Heading level={2}>Hoe lang</Heading>
      <Paragraph>
        Gegevens over een stage bewaren we tot 7 jaar na het einde van de stage, de wettelijke bewaartermijn voor
        financiële gegevens.
      </Paragraph>
      <Heading level={2}>{w('Uw', 'Jouw')} rechten</Heading>
      <Paragraph>
        {w('U mag', 'Je mag')} {w('uw', 'jouw')} gegevens inzien, laten verbeteren of laten verwijderen als ze niet meer
        nodig zijn. Stuur een verzoek naar privacy@stelsel-mbo.nl. {w('Bent u', 'Ben je')} het niet eens met hoe we met{' '}
        {w('uw', 'jouw')} gegevens omgaan? Dan {w('kunt u', 'kun je')} een klacht indienen bij de Autoriteit
        Persoonsgegevens.
      </Paragraph>
    </>
  );
}

const CONTENT: Record<string, (w: Words) => ReactNode> = {
  '/help': helpContent,
  '/contact': contactContent,
  '/toegankelijkheid': accessibilityContent,
  '/privacy': privacyContent,
};

/** One of the footer pages, in the reader's form of address. */
export function FooterPageView({ page, address }: { page: FooterPage; address: Address }) {
  usePageTitle(page.title);
  const w: Words = (u, je) => (address === 'je' ? je : u);
  return (
    <section aria-labelledby="footer-page-title">
      <Heading level={1} id="footer-page-title">
        {page.title}
      </Heading>
      {CONTENT[page.path]?.(w)}
    </section>
  );
}
