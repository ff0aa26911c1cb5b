import { DomainError } from '@stelsel/graphql-kit';
import { countReportsByGround } from '../db/reports.ts';
import { reportsCountedFor, STATISTICS_READERS } from '../domain/access.ts';
import { DISCRIMINATION_GROUNDS, type DiscriminationGround as Ground } from '../domain/grounds.ts';
import { yearBounds, yearProblem } from '../domain/period.ts';
import { type Cell, suppressTable } from '../domain/suppression.ts';
import { builder } from './builder.ts';
import { DiscriminationGround } from './ground.schema.ts';

const GroundCount = builder.objectRef<{ ground: Ground } & Cell>('GroundCount').implement({
  description: 'Aantal meldingen op één grond. Aantallen van 1 tot en met 4 worden niet getoond.',
  fields: (t) => ({
    ground: t.field({ type: DiscriminationGround, resolve: (c) => c.ground }),
    count: t.int({ nullable: true, description: 'Leeg als het aantal is onderdrukt.', resolve: (c) => c.count }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'Waar als het aantal is weggelaten omdat het klein is of uit de andere cellen af te leiden zou zijn.',
    }),
  }),
});

const ReportStatistics = builder
  .objectRef<{ year: number; total: Cell; byGround: Array<{ ground: Ground } & Cell> }>('ReportStatistics')
  .implement({
    description:
      'Meldingen stagediscriminatie in een kalenderjaar, met onderdrukking van kleine aantallen (1 tot en met 4).',
    fields: (t) => ({
      year: t.exposeInt('year'),
      total: t.int({
        nullable: true,
        description: 'Leeg als het totaal is onderdrukt.',
        resolve: (s) => s.total.count,
      }),
      suppressed: t.boolean({ description: 'Waar als het totaal is onderdrukt.', resolve: (s) => s.total.suppressed }),
      byGround: t.field({ type: [GroundCount], resolve: (s) => s.byGround }),
    }),
  });

builder.queryFields((t) => ({
  reportStatistics: t.field({
    type: ReportStatistics,
    nullable: true,
    description:
      'Aantallen meldingen per grond in een jaar. Een mbo-instelling ziet alleen de meldingen van de eigen instelling.',
    authScopes: STATISTICS_READERS,
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_root, { year }, { db, caller }) => {
      const problem = yearProblem(year);
      if (problem) throw new DomainError('BAD_USER_INPUT', problem, 'year');
      const { from, to } = yearBounds(year);
      const counts = await countReportsByGround(db, { from, to, ...reportsCountedFor(caller) });
      const table = suppressTable(DISCRIMINATION_GROUNDS.map((g) => counts.get(g.code) ?? 0));
      return {
        year,
        total: table.total,
        byGround: DISCRIMINATION_GROUNDS.map((ground, i) => ({
          ground,
          ...(table.cells[i] ?? { count: null, suppressed: true }),
        })),
      };
    },
  }),
}));
