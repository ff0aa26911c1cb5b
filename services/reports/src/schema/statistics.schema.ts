import { DomainError } from '@stelsel/graphql-kit';
import { countBy, countReports, knownRegions, knownSectors, recordedSince } from '../db/statistics.ts';
import { reportsCountedFor, STATISTICS_READERS } from '../domain/access.ts';
import { DISCRIMINATION_GROUNDS, type DiscriminationGround as Ground } from '../domain/grounds.ts';
import { yearBounds, yearProblem } from '../domain/period.ts';
import {
  breakdown,
  type CategoryCell,
  CHANNEL_CATEGORIES,
  GROUND_CATEGORIES,
  NATURE_CATEGORIES,
  noData,
  OUTCOME_CATEGORIES,
  totalCell,
  UNKNOWN_REGION,
  UNKNOWN_SECTOR,
  yearHasData,
} from '../domain/statistics.ts';
import { type Cell, suppressionThreshold } from '../domain/suppression.ts';
import { todayInNetherlands } from '../domain/working-days.ts';
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

interface Statistics {
  year: number;
  hasData: boolean;
  threshold: number;
  total: Cell;
  byGround: Array<{ ground: Ground } & Cell>;
  byNature: CategoryCell[];
  byChannel: CategoryCell[];
  byOutcome: CategoryCell[];
  byRegion: CategoryCell[];
  bySector: CategoryCell[];
}

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
    byRegion: t.field({
      type: [CategoryCount],
      description: 'Naar arbeidsmarktregio van het leerbedrijf.',
      resolve: (s) => s.byRegion,
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
      'Aantallen meldingen in een jaar, uitgesplitst naar grond, aard, kanaal, uitkomst, regio en sector. Een mbo-instelling ' +
      'ziet alleen de meldingen van de eigen instelling.',
    authScopes: STATISTICS_READERS,
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_root, { year }, { db, caller }) => {
      const problem = yearProblem(year);
      if (problem) throw new DomainError('BAD_USER_INPUT', problem, 'year');
      const threshold = suppressionThreshold();
      const regions = [
        ...(await knownRegions(db)).map((r) => ({ code: r.region_code ?? '', label: r.region_name ?? '' })),
        UNKNOWN_REGION,
      ];
      const sectors = [
        ...(await knownSectors(db)).map((r) => ({ code: r.sector_code ?? '', label: r.sector_name ?? '' })),
        UNKNOWN_SECTOR,
      ];
      if (!yearHasData(year, await recordedSince(db), todayInNetherlands())) {
        return {
          year,
          hasData: false,
          threshold,
          total: { count: null, suppressed: false },
          byGround: DISCRIMINATION_GROUNDS.map((ground) => ({ ground, count: null, suppressed: false })),
          byNature: noData(NATURE_CATEGORIES),
          byChannel: noData(CHANNEL_CATEGORIES),
          byOutcome: noData(OUTCOME_CATEGORIES),
          byRegion: noData(regions),
          bySector: noData(sectors),
        };
      }
      const filter = { ...yearBounds(year), ...reportsCountedFor(caller) };
      const grounds = breakdown(GROUND_CATEGORIES, await countBy(db, 'ground', filter), threshold);
      return {
        year,
        hasData: true,
        threshold,
        total: totalCell(await countReports(db, filter), threshold),
        byGround: DISCRIMINATION_GROUNDS.map((ground, i) => ({
          ground,
          count: grounds[i]?.count ?? null,
          suppressed: grounds[i]?.suppressed ?? true,
        })),
        byNature: breakdown(NATURE_CATEGORIES, await countBy(db, 'kind', filter), threshold),
        byChannel: breakdown(CHANNEL_CATEGORIES, await countBy(db, 'channel', filter), threshold),
        byOutcome: breakdown(OUTCOME_CATEGORIES, await countBy(db, 'outcome', filter), threshold),
        byRegion: breakdown(regions, await countBy(db, 'region', filter), threshold),
        bySector: breakdown(sectors, await countBy(db, 'sector', filter), threshold),
      };
    },
  }),
}));
