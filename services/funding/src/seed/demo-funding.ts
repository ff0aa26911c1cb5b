import { todayInNetherlands } from '@stelsel/placements-common';
import type { Kysely } from 'kysely';
import type { FundingDatabase, PlanStatus } from '../db/types.ts';
import { amountPerPlace, MAXIMUM_PER_PLACE_CENTS } from '../domain/praktijkleren.ts';

const M = 1_000_000_00n;
const FORECAST_SOURCE = 'Demogegevens: een voorbeeldraming, niet de studentenraming van OCW.';

/**
 * Praktijkleren: ceilings and a forecast per year (demo figures, labelled as such), two closed years and the
 * current one open. Applications through this platform come from companies; `other_applications` stands for
 * those that reached the ministry otherwise, so the amount per place is realistic.
 */
export function praktijklerenDemo(thisYear: number) {
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const forecast = [148_000, 152_000, 158_000, 163_000, 160_000];
  const ceilings = [400n * M, 405n * M, 405n * M, 410n * M, 420n * M];
  const other = [151_200, 149_800, 0, 0, 0];
  return years.map((year, i) => ({
    year,
    closed: year < thisYear,
    ceilingCents: ceilings[i] as bigint,
    forecastPlaces: forecast[i] as number,
    otherApplications: other[i] as number,
  }));
}

/** The tranche deadlines of the papers (2023) and a demo round whose deadlines are still to come. */
export function tranchesDemo(today: string) {
  const year = Number(today.slice(0, 4));
  const demoYear = today <= `${year}-10-01` ? year : year + 1;
  return [
    {
      id: '2023-1',
      year: 2023,
      number: 1,
      deadline: '2023-06-30',
      late_handling: 'NEXT_TRANCHE' as const,
      demo: false,
    },
    { id: '2023-2', year: 2023, number: 2, deadline: '2023-10-01', late_handling: 'REFUSE' as const, demo: false },
    {
      id: `${demoYear}-1`,
      year: demoYear,
      number: 1,
      deadline: `${demoYear}-06-30`,
      late_handling: 'NEXT_TRANCHE' as const,
      demo: true,
    },
    {
      id: `${demoYear}-2`,
      year: demoYear,
      number: 2,
      deadline: `${demoYear}-10-01`,
      late_handling: 'REFUSE' as const,
      demo: true,
    },
  ];
}

const GOALS = [
  {
    theme: 'INSCHALING' as const,
    description: 'Meer docenten in schaal LC en LD, zodat het beroep aantrekkelijk blijft.',
    baseline: 38,
    target: 50,
    unit: 'procent van de docenten in LC/LD',
  },
  {
    theme: 'PROFESSIONALISERING' as const,
    description: 'Elk onderwijsteam volgt jaarlijks scholing in basisvaardigheden en didactiek.',
    baseline: 40,
    target: 100,
    unit: 'procent van de teams',
  },
  {
    theme: 'WERKDRUK' as const,
    description: 'Minder lesgebonden taken per fte door onderwijsassistenten in te zetten.',
    baseline: 920,
    target: 860,
    unit: 'lesgebonden uren per fte per jaar',
  },
  {
    theme: 'BEGELEIDING_STARTERS' as const,
    description: 'Iedere startende docent krijgt twee jaar een coach en een inwerkprogramma.',
    baseline: 55,
    target: 100,
    unit: 'procent van de starters',
  },
];

interface DemoPlan {
  id: string;
  institution: string;
  tranche: string;
  status: PlanStatus;
  consents: [boolean, boolean] | null;
  advice?: { advice: 'POSITIVE' | 'NEGATIVE'; motivation: string };
  decision?: { decision: 'GRANT' | 'REFUSE'; reason: string };
  withdrawnOnce?: boolean;
}

