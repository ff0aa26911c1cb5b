import type { EqualTreatmentContext } from '../context.ts';
import { findContributions, findStudentSport } from '../db/city-measures.ts';
import { findIntroWeeks } from '../db/municipalities.ts';
import * as cityMeasures from '../use-cases/city-measures.ts';
import { actorOf } from './actor-of.ts';
import { builder } from './builder.ts';
import { IntroWeekContribution, StudentSport, StudentSportAccessEnum } from './city-measures.schema.ts';
import { IntroWeek, IntroWeekStatus } from './intro-week.schema.ts';

/** The writes of equal treatment in the cities: intro week, student sport, contributions (issue 12). */

async function reloadIntroWeek(context: EqualTreatmentContext, code: string, year: number) {
  const [row] = await findIntroWeeks(context.db, year, [code]);
  if (!row) throw new Error('De introductieweek is niet opgeslagen.');
  return row;
}

builder.mutationFields((t) => ({
  recordIntroWeek: t.field({
    type: IntroWeek,
    description:
      'Een gemeente legt de introductieweek van de eigen stad voor een jaar vast en maakt haar openbaar: de stand, ' +
      'wie haar organiseert, hoeveel mbo-studenten meededen. Vorig jaar, dit jaar of volgend jaar; eerdere jaren ' +
      'blijven zoals ze zijn vastgelegd.',
    authScopes: { role: 'municipality' },
    errors: {},
    args: {
      municipalityCode: t.arg({ type: 'CbsCode', required: true }),
      year: t.arg.int({ required: true }),
      status: t.arg({ type: IntroWeekStatus, required: true }),
      organiser: t.arg.string(),
      participants: t.arg.int(),
      note: t.arg.string(),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      await context.db.transaction().execute((trx) => cityMeasures.recordIntroWeek(trx, actorOf(context), args));
      return reloadIntroWeek(context, args.municipalityCode, args.year);
    },
  }),
  recordStudentSport: t.field({
    type: StudentSport,
    description:
      'Een gemeente legt vast of mbo-studenten in de eigen stad de studentensport kunnen gebruiken: welke ' +
      'voorzieningen, open of een pilot, onder welke voorwaarden en vanaf wanneer.',
    authScopes: { role: 'municipality' },
    errors: {},
    args: {
      municipalityCode: t.arg({ type: 'CbsCode', required: true }),
      year: t.arg.int({ required: true }),
      access: t.arg({ type: StudentSportAccessEnum, required: true }),
      facilities: t.arg.stringList({ required: true }),
      conditions: t.arg.string(),
      openFrom: t.arg({ type: 'Date' }),
      note: t.arg.string(),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      await context.db.transaction().execute((trx) => cityMeasures.recordStudentSport(trx, actorOf(context), args));
      const [row] = await findStudentSport(context.db, args.year, [args.municipalityCode]);
      if (!row) throw new Error('De studentensport is niet opgeslagen.');
      return row;
    },
  }),
  recordIntroWeekContribution: t.field({
    type: IntroWeekContribution,
    description:
      'Legt de financiële bijdrage van een instelling aan de introductieweek van een stad vast (door de instelling ' +
      'zelf of door die gemeente); een tweede keer vervangt het bedrag.',
    authScopes: { role: ['institution', 'municipality'] },
    errors: {},
    args: {
      municipalityCode: t.arg({ type: 'CbsCode', required: true }),
      year: t.arg.int({ required: true }),
      institutionId: t.arg.id({ required: true }),
      amount: t.arg({ type: 'Money', required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      const input = { ...args, institutionId: String(args.institutionId) };
      await context.db.transaction().execute((trx) => cityMeasures.recordContribution(trx, actorOf(context), input));
      const [row] = (await findContributions(context.db, [{ code: input.municipalityCode, year: input.year }])).filter(
        (r) => r.institution_id === input.institutionId,
      );
      if (!row) throw new Error('De bijdrage is niet opgeslagen.');
      return row;
    },
  }),
  withdrawIntroWeekContribution: t.field({
    type: IntroWeekContribution,
    description: 'Trekt een bijdrage in die per vergissing is vastgelegd; antwoordt de bijdrage zoals die was.',
    authScopes: { role: ['institution', 'municipality'] },
    errors: {},
    args: {
      municipalityCode: t.arg({ type: 'CbsCode', required: true }),
      year: t.arg.int({ required: true }),
      institutionId: t.arg.id({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const input = { ...args, institutionId: String(args.institutionId) };
      return context.db.transaction().execute(async (trx) => {
        const [before] = (await findContributions(trx, [{ code: input.municipalityCode, year: input.year }])).filter(
          (r) => r.institution_id === input.institutionId,
        );
        await cityMeasures.withdrawContribution(trx, actorOf(context), input);
        if (!before) throw new Error('De bijdrage is niet gevonden.');
        return before;
      });
    },
  }),
}));
