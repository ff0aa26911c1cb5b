import { agreementShares, countBblByInstitution, countDeclines, regionsOfMunicipality } from '../db/shortages.ts';
import type { DeclineReason } from '../db/types.ts';
import { BBL_SHARE_READERS, bblRowsFor } from '../domain/access.ts';
import { BBL_AMBITION, bblShareOf, isSmallCell, seesExactCounts } from '../domain/shortages.ts';
import { builder } from './builder.ts';
import { DeclineReasonRef } from './placement.schema.ts';

interface NationalBblShape {
  students: number;
  bbl: number;
  share: number | null;
  gap: number | null;
}

const NationalBblShareRef = builder.objectRef<NationalBblShape>('NationalBblShare').implement({
  description: 'Landelijk aandeel bbl-studenten tegenover de ambitie van ten minste 35% (Werkagenda mbo).',
  fields: (t) => ({
    students: t.exposeInt('students', { description: 'Alle mbo-studenten in het platform.' }),
    bbl: t.exposeInt('bbl', { description: 'Studenten op de beroepsbegeleidende leerweg.' }),
    share: t.float({
      nullable: true,
      description: 'Aandeel bbl (0–1); leeg zonder studenten.',
      resolve: (s) => s.share,
    }),
    ambition: t.float({ description: 'De ambitie: 0,35.', resolve: () => BBL_AMBITION }),
    gap: t.float({
      nullable: true,
      description: 'Ambitie min aandeel: positief is onder de ambitie, negatief erboven.',
      resolve: (s) => s.gap,
    }),
  }),
});

interface InstitutionNameShape {
  id: string;
  name: string;
}

