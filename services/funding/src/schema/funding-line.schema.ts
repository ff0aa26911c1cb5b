import { DomainError } from '@stelsel/graphql-kit';
import { findAllocationsByScheme } from '../db/allocations.ts';
import { findCeilings } from '../db/praktijkleren.ts';
import { PUBLIC } from '../domain/access.ts';
import {
  budgetInYear,
  FUNDING_LINES,
  type FundingLineDefinition,
  type RecipientKind,
  runsInYear,
} from '../domain/funding-lines.ts';
import { ESTIMATE_BASIS } from '../domain/regulations.ts';
import { sumCents } from '../domain/totals.ts';
import { builder } from './builder.ts';
import { InstitutionRef } from './institution.schema.ts';

const RecipientKindEnum = builder.enumType('FundingRecipientKind', {
  description: 'Wie het geld van een financieringslijn ontvangt.',
  values: {
    INSTITUTIONS: { description: 'Mbo-instellingen.' },
    COMPANIES: { description: 'Leerbedrijven.' },
    SBB: { description: 'Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven.' },
    MUNICIPALITIES: { description: 'Gemeenten.' },
    NRO: { description: 'Nationaal Regieorgaan Onderwijsonderzoek.' },
  } as const,
});

interface Recipient {
  name: string;
  institutionId: string | null;
  amountCents: bigint | null;
}

interface LineInYear {
  line: FundingLineDefinition;
  year: number;
  budgetCents: bigint | null;
  approximate: boolean;
  recipients: Recipient[];
  estimate: boolean;
}

const FundingRecipient = builder.objectRef<Recipient>('FundingRecipient').implement({
  description: 'Een ontvanger van een financieringslijn, met het bedrag wanneer de bron het per ontvanger noemt.',
  fields: (t) => ({
    name: t.exposeString('name'),
    // Crosses into placements (the institution's own fields): nullable.
    institution: t.field({
      type: InstitutionRef,
      nullable: true,
      resolve: (r) => (r.institutionId ? { id: r.institutionId } : null),
    }),
    amount: t.field({
      type: 'Money',
      nullable: true,
      description: 'Leeg wanneer de bron geen bedrag per ontvanger noemt.',
      resolve: (r) => r.amountCents,
    }),
  }),
});

const FundingLine = builder.objectRef<LineInYear>('FundingLine').implement({
  description: 'Een financieringslijn uit de Kamerstukken in één jaar: budget, ontvangers en bron.',
  fields: (t) => ({
    id: t.id({ resolve: (l) => l.line.id }),
    name: t.string({ resolve: (l) => l.line.name }),
    year: t.exposeInt('year'),
    parentId: t.id({
      nullable: true,
      description: 'De koepellijn waar deze lijn onder valt (de structurele € 377 mln voor het mbo).',
      resolve: (l) => l.line.parentId,
    }),
    budget: t.field({
      type: 'Money',
      nullable: true,
      description: 'Budget in dit jaar; leeg wanneer de bron alleen een totaal over meer jaren noemt (zie `total`).',
      resolve: (l) => l.budgetCents,
    }),
    approximate: t.boolean({
      description: 'Waar wanneer de bron het bedrag bij benadering noemt (“bijna”, “zo’n”).',
      resolve: (l) => l.approximate,
    }),
    total: t.field({
      type: 'Money',
      nullable: true,
      description: 'Totaal over de hele periode, wanneer de bron alleen dat noemt.',
      resolve: (l) => l.line.total?.amountCents ?? null,
    }),
    totalUntilYear: t.int({ nullable: true, resolve: (l) => l.line.total?.untilYear ?? null }),
    recipientKind: t.field({ type: RecipientKindEnum, resolve: (l) => l.line.recipientKind }),
    recipientsLabel: t.string({ resolve: (l) => l.line.recipientsLabel }),
    recipients: t.field({
      type: [FundingRecipient],
      description: 'De ontvangers, met bedrag waar de bron dat per ontvanger geeft (de allocatietabel).',
      resolve: (l) => l.recipients,
    }),
    estimate: t.boolean({
      description: 'Waar wanneer de bedragen per ontvanger een raming zijn (de allocatietabel).',
      resolve: (l) => l.estimate,
    }),
    basis: t.string({ nullable: true, resolve: (l) => (l.estimate ? ESTIMATE_BASIS : null) }),
    source: t.string({ description: 'De regel(s) in het brondocument (seed 001).', resolve: (l) => l.line.source }),
    note: t.string({ nullable: true, resolve: (l) => l.line.note }),
  }),
});

const SCHEME_OF: Record<string, 'SALARISMIX' | 'CARRIEREPERSPECTIEF'> = {
  salarismix: 'SALARISMIX',
  carriereperspectief: 'CARRIEREPERSPECTIEF',
};

const SINGLE_RECIPIENT: Partial<Record<RecipientKind, string>> = {
  SBB: 'SBB',
  NRO: 'Nationaal Regieorgaan Onderwijsonderzoek (NRO)',
};

builder.queryFields((t) => ({
  fundingLines: t.field({
    type: [FundingLine],
    nullable: true,
    description:
      'Het register van financieringslijnen in een jaar, met budget, ontvangers en bron (seed 001). Openbare gegevens.',
    authScopes: PUBLIC,
    args: {
      year: t.arg.int({ required: true }),
      recipientKind: t.arg({ type: RecipientKindEnum, required: false }),
    },
    resolve: async (_root, { year, recipientKind }, { db }) => {
      if (year < 2020 || year > 2040)
        throw new DomainError('BAD_USER_INPUT', 'Kies een jaar van 2020 tot en met 2040.', 'year');
      const lines = FUNDING_LINES.filter(
        (l) =>
          (l.id === 'praktijkleren' || runsInYear(l, year)) && (!recipientKind || l.recipientKind === recipientKind),
      );
      const [salarismix, carriere, ceilings] = await Promise.all([
        findAllocationsByScheme(db, 'SALARISMIX'),
        findAllocationsByScheme(db, 'CARRIEREPERSPECTIEF'),
        findCeilings(db, [year]),
      ]);
      const tables = { SALARISMIX: salarismix, CARRIEREPERSPECTIEF: carriere };
      const result: LineInYear[] = [];
      for (const line of lines) {
        const budget = budgetInYear(line, year);
        let budgetCents = budget?.amountCents ?? null;
        let recipients: Recipient[] = [];
        let estimate = false;
        const scheme = SCHEME_OF[line.id];
        if (scheme) {
          // The published table is of one year; the line continues structurally, so the table is its estimate.
          recipients = tables[scheme]
            .filter((a) => BigInt(a.amount_cents) > 0n)
            .map((a) => ({
              name: a.institution_name,
              institutionId: a.institution_id,
              amountCents: BigInt(a.amount_cents),
            }));
          estimate = true;
        } else if (line.id === 'praktijkleren') {
          if (ceilings.length === 0) continue;
          budgetCents = sumCents(ceilings.map((c) => BigInt(c.ceiling_cents)));
        } else if (SINGLE_RECIPIENT[line.recipientKind]) {
          recipients = [
            { name: SINGLE_RECIPIENT[line.recipientKind] as string, institutionId: null, amountCents: budgetCents },
          ];
        }
        result.push({ line, year, budgetCents, approximate: budget?.approximate ?? false, recipients, estimate });
      }
      return result;
    },
  }),
}));
