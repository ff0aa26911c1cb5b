import { DomainError } from '@stelsel/graphql-kit';
import type { EqualTreatmentContext } from '../context.ts';
import { findProvisionsOfYear } from '../db/book-provisions.ts';
import { countCardsByInstitution } from '../db/cards.ts';
import { findAllRefunds } from '../db/refunds.ts';
import { findAllProfiles } from '../db/student-profiles.ts';
import { PUBLIC } from '../domain/access.ts';
import { parseSchoolYear } from '../domain/school-year.ts';
import { type Cell, type MeasuresRow, SMALL_CELL_MAX, studentMeasures } from '../domain/student-measures.ts';
import { builder } from './builder.ts';

const CellRef = builder.objectRef<Cell>('StudentMeasureCount').implement({
  description: `Een aantal; 1 tot en met ${SMALL_CELL_MAX} wordt niet getoond (suppressed), 0 wel.`,
  fields: (t) => ({
    count: t.exposeInt('count', { nullable: true }),
    suppressed: t.exposeBoolean('suppressed'),
  }),
});

export const StudentMeasuresRowRef = builder.objectRef<MeasuresRow>('StudentMeasuresRow').implement({
  description:
    'Gratis boeken, studentenkaarten en terugbetalingen van één instelling of het hele land, zonder persoonsgegevens.',
  fields: (t) => ({
    institutionId: t.exposeID('institutionId', { nullable: true, description: 'Leeg voor het landelijke totaal.' }),
    students: t.field({ type: CellRef, resolve: (r) => r.students }),
    entitledStudents: t.field({ type: CellRef, resolve: (r) => r.entitledStudents }),
    studentsWithAllBooks: t.field({ type: CellRef, resolve: (r) => r.studentsWithAllBooks }),
    shareWithAllBooks: t.exposeFloat('shareWithAllBooks', {
      nullable: true,
      description: 'Deel van de rechthebbenden met boeken of licenties voor taal, rekenen én burgerschap (0–1).',
    }),
    cardsIssued: t.field({ type: CellRef, resolve: (r) => r.cardsIssued }),
    refundRequests: t.field({ type: CellRef, resolve: (r) => r.refundRequests }),
    refundsDecided: t.field({ type: CellRef, resolve: (r) => r.refundsDecided }),
    refundsOverdue: t.field({ type: CellRef, resolve: (r) => r.refundsOverdue }),
    medianDaysToDecide: t.exposeFloat('medianDaysToDecide', { nullable: true }),
  }),
});

const OverviewRef = builder
  .objectRef<{ schoolYear: string; national: MeasuresRow; institutions: MeasuresRow[] }>('BookProvisionOverview')
  .implement({
    description: 'Landelijk overzicht van gratis boeken, studentenkaarten en terugbetalingen in een schooljaar.',
    fields: (t) => ({
      schoolYear: t.exposeString('schoolYear'),
      national: t.field({ type: StudentMeasuresRowRef, resolve: (o) => o.national }),
      institutions: t.field({ type: [StudentMeasuresRowRef], resolve: (o) => o.institutions }),
    }),
  });

builder.queryFields((t) => ({
  bookProvisionOverview: t.field({
    type: OverviewRef,
    nullable: true,
    description:
      'Per instelling en landelijk: deel van de rechthebbende studenten met gratis boeken, uitgegeven studentenkaarten, ' +
      'aanvragen ongebruikte leermiddelen en hoe snel erover beslist is. Openbaar, zonder persoonsgegevens; kleine aantallen onderdrukt.',
    authScopes: PUBLIC,
    args: { schoolYear: t.arg.string({ required: true }) },
    resolve: (_root, { schoolYear }, { db }) => loadStudentMeasures(db, schoolYear),
  }),
}));

/** Books, cards and refunds per institution and nationally in a school year ("2025-2026"); no personal data. */
export async function loadStudentMeasures(db: EqualTreatmentContext['db'], schoolYear: string) {
  const year = parseSchoolYear(schoolYear);
  if ('problem' in year) throw new DomainError('BAD_USER_INPUT', year.problem, 'schoolYear');
  const [students, provisions, cards, refunds] = await Promise.all([
    findAllProfiles(db),
    findProvisionsOfYear(db, year.label),
    countCardsByInstitution(db),
    findAllRefunds(db),
  ]);
  const provided = new Map<string, Set<string>>();
  for (const p of provisions) provided.set(p.student_id, (provided.get(p.student_id) ?? new Set()).add(p.subject));
  const measures = studentMeasures(
    { students, provided, cardsByInstitution: new Map(cards.map((c) => [c.institution_id, Number(c.n)])), refunds },
    year,
  );
  return { schoolYear: year.label, ...measures };
}