/** Only the id and name: a share row leads to no student list. */
const InstitutionNameRef = builder.objectRef<InstitutionNameShape>('InstitutionName').implement({
  description: 'Id en naam van een mbo-instelling, zonder verdere gegevens.',
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

interface InstitutionBblShape {
  institution: InstitutionNameShape;
  students: number | null;
  bbl: number | null;
  share: number | null;
  suppressed: boolean;
}

const InstitutionBblShareRef = builder.objectRef<InstitutionBblShape>('InstitutionBblShare').implement({
  description:
    'Aandeel bbl-studenten van één instelling. Aantallen van 1 tot en met 4 zijn buiten OCW en SBB onderdrukt.',
  fields: (t) => ({
    institution: t.field({ type: InstitutionNameRef, resolve: (row) => row.institution }),
    students: t.int({ nullable: true, resolve: (row) => row.students }),
    bbl: t.int({ nullable: true, resolve: (row) => row.bbl }),
    share: t.float({ nullable: true, description: 'Aandeel bbl (0–1).', resolve: (row) => row.share }),
    suppressed: t.exposeBoolean('suppressed'),
  }),
});

const BblShareRef = builder
  .objectRef<{ national: NationalBblShape; perInstitution: InstitutionBblShape[] }>('BblShare')
  .implement({
    description: 'Het bbl-aandeel landelijk en per instelling, tegenover de ambitie van 35%.',
    fields: (t) => ({
      national: t.field({ type: NationalBblShareRef, resolve: (s) => s.national }),
      perInstitution: t.field({ type: [InstitutionBblShareRef], resolve: (s) => s.perInstitution }),
    }),
  });

interface DeclineCountShape {
  reason: DeclineReason;
  count: number;
}

const DeclineCountRef = builder.objectRef<DeclineCountShape>('DeclineCount').implement({
  description: 'Hoe vaak leerbedrijven een bevestigde match om deze reden afwezen.',
  fields: (t) => ({
    reason: t.field({ type: DeclineReasonRef, resolve: (c) => c.reason }),
    count: t.exposeInt('count'),
  }),
});

interface MonitorShape {
  placements: number;
  declined: number;
  declines: DeclineCountShape[];
  signedAgreements: number | null;
  threeContactMomentsShare: number | null;
  expenseAllowanceShare: number | null;
}

const PlacementMonitorRef = builder.objectRef<MonitorShape>('PlacementMonitor').implement({
  description:
    'Monitor Stagepact voor OCW en SBB: afgewezen matches per reden (een signaal van mogelijke discriminatie), ' +
    'contactmomenten en onkostenvergoedingen. Alleen aantallen en aandelen.',
  fields: (t) => ({
    placements: t.exposeInt('placements', { description: 'Bevestigde matches (plaatsingen) in totaal.' }),
    declined: t.exposeInt('declined', { description: 'Bevestigde matches die het leerbedrijf afwees.' }),
    declines: t.field({
      type: [DeclineCountRef],
      description: 'Afwijzingen per reden, elke reden ook als die 0 keer voorkomt.',
      resolve: (m) => m.declines,
    }),
    signedAgreements: t.int({
      nullable: true,
      description: 'Ondertekende praktijkovereenkomsten; leeg zolang die nog niet worden bijgehouden.',
      resolve: (m) => m.signedAgreements,
    }),
    threeContactMomentsShare: t.float({
      nullable: true,
      description:
        'Aandeel ondertekende overeenkomsten met alle drie contactmomenten (start, tussentijds, eind) gehouden.',
      resolve: (m) => m.threeContactMomentsShare,
    }),
    expenseAllowanceShare: t.float({
      nullable: true,
      description: 'Aandeel ondertekende overeenkomsten met een afgesproken onkostenvergoeding boven 0.',
      resolve: (m) => m.expenseAllowanceShare,
    }),
  }),
});

const DECLINE_REASONS: readonly DeclineReason[] = [
  'NO_CAPACITY',
  'PROFILE_MISMATCH',
  'PERIOD_MISMATCH',
  'PRACTICAL_TRAINER_UNAVAILABLE',
  'OTHER',
];

builder.queryFields((t) => ({
  bblShare: t.field({
    type: BblShareRef,
    nullable: true,
    description:
      'Het bbl-aandeel tegenover de ambitie van 35%: landelijk en per instelling. OCW en SBB zien alle instellingen, ' +
      'een instelling alleen zichzelf, een gemeente de instellingen met een vestiging in de eigen arbeidsmarktregio.',
    authScopes: BBL_SHARE_READERS,
    resolve: async (_root, _args, { caller, db }) => {
      const rows = await countBblByInstitution(db);
      const students = rows.reduce((sum, r) => sum + r.students, 0);
      const bbl = rows.reduce((sum, r) => sum + r.bbl, 0);
      const visible = await bblRowsFor(caller, rows, () => regionsOfMunicipality(db, caller.organisation));
      const exact = seesExactCounts(caller) || caller.role === 'institution';
      return {
        national: { students, bbl, ...bblShareOf({ students, bbl }) },
        perInstitution: visible.map((r) => {
          const hide = !exact && (isSmallCell(r.students) || isSmallCell(r.bbl));
          return {
            institution: { id: r.id, name: r.name },
            students: hide ? null : r.students,
            bbl: hide ? null : r.bbl,
            share: hide ? null : bblShareOf(r).share,
            suppressed: hide,
          };
        }),
      };
    },
  }),
  placementMonitor: t.field({
    type: PlacementMonitorRef,
    nullable: true,
    description: 'Monitor van matches, afwijzingen, contactmomenten en vergoedingen; alleen voor OCW en SBB.',
    authScopes: { role: ['ministry', 'sbb'] },
    resolve: async (_root, _args, { db }) => {
      // Only OCW and SBB read this (the scope), so the counts are exact (no small-cell suppression needed).
      const [{ placements, declines }, shares] = await Promise.all([countDeclines(db), agreementShares(db)]);
      const counts = DECLINE_REASONS.map((reason) => ({ reason, count: declines.get(reason) ?? 0 }));
      return {
        placements,
        declined: counts.reduce((sum, c) => sum + c.count, 0),
        declines: counts,
        signedAgreements: shares.signed,
        threeContactMomentsShare: shares.threeContactMoments,
        expenseAllowanceShare: shares.expenseAllowance,
      };
    },
  }),
}));
