import { InputError } from '@stelsel/graphql-kit';
import { findAgreementForUpdate, findCase } from '../db/cases.ts';
import { findReports } from '../db/reports.ts';
import { CASE_COMPANIES, CASE_HANDLERS } from '../domain/access.ts';
import * as cases from '../use-cases/cases.ts';
import { builder } from './builder.ts';
import {
  AgreementKindEnum,
  CaseDecisionEnum,
  CompanyCaseRef,
  HearingPartyEnum,
  ImprovementAgreementRef,
  SbbCaseSummaryRef,
} from './case-types.schema.ts';

const caseById = async (db: Parameters<typeof findCase>[0], id: string) => {
  const found = await findCase(db, id);
  if (!found) throw new Error('De zaak ontbreekt.');
  return found;
};

const AgreementInput = builder.inputType('ImprovementAgreementInput', {
  fields: (t) => ({
    kind: t.field({ type: AgreementKindEnum, required: true }),
    description: t.string({ required: true }),
    dueOn: t.field({ type: 'Date', required: true, description: 'De termijn: in de toekomst, binnen twee jaar.' }),
  }),
});

const DecisionInput = builder.inputType('CaseDecisionInput', {
  fields: (t) => ({
    decision: t.field({ type: CaseDecisionEnum, required: true }),
    motivation: t.string({ required: true, description: 'Schriftelijke motivering (ten minste 20 tekens).' }),
    agreements: t.field({ type: [AgreementInput], required: false }),
    accreditationIds: t.idList({
      required: false,
      description:
        'Schorsing of intrekking: de erkenningen waarvoor het geldt; leeg: alle erkenningen van het leerbedrijf.',
    }),
  }),
});

const step = (name: 'acknowledge' | 'investigate' | 'hear', description: string) =>
  builder.mutationField(
    { acknowledge: 'acknowledgeCase', investigate: 'startCaseInvestigation', hear: 'startCaseHearing' }[name],
    (t) =>
      t.field({
        type: SbbCaseSummaryRef,
        description,
        authScopes: CASE_HANDLERS,
        errors: {},
        args: { caseId: t.arg.id({ required: true }) },
        resolve: async (_root, { caseId }, { db, caller }) => {
          await db.transaction().execute((trx) => cases.advance(trx, caller, String(caseId), name));
          return caseById(db, String(caseId));
        },
      }),
  );

step('acknowledge', 'SBB bevestigt de ontvangst (binnen 3 werkdagen) en wordt behandelaar.');
step('investigate', 'SBB begint het onafhankelijke onderzoek.');
step('hear', 'SBB begint hoor en wederhoor: leerbedrijf, onderwijsinstelling en student.');

builder.mutationFields((t) => ({
  recordCaseStatement: t.field({
    type: SbbCaseSummaryRef,
    description: 'SBB legt een verklaring vast (leerbedrijf, onderwijsinstelling of student) met datum en bron.',
    authScopes: CASE_HANDLERS,
    errors: {},
    args: {
      caseId: t.arg.id({ required: true }),
      party: t.arg({ type: HearingPartyEnum, required: true }),
      givenOn: t.arg({ type: 'Date', required: true }),
      source: t.arg.string({ required: true, description: 'Bijvoorbeeld "gesprek op locatie" of "brief".' }),
      summary: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, { db, caller }) => {
      const caseId = String(args.caseId);
      await db.transaction().execute((trx) => cases.recordStatement(trx, caller, caseId, args));
      return caseById(db, caseId);
    },
  }),
  decideCase: t.field({
    type: SbbCaseSummaryRef,
    description:
      'SBB besluit na hoor en wederhoor: ongegrond, verbeterafspraken, schorsing of intrekking van de erkenning. ' +
      'Schorsing en intrekking gelden direct in plaatsingen: de open plaatsen sluiten.',
    authScopes: CASE_HANDLERS,
    errors: {},
    args: { caseId: t.arg.id({ required: true }), input: t.arg({ type: DecisionInput, required: true }) },
    resolve: async (_root, { caseId, input }, { db, caller }) => {
      const ids = (input.accreditationIds ?? []).map(String);
      const accreditationIds = ids.map(Number);
      if (accreditationIds.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
        throw new InputError('Onbekende erkenning.', 'accreditationIds');
      }
      await db.transaction().execute((trx) =>
        cases.decide(trx, caller, String(caseId), {
          decision: input.decision,
          motivation: input.motivation,
          agreements: input.agreements ?? [],
          accreditationIds,
        }),
      );
      return caseById(db, String(caseId));
    },
  }),
  assessImprovementAgreement: t.field({
    type: ImprovementAgreementRef,
    description: 'SBB beoordeelt een verbeterafspraak: nagekomen of niet nagekomen (dan kan een nieuw besluit volgen).',
    authScopes: CASE_HANDLERS,
    errors: {},
    args: {
      agreementId: t.arg.id({ required: true }),
      fulfilled: t.arg.boolean({ required: true }),
      note: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, { db, caller }) => {
      const id = String(args.agreementId);
      return db.transaction().execute(async (trx) => {
        await cases.assessAgreement(trx, caller, id, args.fulfilled ? 'FULFILLED' : 'BREACHED', args.note);
        const row = await findAgreementForUpdate(trx, id);
        if (!row) throw new Error('De afspraak ontbreekt.');
        return row;
      });
    },
  }),
  closeCase: t.field({
    type: SbbCaseSummaryRef,
    description: 'SBB sluit een zaak met verbeterafspraken af zodra elke afspraak is beoordeeld.',
    authScopes: CASE_HANDLERS,
    errors: {},
    args: { caseId: t.arg.id({ required: true }) },
    resolve: async (_root, { caseId }, { db, caller }) => {
      await db.transaction().execute((trx) => cases.closeCase(trx, caller, String(caseId)));
      return caseById(db, String(caseId));
    },
  }),
  giveCaseStatement: t.field({
    type: CompanyCaseRef,
    description: 'Het leerbedrijf geeft zijn verklaring bij een melding over zichzelf (wederhoor).',
    authScopes: CASE_COMPANIES,
    errors: {},
    args: { caseId: t.arg.id({ required: true }), text: t.arg.string({ required: true }) },
    resolve: async (_root, { caseId, text }, { db, caller }) => {
      await db.transaction().execute((trx) => cases.giveCompanyStatement(trx, caller, String(caseId), text));
      const found = await caseById(db, String(caseId));
      const [report] = await findReports(db, [found.report_id]);
      if (!report) throw new Error('De melding ontbreekt.');
      return { ...found, report };
    },
  }),
  reportAgreementFulfilment: t.field({
    type: ImprovementAgreementRef,
    description: 'Het leerbedrijf meldt wat het voor een verbeterafspraak deed; SBB beoordeelt het.',
    authScopes: CASE_COMPANIES,
    errors: {},
    args: { agreementId: t.arg.id({ required: true }), text: t.arg.string({ required: true }) },
    resolve: async (_root, { agreementId, text }, { db, caller }) => {
      const id = String(agreementId);
      return db.transaction().execute(async (trx) => {
        await cases.reportFulfilment(trx, caller, id, text);
        const row = await findAgreementForUpdate(trx, id);
        if (!row) throw new Error('De afspraak ontbreekt.');
        return row;
      });
    },
  }),
}));
