import {
  AGE_OF_MAJORITY,
  ageOn,
  lastMonthDue,
  monthOf,
  monthsBetween,
  requiredParties,
} from '@stelsel/placements-common';
import { type Kysely, sql } from 'kysely';
import type { AgreementParty, PlacementsDatabase } from '../db/types.ts';
import type { SeedCalendar } from './calendar.ts';

const DEMO_INSTITUTION = 'roc-zadkine';
const DOCENT = 'docent-zadkine';
const SIGNED_ID = 'demo-agreement-01';
const SIGNING_ID = 'demo-agreement-02';

/**
 * Demo agreements, once per database: for the demo round's accepted placements at ROC Zadkine one
 * agreement signed by every party (start moment held in person, interim planned two weeks after the
 * seed day, expense allowance paid for all but the latest month) and one still being signed (the
 * company has not signed yet). Drawn up and signed before the placements started (the calendar's dates).
 */
export async function seedAgreementsDemo(db: Kysely<PlacementsDatabase>, calendar: SeedCalendar): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('agreement').select('id').where('id', '=', SIGNED_ID).execute();
    if (existing.length > 0) return 0;
    const placements = await trx
      .selectFrom('placement')
      .innerJoin('place', 'place.id', 'placement.place_id')
      .innerJoin('student', 'student.id', 'placement.student_id')
      .select([
        'placement.id',
        'placement.student_id',
        'placement.company_id',
        'placement.institution_id',
        'place.pathway',
        'place.hours_per_week',
        'place.expense_allowance_cents',
        'place.internship_wage_cents',
        'student.given_name',
        'student.family_name',
      ])
      .select([
        sql<string>`to_char(place.starts_on, 'YYYY-MM-DD')`.as('starts_on'),
        sql<string>`to_char(place.ends_on, 'YYYY-MM-DD')`.as('ends_on'),
        sql<string>`to_char(student.date_of_birth, 'YYYY-MM-DD')`.as('date_of_birth'),
      ])
      .where('placement.institution_id', '=', DEMO_INSTITUTION)
      .where('placement.status', '=', 'ACCEPTED')
      .where('placement.id', 'like', 'demo-placement-%')
      .orderBy('placement.id')
      .limit(2)
      .execute();
    const signatureAt = (i: number) => calendar.agreements.signatures[i] ?? calendar.agreements.signedAt;
    let inserted = 0;
    for (const [index, p] of placements.entries()) {
      const id = index === 0 ? SIGNED_ID : SIGNING_ID;
      const guardianRequired = ageOn(p.date_of_birth, p.starts_on) < AGE_OF_MAJORITY;
      const signed: AgreementParty[] = index === 0 ? requiredParties(guardianRequired) : ['STUDENT', 'INSTITUTION'];
      const company =
        p.company_id === 'kvk-90000001' ? 'praktijkopleider-maasstad' : `praktijkopleider-${p.company_id}`;
      const signer: Record<AgreementParty, string> = {
        STUDENT: p.student_id,
        INSTITUTION: DOCENT,
        COMPANY: company,
        GUARDIAN: DOCENT,
      };
      await trx
        .insertInto('agreement')
        .values({
          id,
          placement_id: p.id,
          student_id: p.student_id,
          company_id: p.company_id,
          institution_id: p.institution_id,
          pathway: p.pathway,
          status: index === 0 ? 'SIGNED' : 'SIGNING',
          starts_on: p.starts_on,
          ends_on: p.ends_on,
          hours_per_week: p.hours_per_week,
          trainer_name: 'Marieke de Vries',
          trainer_email: 'praktijkopleider@leerbedrijf.example',
          work_processes: 'Werkt mee in de dagelijkse zorg en voert de werkprocessen uit het kwalificatiedossier uit.',
          assessment: 'Tussentijdse en eindbeoordeling door praktijkopleider en stagebegeleider samen.',
          dissolution_terms: 'Ontbinding na overleg tussen de drie partijen, met een maand bedenktijd.',
          supervision_frequency: 'Elke twee weken een begeleidingsgesprek met de praktijkopleider.',
          expense_allowance_cents: BigInt(p.expense_allowance_cents),
          internship_wage_cents: p.internship_wage_cents === null ? null : BigInt(p.internship_wage_cents),
          guardian_required: guardianRequired,
          guardian_name: guardianRequired ? `Ouder van ${p.given_name} ${p.family_name}` : null,
          created_at: calendar.agreements.createdAt,
          created_by: DOCENT,
          updated_at: calendar.agreements.createdAt,
          updated_by: DOCENT,
          signed_at: index === 0 ? calendar.agreements.signedAt : null,
        })
        .execute();
      await trx
        .insertInto('agreement_signature')
        .values(
          signed.map((party, i) => ({
            agreement_id: id,
            party,
            version: 1,
            signed_at: signatureAt(i),
            signed_by: signer[party],
            note: party === 'GUARDIAN' ? 'Op papier getekend tijdens het intakegesprek op school.' : null,
          })),
        )
        .execute();
      await trx
        .insertInto('agreement_event')
        .values([
          {
            agreement_id: id,
            at: calendar.agreements.createdAt,
            by: DOCENT,
            what: 'DRAFTED',
            version: 1,
            party: null,
            detail: null,
          },
          ...signed.map((party, i) => ({
            agreement_id: id,
            at: signatureAt(i),
            by: signer[party],
            what: 'SIGNED' as const,
            version: 1,
            party,
            detail: null,
          })),
          ...(index === 0
            ? [
                {
                  agreement_id: id,
                  at: calendar.agreements.signedAt,
                  by: company,
                  what: 'FULLY_SIGNED' as const,
                  version: 1,
                  party: null,
                  detail: null,
                },
              ]
            : []),
        ])
        .execute();
      inserted += 2 + signed.length * 2;
      if (index !== 0) continue;

      await trx
        .insertInto('contact_moment')
        .values([
          {
            id: `${id}-start`,
            agreement_id: id,
            kind: 'START',
            planned_on: p.starts_on,
            planned_mode: 'IN_PERSON',
            planned_at: calendar.agreements.signedAt,
            planned_by: DOCENT,
            held_on: p.starts_on,
            held_mode: 'IN_PERSON',
            notes: 'Kennismaking op de werkplek; afspraken over leerdoelen gemaakt.',
            recorded_at: `${p.starts_on}T16:00:00Z`,
            recorded_by: DOCENT,
            recorded_role: 'institution',
          },
          {
            id: `${id}-interim`,
            agreement_id: id,
            kind: 'INTERIM',
            planned_on: [calendar.interimOn, p.ends_on].sort()[0] ?? p.ends_on,
            planned_mode: 'VIDEO',
            planned_at: calendar.agreements.signedAt,
            planned_by: company,
          },
        ])
        .execute();
      // The agreed allowances paid for every month due except the latest, so the demo shows a missing month.
      const months = monthsBetween(monthOf(p.starts_on), lastMonthDue(p.ends_on, calendar.today)).slice(0, -1);
      const amounts = [
        { kind: 'EXPENSE' as const, cents: BigInt(p.expense_allowance_cents) },
        ...(p.internship_wage_cents === null
          ? []
          : [{ kind: 'WAGE' as const, cents: BigInt(p.internship_wage_cents) }]),
      ].filter((a) => a.cents > 0n);
      const payments = months.flatMap((month) =>
        amounts.map((a) => ({
          agreement_id: id,
          month,
          kind: a.kind,
          amount_cents: a.cents,
          recorded_at: `${month}-28T12:00:00Z`,
          recorded_by: company,
          recorded_role: 'company' as const,
        })),
      );
      if (payments.length > 0) await trx.insertInto('allowance_payment').values(payments).execute();
      inserted += 2 + payments.length;
    }
    return inserted;
  });
}
