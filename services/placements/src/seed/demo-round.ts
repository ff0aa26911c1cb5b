import { type Kysely, sql } from 'kysely';
import type { DeclineReason, Pathway, PlacementStatus, PlacementsDatabase } from '../db/types.ts';
import { addDays, MATCH_RESPONSE_DAYS_DEFAULT } from '../domain/deadlines.ts';
import { type RoundPlaceInput, runRound } from '../domain/rounds.ts';
import type { SeedCalendar } from './calendar.ts';
import { seededRandom } from './seed-random.ts';

const DEMO_INSTITUTION = 'roc-zadkine';
export const DEMO_ROUND = 'demo-roc-zadkine';
/** The demo round's id before its dates followed the seed day: a database seeded with it has the demo already. */
const EARLIER_DEMO_ROUND = 'demo-roc-zadkine-2026';
const DEMO_SEED = 20_260_202;
const DOCENT = 'docent-zadkine';
const PRAKTIJKOPLEIDER: Record<string, string> = { 'kvk-90000001': 'praktijkopleider-maasstad' };
const STUDENTS = 10;

/** `voornaam.achternaam@student.example` (a reserved domain, RFC 2606), numbered when the name repeats. */
export function demoEmails(students: ReadonlyArray<{ id: string; given_name: string; family_name: string }>) {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  const seen = new Map<string, number>();
  return [...students]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((student) => {
      const base = `${slug(student.given_name)}.${slug(student.family_name)}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return { id: student.id, email: `${base}${count > 1 ? count : ''}@student.example` };
    });
}

/**
 * Demo matching data, once per database: e-mail addresses for students without one, and one confirmed
 * round at ROC Zadkine with about ten students placed at demo companies — some accepted, one declined
 * with a reason, the rest waiting for the company — so the school and company screens show something.
 * The round holds the calendar's school year and was confirmed some weeks before the placements started.
 */
export async function seedMatchingDemo(db: Kysely<PlacementsDatabase>, calendar: SeedCalendar): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let inserted = 0;
    const withoutEmail = await trx.selectFrom('student').select('id').where('email', 'is', null).limit(1).execute();
    if (withoutEmail.length > 0) {
      const all = await trx.selectFrom('student').select(['id', 'given_name', 'family_name']).execute();
      const emails = demoEmails(all);
      for (let start = 0; start < emails.length; start += 500) {
        const chunk = emails.slice(start, start + 500);
        await sql`update student set email = v.email
          from (values ${sql.join(chunk.map((e) => sql`(${e.id}, ${e.email})`))}) as v(id, email)
          where student.id = v.id and student.email is null`.execute(trx);
      }
    }
    const existing = await trx
      .selectFrom('matching_round')
      .select('id')
      .where('id', 'in', [DEMO_ROUND, EARLIER_DEMO_ROUND])
      .execute();
    if (existing.length > 0) return inserted;

    const places = await trx
      .selectFrom('place')
      .select(['id', 'company_id', 'qualification_crebo', 'level', 'pathway', 'capacity', 'status'])
      .select([
        sql<string>`to_char(starts_on, 'YYYY-MM-DD')`.as('starts_on'),
        sql<string>`to_char(ends_on, 'YYYY-MM-DD')`.as('ends_on'),
      ])
      .where('status', '=', 'OPEN')
      .orderBy('id')
      .execute()
      // Not the demo's expired place (issue 9 §5): its period ended before the round's.
      .then((rows) => rows.filter((p) => p.ends_on >= calendar.round.period.start));
    const byKey = new Map<string, typeof places>();
    for (const place of places) {
      const key = `${place.qualification_crebo}/${place.pathway}`;
      byKey.set(key, [...(byKey.get(key) ?? []), place]);
    }
    // Students whose qualification and pathway have an open place, those Zorggroep Maasstad trains first.
    const candidates = (
      await trx
        .selectFrom('student')
        .select(['id', 'qualification_crebo', 'level', 'pathway'])
        .where('institution_id', '=', DEMO_INSTITUTION)
        .orderBy('id')
        .execute()
    ).filter((s) => byKey.has(`${s.qualification_crebo}/${s.pathway}`));
    const atMaasstad = (s: (typeof candidates)[number]) =>
      byKey.get(`${s.qualification_crebo}/${s.pathway}`)?.some((p) => p.company_id === 'kvk-90000001') ?? false;
    const students = [...candidates.filter(atMaasstad), ...candidates.filter((s) => !atMaasstad(s))].slice(0, STUDENTS);
    if (students.length === 0) return inserted;

    const random = seededRandom(DEMO_SEED);
    const input = students.map((s) => {
      const options = [...(byKey.get(`${s.qualification_crebo}/${s.pathway}`) ?? [])];
      const maasstad = options.filter((p) => p.company_id === 'kvk-90000001');
      const others = options.filter((p) => p.company_id !== 'kvk-90000001').sort(() => random.next() - 0.5);
      return {
        id: s.id,
        crebo: s.qualification_crebo,
        level: s.level,
        pathway: s.pathway as Pathway,
        requestsAccessiblePlace: false,
        choices: [...maasstad, ...others].slice(0, 3).map((p) => p.id),
      };
    });
    const placeInputs: RoundPlaceInput[] = places.map((p) => ({
      id: p.id,
      open: true,
      crebo: p.qualification_crebo,
      level: p.level,
      pathway: p.pathway,
      accessible: false,
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      seatsLeft: p.capacity,
    }));
    const { period } = calendar.round;
    const { outcomes } = runRound(input, placeInputs, period, DEMO_SEED);

    await trx
      .insertInto('matching_round')
      .values({
        id: DEMO_ROUND,
        institution_id: DEMO_INSTITUTION,
        name: `Kopgroep zorg en techniek ${calendar.schoolYear.name} (demo)`,
        period_start: period.start,
        period_end: period.end,
        qualification_crebos: null,
        status: 'CONFIRMED',
        seed: DEMO_SEED,
        created_at: calendar.round.createdAt,
        created_by: DOCENT,
        ran_at: calendar.round.ranAt,
        ran_by: DOCENT,
        confirmed_at: calendar.round.confirmedAt,
        confirmed_by: DOCENT,
      })
      .execute();
    await trx
      .insertInto('round_student')
      .values(
        input.map((s) => ({
          round_id: DEMO_ROUND,
          student_id: s.id,
          choices_at: calendar.round.choicesAt,
          choices_by: DOCENT,
        })),
      )
      .execute();
    await trx
      .insertInto('round_choice')
      .values(
        input.flatMap((s) =>
          s.choices.map((place_id, i) => ({ round_id: DEMO_ROUND, student_id: s.id, place_id, rank: i + 1 })),
        ),
      )
      .execute();
    await trx
      .insertInto('round_result')
      .values(
        outcomes.map((o) => ({
          round_id: DEMO_ROUND,
          student_id: o.studentId,
          place_id: o.placeId,
          rank: o.rank,
          lottery: o.lottery,
          better_full: JSON.stringify(o.betterFull),
          not_eligible: JSON.stringify(o.notEligible),
          reason: o.reason,
          adjustment_reason: null,
          adjusted_by: null,
        })),
      )
      .execute();
    inserted += 1 + input.length * 2 + outcomes.length;

    // Answers: the first placement at Maasstad stays open for the company to accept in the demo, one is declined.
    const companyOf = new Map(places.map((p) => [p.id, p.company_id]));
    const matched = outcomes.filter((o) => o.placeId !== null);
    let openAtMaasstad = false;
    let declined = false;
    for (const [index, o] of matched.entries()) {
      const placeId = o.placeId ?? '';
      const companyId = companyOf.get(placeId) ?? '';
      let status: PlacementStatus = 'ACCEPTED';
      let declineReason: DeclineReason | null = null;
      // Deadlines (issue 9 §5): answered ones had the usual 14 days, the one Maasstad answers in the demo
      // runs out in three days, any other still waiting ran out two days ago.
      let respondBy = addDays(calendar.round.confirmedAt.slice(0, 10), MATCH_RESPONSE_DAYS_DEFAULT);
      if (companyId === 'kvk-90000001' && !openAtMaasstad) {
        status = 'CONFIRMED';
        respondBy = addDays(calendar.today, 3);
        openAtMaasstad = true;
      } else if (!declined && index >= 2) {
        status = 'DECLINED';
        declineReason = 'PRACTICAL_TRAINER_UNAVAILABLE';
        declined = true;
      } else if (index % 4 === 3) {
        status = 'CONFIRMED';
        respondBy = addDays(calendar.today, -2);
      }
      const id = `demo-placement-${String(index + 1).padStart(2, '0')}`;
      const responder = PRAKTIJKOPLEIDER[companyId] ?? `praktijkopleider-${companyId}`;
      await trx
        .insertInto('placement')
        .values({
          id,
          student_id: o.studentId,
          place_id: placeId,
          company_id: companyId,
          institution_id: DEMO_INSTITUTION,
          round_id: DEMO_ROUND,
          status,
          created_at: calendar.round.confirmedAt,
          created_by: DOCENT,
          respond_by: respondBy,
          responded_at: status === 'CONFIRMED' ? null : calendar.round.respondedAt,
          responded_by: status === 'CONFIRMED' ? null : responder,
          decline_reason: declineReason,
          decline_explanation: declineReason
            ? 'Onze praktijkopleider is de hele periode met zwangerschapsverlof; er is geen vervanger.'
            : null,
        })
        .execute();
      await trx
        .insertInto('placement_event')
        .values([
          { placement_id: id, at: calendar.round.confirmedAt, by: DOCENT, what: 'CONFIRMED', detail: null },
          ...(status === 'CONFIRMED'
            ? []
            : [
                {
                  placement_id: id,
                  at: calendar.round.respondedAt,
                  by: responder,
                  what: status === 'DECLINED' ? ('DECLINED' as const) : ('ACCEPTED' as const),
                  detail: declineReason,
                },
              ]),
        ])
        .execute();
      inserted += 2;
    }
    return inserted;
  });
}
