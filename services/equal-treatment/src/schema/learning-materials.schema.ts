import { DomainError } from '@stelsel/graphql-kit';
import { type FundRow, findBookList, findFund, findTerms } from '../db/refunds.ts';
import { PUBLIC } from '../domain/access.ts';
import { DEFAULT_DECISION_DAYS } from '../domain/refunds.ts';
import { parseSchoolYear } from '../domain/school-year.ts';
import * as refunds from '../use-cases/refunds.ts';
import { actorOf } from './actor-of.ts';
import { builder } from './builder.ts';

interface Published {
  institutionId: string;
  schoolYear: string;
  terms: string | null;
  decisionDays: number;
  books: { id: string; title: string; price_cents: string }[];
}

const BookListItemRef = builder.objectRef<Published['books'][number]>('BookListItem').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    price: t.field({ type: 'Money', resolve: (b) => BigInt(b.price_cents) }),
  }),
});

const LearningMaterialsRef = builder.objectRef<Published>('LearningMaterials').implement({
  description: 'De boekenlijst van een instelling en haar voorwaarden onder de regeling ongebruikte leermiddelen.',
  fields: (t) => ({
    institutionId: t.exposeID('institutionId'),
    schoolYear: t.exposeString('schoolYear'),
    published: t.boolean({ resolve: (p) => p.terms !== null }),
    terms: t.exposeString('terms', { nullable: true }),
    decisionDays: t.exposeInt('decisionDays', {
      description: `Binnen hoeveel dagen de instelling beslist (zonder gepubliceerde voorwaarden: ${DEFAULT_DECISION_DAYS}).`,
    }),
    books: t.field({ type: [BookListItemRef], resolve: (p) => p.books }),
  }),
});

const StudentFundRef = builder.objectRef<FundRow>('StudentFundInfo').implement({
  description: 'Wat een instelling haar studenten vertelt over het mbo-studentenfonds.',
  fields: (t) => ({
    institutionId: t.exposeID('institution_id'),
    summary: t.exposeString('summary'),
    howToApply: t.exposeString('how_to_apply'),
    contact: t.exposeString('contact'),
    url: t.exposeString('url', { nullable: true }),
  }),
});

const BookInput = builder.inputType('BookListItemInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    price: t.field({ type: 'Money', required: true }),
  }),
});

async function loadPublished(
  db: Parameters<typeof findTerms>[0],
  institutionId: string,
  label: string,
): Promise<Published> {
  const year = parseSchoolYear(label);
  if ('problem' in year) throw new DomainError('BAD_USER_INPUT', year.problem, 'schoolYear');
  const [terms, books] = await Promise.all([
    findTerms(db, institutionId, year.label),
    findBookList(db, institutionId, year.label),
  ]);
  return {
    institutionId,
    schoolYear: year.label,
    terms: terms?.terms ?? null,
    decisionDays: terms?.decision_days ?? DEFAULT_DECISION_DAYS,
    books,
  };
}

builder.queryFields((t) => ({
  learningMaterials: t.field({
    type: LearningMaterialsRef,
    nullable: true,
    description: 'De gepubliceerde boekenlijst en voorwaarden van een instelling in een schooljaar: openbaar.',
    authScopes: PUBLIC,
    args: { institutionId: t.arg.id({ required: true }), schoolYear: t.arg.string({ required: true }) },
    resolve: (_root, { institutionId, schoolYear }, { db }) => loadPublished(db, String(institutionId), schoolYear),
  }),
  studentFund: t.field({
    type: StudentFundRef,
    nullable: true,
    description:
      'Wat een instelling publiceert over het mbo-studentenfonds: openbaar; leeg als ze nog niets publiceerde.',
    authScopes: PUBLIC,
    args: { institutionId: t.arg.id({ required: true }) },
    resolve: async (_root, { institutionId }, { db }) => (await findFund(db, String(institutionId))) ?? null,
  }),
}));

builder.mutationFields((t) => ({
  publishLearningMaterials: t.field({
    type: LearningMaterialsRef,
    description:
      'Publiceert (of vervangt) de boekenlijst en de voorwaarden van de eigen instelling voor een schooljaar.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      institutionId: t.arg.id({ required: true }),
      schoolYear: t.arg.string({ required: true }),
      terms: t.arg.string({ required: true }),
      decisionDays: t.arg.int({ required: true }),
      books: t.arg({ type: [BookInput], required: true }),
    },
    resolve: async (_root, args, context) => {
      const institutionId = String(args.institutionId);
      await context.db
        .transaction()
        .execute((trx) => refunds.publishLearningMaterials(trx, actorOf(context), { ...args, institutionId }));
      return loadPublished(context.db, institutionId, args.schoolYear);
    },
  }),
  publishStudentFund: t.field({
    type: StudentFundRef,
    description: 'Publiceert (of vervangt) wat de eigen instelling studenten vertelt over het mbo-studentenfonds.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      institutionId: t.arg.id({ required: true }),
      summary: t.arg.string({ required: true }),
      howToApply: t.arg.string({ required: true }),
      contact: t.arg.string({ required: true }),
      url: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, context) => {
      const institutionId = String(args.institutionId);
      await context.db
        .transaction()
        .execute((trx) =>
          refunds.publishStudentFund(trx, actorOf(context), { ...args, url: args.url ?? null, institutionId }),
        );
      const row = await findFund(context.db, institutionId);
      if (!row) throw new Error('Het studentenfonds is niet opgeslagen.');
      return row;
    },
  }),
}));