function demoPlans(demoTranche: string): DemoPlan[] {
  return [
    {
      id: 'demo-plan-albeda-2023',
      institution: 'albeda-college',
      tranche: '2023-1',
      status: 'GRANTED',
      consents: [true, true],
      advice: { advice: 'POSITIVE', motivation: 'Ambitieus en realistisch; alle doelen zijn meetbaar.' },
      decision: { decision: 'GRANT', reason: 'Conform het advies van de commissie.' },
    },
    {
      id: 'demo-plan-curio-2023',
      institution: 'curio',
      tranche: '2023-1',
      status: 'GRANTED',
      consents: [false, true],
      advice: {
        advice: 'POSITIVE',
        motivation:
          'De studentenraad stemde niet in vanwege de planning; de commissie adviseert toch positief omdat de raad in het najaar alsnog betrokken wordt en het plan verder aan alle criteria voldoet.',
      },
      decision: {
        decision: 'GRANT',
        reason: 'Het advies wordt overgenomen; de instelling rapporteert over de betrokkenheid van de studentenraad.',
      },
    },
    {
      id: 'demo-plan-vista-2023',
      institution: 'vista-college',
      tranche: '2023-2',
      status: 'REFUSED',
      consents: [true, true],
      advice: {
        advice: 'NEGATIVE',
        motivation: 'De doelen voor werkdruk en begeleiding van starters zijn niet kwantitatief uitgewerkt.',
      },
      decision: {
        decision: 'REFUSE',
        reason: 'Conform het advies: het plan mist kwantitatieve doelen op twee verplichte thema’s.',
      },
    },
    {
      id: 'demo-plan-deltion-2023',
      institution: 'deltion-college',
      tranche: '2023-2',
      status: 'GRANTED',
      consents: [true, true],
      withdrawnOnce: true,
      advice: { advice: 'POSITIVE', motivation: 'Na de herziening voldoet het plan aan alle criteria.' },
      decision: { decision: 'GRANT', reason: 'Conform het advies van de commissie.' },
    },
    {
      id: 'demo-plan-mondriaan',
      institution: 'roc-mondriaan',
      tranche: demoTranche,
      status: 'SUBMITTED',
      consents: [true, true],
    },
    {
      id: 'demo-plan-rijnland',
      institution: 'roc-mbo-rijnland',
      tranche: demoTranche,
      status: 'ADVISED',
      consents: [true, false],
      advice: {
        advice: 'POSITIVE',
        motivation:
          'De ondernemingsraad besluit pas na de zomer; het plan voldoet verder aan alle criteria en de instelling heeft het overleg aantoonbaar gevoerd.',
      },
    },
    { id: 'demo-plan-summa', institution: 'summa-college', tranche: demoTranche, status: 'DRAFT', consents: null },
  ];
}

