import { STATISTICS_READERS } from '../domain/access.ts';
import type { DiscriminationGround as Ground } from '../domain/grounds.ts';
import type { CategoryCell } from '../domain/statistics.ts';
import type { Cell } from '../domain/suppression.ts';
import { type Statistics, statisticsOf } from '../use-cases/statistics.ts';
import { builder } from './builder.ts';
import { DiscriminationGround } from './ground.schema.ts';

const countDescription =
  'Leeg als het aantal is onderdrukt (1 tot de drempel) of als er voor deze periode geen gegevens zijn.';
const suppressedDescription =
  'Waar als het aantal is weggelaten omdat het klein is of uit de andere cellen af te leiden zou zijn.';

const GroundCount = builder.objectRef<{ ground: Ground } & Cell>('GroundCount').implement({
  description: 'Aantal meldingen op één grond (een melding op twee gronden telt bij beide).',
  fields: (t) => ({
    ground: t.field({ type: DiscriminationGround, resolve: (c) => c.ground }),
    count: t.int({ nullable: true, description: countDescription, resolve: (c) => c.count }),
    suppressed: t.exposeBoolean('suppressed', { description: suppressedDescription }),
  }),
});

const CategoryCount = builder.objectRef<CategoryCell>('ReportCategoryCount').implement({
  description: 'Aantal meldingen in één categorie van een uitsplitsing.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'De code van de categorie; leeg voor "onbekend".' }),
    label: t.exposeString('label'),
    count: t.int({ nullable: true, description: countDescription, resolve: (c) => c.count }),
    suppressed: t.exposeBoolean('suppressed', { description: suppressedDescription }),
  }),
});

const ReportStatistics = builder.objectRef<Statistics>('ReportStatistics').implement({
  description:
    'Meldingen stagediscriminatie en stagemisbruik in een kalenderjaar. Kleine aantallen (1 tot de drempel, standaard 10) ' +
    'worden onderdrukt, met secundaire onderdrukking zodat geen totaal of verschil een verborgen cel verraadt. ' +
    '"Geen gegevens" (hasData onwaar) is iets anders dan 0.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    hasData: t.exposeBoolean('hasData', {
      description:
        'Onwaar voor een jaar waarover dit systeem geen meldingen registreerde (ervoor, of nog niet begonnen).',
    }),
    threshold: t.exposeInt('threshold', { description: 'Aantallen van 1 tot dit getal worden niet getoond.' }),
    total: t.int({ nullable: true, description: countDescription, resolve: (s) => s.total.count }),
    suppressed: t.boolean({ description: 'Waar als het totaal is onderdrukt.', resolve: (s) => s.total.suppressed }),
    byGround: t.field({ type: [GroundCount], resolve: (s) => s.byGround }),
    byNature: t.field({
      type: [CategoryCount],
      description: 'Naar aard: discriminatie of misbruik van een stagiair.',
      resolve: (s) => s.byNature,
    }),
    byChannel: t.field({
      type: [CategoryCount],
      description: 'Naar waar gemeld werd: meldpunt van de school, SBB of ADV.',
      resolve: (s) => s.byChannel,
    }),
    byOutcome: t.field({ type: [CategoryCount], description: 'Naar uitkomst bij SBB.', resolve: (s) => s.byOutcome }),
    scope: t.exposeString('scope', {
      description:
        'Waarover de cijfers gaan: "heel Nederland", "de meldingen van de eigen instelling" of "leerbedrijven in de ' +
        'arbeidsmarktregio …".',
    }),
    byRegion: t.field({
      type: [CategoryCount],
      description: 'Naar arbeidsmarktregio van het leerbedrijf.',
      resolve: (s) => s.byRegion,
    }),
    byDesk: t.field({
      type: [CategoryCount],
      description:
        'Naar meldpunt van de school waar gemeld werd (code: de instelling); de laatste rij telt de meldingen bij SBB ' +
        'of de ADV, zodat de rijen samen het totaal zijn.',
      resolve: (s) => s.byDesk,
    }),
    bySector: t.field({
      type: [CategoryCount],
      description:
        'Naar sector van SBB (sectorkamer) van het leerbedrijf: de sector van de meeste van zijn erkenningen.',
      resolve: (s) => s.bySector,
    }),
  }),
});

builder.queryFields((t) => ({
  reportStatistics: t.field({
    type: ReportStatistics,
    nullable: true,
    description:
      'Aantallen meldingen in een jaar, uitgesplitst naar grond, aard, kanaal, uitkomst, regio, sector en meldpunt van ' +
      'de school. Een mbo-instelling ziet alleen de meldingen van de eigen instelling, een gemeente die over ' +
      'leerbedrijven in de eigen arbeidsmarktregio.',
    authScopes: STATISTICS_READERS,
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, { db, caller }) => statisticsOf(db, caller, year),
  }),
}));
