import { DomainError, forbidden, listsInKeyOrder } from '@stelsel/graphql-kit';
import { findProvisionById, findProvisions, type ProvisionRow } from '../db/book-provisions.ts';
import { findProfilesOfInstitution, type StudentProfile } from '../db/student-profiles.ts';
import { ownInstitution } from '../domain/access.ts';
import { BASIC_SKILLS, basicSkillsBooksEntitlement } from '../domain/book-entitlement.ts';
import { dutchToday } from '../domain/calendar-day.ts';
import { parseSchoolYear, type SchoolYear, schoolYearOf } from '../domain/school-year.ts';
import * as books from '../use-cases/books.ts';
import { actorOf } from './actor-of.ts';
import { builder } from './builder.ts';
import { StudentRef } from './student.schema.ts';

export const BasicSkill = builder.enumType('BasicSkill', {
  description: 'De basisvaardigheden waarvoor boeken en licenties gratis zijn.',
  values: {
    TAAL: { description: 'Nederlandse taal' },
    REKENEN: { description: 'Rekenen' },
    BURGERSCHAP: { description: 'Burgerschap' },
  },
});

export const BookProvisionKind = builder.enumType('BookProvisionKind', {
  values: { BOOK: { description: 'Boek (papier)' }, LICENCE: { description: 'Digitale licentie' } },
});

export const BookProvisionRef = builder.objectRef<ProvisionRow>('BookProvision').implement({
  description: 'Een verstrekt boek of licentie voor één basisvaardigheid in één schooljaar.',
  fields: (t) => ({
    id: t.exposeID('id'),
    schoolYear: t.exposeString('school_year'),
    subject: t.field({ type: BasicSkill, resolve: (p) => p.subject }),
    kind: t.field({ type: BookProvisionKind, resolve: (p) => p.kind }),
    providedOn: t.field({ type: 'Date', resolve: (p) => p.provided_on }),
  }),
});

interface BooksOfYear {
  student: StudentProfile;
  year: SchoolYear;
}

/** The key of a student without the right: nothing to provide. */
const NONE = 'none';

/** `schoolYear:studentId`, so one query answers all students of a request per school year. */
const provisionKey = (b: BooksOfYear) => `${b.year.label}:${b.student.studentId}`;

export const BasicSkillsBooksRef = builder.objectRef<BooksOfYear>('BasicSkillsBooks').implement({
  description: 'Gratis boeken en licenties voor de basisvaardigheden van één student in één schooljaar.',
  fields: (t) => ({
    schoolYear: t.string({ resolve: (b) => b.year.label }),
    student: t.field({ type: StudentRef, resolve: (b) => b.student }),
    entitled: t.boolean({ resolve: (b) => basicSkillsBooksEntitlement(b.student, b.year).entitled }),
    reason: t.string({
      description: 'Waarom wel of niet, in één zin.',
      resolve: (b) => basicSkillsBooksEntitlement(b.student, b.year).reason,
    }),
    provisions: t.loadableList({
      type: BookProvisionRef,
      description: 'Wat de instelling heeft verstrekt, per vak.',
      load: async (keys: string[], { db }) => {
        const byYear = new Map<string, string[]>();
        for (const key of keys) {
          const [year, id] = [key.slice(0, 9), key.slice(10)];
          byYear.set(year, [...(byYear.get(year) ?? []), id]);
        }
        const rows: ProvisionRow[] = [];
        for (const [year, ids] of byYear) rows.push(...(await findProvisions(db, year, ids)));
        return listsInKeyOrder(keys, rows, (p) => `${p.school_year}:${p.student_id}`);
      },
      resolve: provisionKey,
    }),
    notYetProvided: t.loadableList({
      type: BasicSkill,
      description: 'De vakken waarvoor nog niets is verstrekt; leeg zonder recht.',
      load: async (keys: string[], { db }) => {
        const done = new Set<string>();
        const byYear = new Map<string, string[]>();
        for (const key of keys.filter((k) => k !== NONE)) {
          byYear.set(key.slice(0, 9), [...(byYear.get(key.slice(0, 9)) ?? []), key.slice(10)]);
        }
        for (const [year, ids] of byYear) {
          for (const p of await findProvisions(db, year, ids)) done.add(`${year}:${p.student_id}:${p.subject}`);
        }
        return keys.map((key) => (key === NONE ? [] : BASIC_SKILLS.filter((s) => !done.has(`${key}:${s}`))));
      },
      resolve: (b) => (basicSkillsBooksEntitlement(b.student, b.year).entitled ? provisionKey(b) : NONE),
    }),
  }),
});

function schoolYearArg(label: string): SchoolYear {
  const year = parseSchoolYear(label);
  if ('problem' in year) throw new DomainError('BAD_USER_INPUT', year.problem, 'schoolYear');
  return year;
}

builder.objectField(StudentRef, 'basicSkillsBooks', (t) =>
  t.field({
    type: BasicSkillsBooksRef,
    nullable: true,
    description:
      'Recht op gratis boeken en licenties voor taal, rekenen en burgerschap in een schooljaar ("2025-2026"), ' +
      'met de reden en wat al verstrekt is. Voor de eigen instelling en de student zelf.',
    args: { schoolYear: t.arg.string({ required: true }) },
    resolve: (student, { schoolYear }) => ({ student, year: schoolYearArg(schoolYear) }),
  }),
);

builder.queryFields((t) => ({
  currentSchoolYear: t.string({
    nullable: true,
    description: 'Het schooljaar van vandaag, bijvoorbeeld "2025-2026" (1 september tot en met 31 augustus).',
    authScopes: { public: true },
    resolve: () => schoolYearOf(dutchToday()),
  }),
  basicSkillsBooksOfInstitution: t.field({
    type: [BasicSkillsBooksRef],
    nullable: true,
    description: 'Alle studenten van de eigen instelling met hun recht op gratis boeken in een schooljaar.',
    args: { institutionId: t.arg.id({ required: true }), schoolYear: t.arg.string({ required: true }) },
    authScopes: (_root, { institutionId }) => ownInstitution(String(institutionId)),
    unauthorizedError: () => forbidden('Alleen de eigen instelling ziet het recht op boeken van haar studenten.'),
    resolve: async (_root, { institutionId, schoolYear }, { db }) => {
      const year = schoolYearArg(schoolYear);
      return (await findProfilesOfInstitution(db, String(institutionId))).map((student) => ({ student, year }));
    },
  }),
}));

builder.mutationFields((t) => ({
  recordBookProvision: t.field({
    type: BookProvisionRef,
    description:
      'Legt vast dat de instelling het boek of de licentie voor één basisvaardigheid heeft verstrekt. ' +
      'Geweigerd voor een student zonder recht in dat schooljaar. Herhalen met dezelfde idempotencyKey maakt niets nieuws.',
    authScopes: { role: 'institution' },
    errors: {},
    args: {
      studentId: t.arg.id({ required: true }),
      schoolYear: t.arg.string({ required: true }),
      subject: t.arg({ type: BasicSkill, required: true }),
      kind: t.arg({ type: BookProvisionKind, required: true }),
      providedOn: t.arg({ type: 'Date', required: true }),
      idempotencyKey: t.arg({ type: 'IdempotencyKey', required: true }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.db
        .transaction()
        .execute((trx) => books.recordProvision(trx, actorOf(context), { ...args, studentId: String(args.studentId) }));
      const row = await findProvisionById(context.db, id);
      if (!row) throw new Error('De verstrekking is niet opgeslagen.');
      return row;
    },
  }),
}));