/** Demo quality plans in every state, with history, and the praktijkleren years; once per database. */
export async function seedFundingDemo(db: Kysely<FundingDatabase>, today = todayInNetherlands()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('quality_tranche').select('id').limit(1).execute();
    if (existing.length > 0) return 0;
    const tranches = tranchesDemo(today);
    await trx.insertInto('quality_tranche').values(tranches).execute();
    const demoTranche = tranches[2]?.id as string;
    let inserted = tranches.length;
    for (const plan of demoPlans(demoTranche)) {
      const tranche = tranches.find((t) => t.id === plan.tranche);
      const submittedOn = plan.status === 'DRAFT' ? null : tranche?.demo ? today : `${tranche?.deadline.slice(0, 8)}15`;
      const by = `medewerker-${plan.institution}`;
      await trx
        .insertInto('quality_plan')
        .values({
          id: plan.id,
          institution_id: plan.institution,
          tranche_id: plan.tranche,
          status: plan.status,
          title: `Kwaliteitsagenda 2024–2027`,
          excellence_programmes: plan.institution === 'curio' ? 4 : null,
          excellence_participants: plan.institution === 'curio' ? 180 : null,
          created_by: by,
          submitted_on: submittedOn,
        })
        .execute();
      const goals = plan.status === 'REFUSED' ? GOALS.slice(0, 2) : GOALS;
      await trx
        .insertInto('quality_plan_goal')
        .values(goals.map((g) => ({ ...g, plan_id: plan.id })))
        .execute();
      const events: { what: string; status: PlanStatus; by: string; role: string; detail: string | null }[] = [
        { what: 'CREATED', status: 'DRAFT', by, role: 'institution', detail: null },
      ];
      if (plan.consents) {
        const on = submittedOn ?? today;
        await trx
          .insertInto('quality_plan_consent')
          .values([
            {
              plan_id: plan.id,
              body: 'STUDENT_COUNCIL',
              given: plan.consents[0],
              given_on: on,
              document_reference: `SR-besluit ${plan.institution} ${on}`,
              recorded_by: by,
            },
            {
              plan_id: plan.id,
              body: 'WORKS_COUNCIL',
              given: plan.consents[1],
              given_on: on,
              document_reference: `OR-besluit ${plan.institution} ${on}`,
              recorded_by: by,
            },
          ])
          .execute();
        events.push({
          what: 'CONSENT',
          status: 'DRAFT',
          by,
          role: 'institution',
          detail: 'Instemming studentenraad en ondernemingsraad vastgelegd.',
        });
      }
      if (plan.status !== 'DRAFT') {
        if (plan.withdrawnOnce) {
          events.push({ what: 'SUBMITTED', status: 'SUBMITTED', by, role: 'institution', detail: null });
          events.push({
            what: 'WITHDRAWN',
            status: 'DRAFT',
            by,
            role: 'institution',
            detail: 'Doelen voor werkdruk aangescherpt na overleg met de ondernemingsraad.',
          });
        }
        events.push({ what: 'SUBMITTED', status: 'SUBMITTED', by, role: 'institution', detail: null });
      }
      if (plan.advice) {
        await trx
          .insertInto('quality_plan_advice')
          .values({
            plan_id: plan.id,
            ...plan.advice,
            without_consent: !(plan.consents?.[0] && plan.consents?.[1]),
            by: 'commissie-kwaliteitsafspraken',
          })
          .execute();
        events.push({
          what: 'ADVISED',
          status: 'ADVISED',
          by: 'commissie-kwaliteitsafspraken',
          role: 'ministry',
          detail: null,
        });
      }
      if (plan.decision) {
        await trx
          .insertInto('quality_plan_decision')
          .values({ plan_id: plan.id, ...plan.decision, by: 'beleidsmedewerker-ocw' })
          .execute();
        events.push({
          what: 'DECIDED',
          status: plan.status,
          by: 'beleidsmedewerker-ocw',
          role: 'ministry',
          detail: null,
        });
      }
      const base = tranche?.demo ? new Date() : new Date(`${tranche?.deadline ?? '2023-06-30'}T09:00:00Z`);
      await trx
        .insertInto('quality_plan_event')
        .values(
          events.map((e, i) => ({
            plan_id: plan.id,
            ...e,
            at: new Date(base.getTime() - (events.length - i) * 86_400_000 * (tranche?.demo ? 0.01 : 7)).toISOString(),
          })),
        )
        .execute();
      inserted += 1;
    }
    const years = praktijklerenDemo(Number(today.slice(0, 4)));
    for (const y of years) {
      await trx
        .insertInto('praktijkleren_year')
        .values({
          year: y.year,
          maximum_per_place_cents: MAXIMUM_PER_PLACE_CENTS,
          closed_at: y.closed ? new Date().toISOString() : null,
          closed_by: y.closed ? 'beleidsmedewerker-ocw' : null,
        })
        .execute();
      await trx
        .insertInto('praktijkleren_ceiling')
        .values({
          year: y.year,
          category: 'MBO_BBL',
          ceiling_cents: y.ceilingCents,
          forecast_places: y.forecastPlaces,
          forecast_source: FORECAST_SOURCE,
          other_applications: y.otherApplications,
        })
        .execute();
      inserted += 1;
    }
    // Last year, closed: the demo company (Zorggroep Maasstad) applied for one bbl place and has its final amount.
    const last = years.find((y) => y.year === Number(today.slice(0, 4)) - 1);
    if (last) {
      await trx
        .insertInto('praktijkleren_application')
        .values({
          id: 'demo-aanvraag-vorig-jaar',
          year: last.year,
          category: 'MBO_BBL',
          company_id: 'kvk-90000001',
          placement_id: 'demo-bbl-vorig-jaar',
          crebo: '25491',
          place_title: 'Leerplaats bbl (demo, vorig schooljaar)',
          created_by: 'praktijkopleider-maasstad',
          final_amount_cents: amountPerPlace(last.ceilingCents, last.otherApplications + 1),
        })
        .execute();
      inserted += 1;
    }
    return inserted;
  });
}
