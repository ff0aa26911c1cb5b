import { randomUUID } from 'node:crypto';
import { demoStudents } from '@stelsel/placements/seed';
import { seedCalendar } from '@stelsel/placements/seed/calendar';
import type { Kysely } from 'kysely';
import type { EqualTreatmentDatabase } from '../db/types.ts';
import { BASIC_SKILLS, basicSkillsBooksEntitlement } from '../domain/book-entitlement.ts';
import { addDays, dutchToday } from '../domain/calendar-day.ts';
import { parseSchoolYear, schoolYearOf } from '../domain/school-year.ts';

/** The two institutions whose book provision is in progress in the demo. */
const DEMO_INSTITUTIONS = ['roc-zadkine', 'albeda-college'] as const;

/**
 * Demo data for issue 12, dated from the seed day: book provision in progress at two institutions, cards,
 * terms and book lists, the student fund, and refund requests in every state. The students themselves arrive
 * from placements as events; to choose which demo students get books, the seed uses placements' own demo
 * generator (the same ids and dates placements seeds on the same day), never placements' database.
 * Runs once per database.
 */
export async function seedStudentMeasures(db: Kysely<EqualTreatmentDatabase>, today = dutchToday()): Promise<number> {
  const done = await db.selectFrom('learning_materials_terms').select('institution_id').limit(1).executeTakeFirst();
  if (done) return 0;
  const label = schoolYearOf(today);
  const year = parseSchoolYear(label);
  if ('problem' in year) throw new Error(year.problem);
  const calendar = seedCalendar(today);
  let inserted = 0;
  await db.transaction().execute(async (trx) => {
    for (const [i, institutionId] of DEMO_INSTITUTIONS.entries()) {
      const students = demoStudents(institutionId, calendar);
      const entitled = students.filter(
        (s) =>
          basicSkillsBooksEntitlement(
            {
              dateOfBirth: String(s.date_of_birth),
              level: s.level,
              pathway: s.pathway,
              programme: 'MBO',
              cohort: s.cohort,
              leftOn: null,
            },
            year,
          ).entitled,
      );
      // In progress: the first half got all three, the next quarter only taal, the rest nothing yet.
      const provisions = entitled.flatMap((s, n) => {
        const subjects =
          n < entitled.length / 2 ? BASIC_SKILLS : n < (entitled.length * 3) / 4 ? (['TAAL'] as const) : [];
        return subjects.map((subject) => ({
          id: randomUUID(),
          student_id: s.id,
          institution_id: institutionId,
          school_year: label,
          subject,
          kind: subject === 'BURGERSCHAP' || i === 1 ? ('LICENCE' as const) : ('BOOK' as const),
          provided_on: year.firstDay,
          recorded_by: `demo-${institutionId}`,
        }));
      });
      if (provisions.length > 0) await trx.insertInto('book_provision').values(provisions).execute();
      // Cards for all but the last three (Albeda: all but the last six).
      const carded = students.slice(0, students.length - (i === 0 ? 3 : 6));
      await trx
        .insertInto('student_card')
        .values(
          carded.map((s, n) => ({
            id: randomUUID(),
            student_id: s.id,
            institution_id: institutionId,
            card_number: `${institutionId.slice(0, 3).toUpperCase()}-${String(year.startYear)}-${String(n + 1).padStart(4, '0')}`,
            issued_on: year.firstDay,
            valid_until: addDays(year.lastDay, 31),
            issued_by: `demo-${institutionId}`,
          })),
        )
        .execute();
      await trx
        .insertInto('learning_materials_terms')
        .values({
          institution_id: institutionId,
          school_year: label,
          terms:
            'Heb je leermiddelen van onze boekenlijst gekocht en niet gebruikt, omdat je een vrijstelling kreeg of ' +
            'het onderdeel niet volgde? Vraag dan vóór 1 juni terugbetaling aan. Wij beslissen binnen de termijn hieronder.',
          decision_days: i === 0 ? 21 : 28,
          published_by: `demo-${institutionId}`,
        })
        .execute();
      await trx
        .insertInto('book_list_item')
        .values(
          [
            ['Nederlands 2F – werkboek', 3495n],
            ['Rekenen 2F – licentie', 2950n],
            ['Burgerschap in de praktijk', 2475n],
            ['Vakboek beroepsgerichte vakken', 6200n],
          ].map(([title, price], position) => ({
            id: randomUUID(),
            institution_id: institutionId,
            school_year: label,
            title: String(title),
            price_cents: BigInt(price as bigint),
            position,
          })),
        )
        .execute();
      inserted += provisions.length + carded.length;
    }
    await trx
      .insertInto('student_fund_info')
      .values({
        institution_id: 'roc-zadkine',
        summary:
          'Het mbo-studentenfonds helpt als je door geldzorgen je opleiding niet goed kunt volgen, bijvoorbeeld bij ' +
          'onverwachte kosten voor materiaal, reizen of een laptop.',
        how_to_apply: 'Maak een afspraak met je studentbegeleider of de decaan; samen vul je de aanvraag in.',
        contact: 'Decanaat Zadkine, decanaat@zadkine.example',
        url: null,
        published_by: 'demo-roc-zadkine',
      })
      .execute();
    // Refund requests at Zadkine in every state: waiting, waiting past the deadline, approved, refused.
    const zadkine = demoStudents('roc-zadkine', calendar);
    const requested = (n: number, daysAgo: number) => ({
      id: randomUUID(),
      student_id: zadkine[n]?.id ?? `roc-zadkine-s00${n + 1}`,
      institution_id: 'roc-zadkine',
      school_year: label,
      materials: 'Vakboek beroepsgerichte vakken',
      amount_cents: '6200',
      explanation: 'Ik heb een vrijstelling gekregen en het boek niet gebruikt; het is nog geseald.',
      requested_on: addDays(today, -daysAgo),
      decide_by: addDays(today, 21 - daysAgo),
    });
    await trx
      .insertInto('refund_request')
      .values([
        requested(2, 3),
        requested(3, 30),
        {
          ...requested(4, 40),
          status: 'APPROVED',
          decided_on: addDays(today, -30),
          decided_by: 'demo-roc-zadkine',
          decision_reason: 'Boek ongebruikt ingeleverd; het bedrag wordt binnen twee weken overgemaakt.',
        },
        {
          ...requested(5, 50),
          materials: 'Nederlands 2F – werkboek',
          amount_cents: '3495',
          status: 'REFUSED',
          decided_on: addDays(today, -45),
          decided_by: 'demo-roc-zadkine',
          decision_reason:
            'Het werkboek is ingevuld en dus gebruikt; de regeling geldt alleen voor ongebruikte leermiddelen.',
        },
      ])
      .execute();
  });
  return inserted + 4;
}
