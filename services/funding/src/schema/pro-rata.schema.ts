import { DomainError, moneyToCents } from '@stelsel/graphql-kit';
import { readInstitutions } from '@stelsel/reference-data';
import { PUBLIC } from '../domain/access.ts';
import { allocateProRata, proRataIssue, type Share } from '../domain/pro-rata.ts';
import { builder } from './builder.ts';
import { InstitutionRef } from './institution.schema.ts';

const StudentCountInput = builder.inputType('StudentCountInput', {
  description: 'Het aantal studenten van één instelling op de teldatum.',
  fields: (t) => ({
    institutionId: t.id({ required: true }),
    students: t.int({ required: true }),
  }),
});

const ProRataShare = builder.objectRef<Share>('ProRataShare').implement({
  description: 'Het deel van het budget voor één instelling, naar rato van haar studenten, in centen exact.',
  fields: (t) => ({
    institution: t.field({ type: InstitutionRef, resolve: (s) => ({ id: s.institutionId }) }),
    students: t.exposeInt('students'),
    amount: t.field({ type: 'Money', resolve: (s) => s.amountCents }),
  }),
});

const KNOWN_INSTITUTIONS = new Set(readInstitutions().map((i) => i.id));

builder.queryFields((t) => ({
  allocateProRata: t.field({
    type: [ProRataShare],
    description:
      'Verdeelt een budget naar rato van studentaantallen, tot op de cent (grootste rest): de delen tellen precies op tot het budget. Eén deel per invoerregel, in de volgorde van de invoer. Rekent alleen, slaat niets op: openbaar.',
    authScopes: PUBLIC,
    args: {
      budget: t.arg({ type: 'Money', required: true }),
      counts: t.arg({ type: [StudentCountInput], required: true }),
    },
    resolve: (_root, { budget, counts }) => {
      const budgetCents = moneyToCents(budget);
      const rows = counts.map((c) => ({ institutionId: String(c.institutionId), students: c.students }));
      const issue = proRataIssue(budgetCents, rows, (id) => KNOWN_INSTITUTIONS.has(id));
      if (issue) throw new DomainError('BAD_USER_INPUT', issue.message, issue.field);
      return allocateProRata(budgetCents, rows);
    },
  }),
}));
