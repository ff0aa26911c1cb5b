import { readInstitutions } from '@stelsel/reference-data';
import { type Insertable, type Kysely, sql } from 'kysely';
import { syncLabourMarketRegions } from '../db/labour-market-regions.ts';
import type {
  AccreditationEventTable,
  AccreditationStatus,
  AccreditationTable,
  InclusiveMarker,
  Pathway,
  PlacementsDatabase,
  PlaceTable,
  StudentTable,
} from '../db/types.ts';
import { closedReasonFor, placeStatus } from '../domain/accreditation.ts';
import { addDays } from '../domain/deadlines.ts';
import { publishCompanies } from '../events/company-events.ts';
import { publishCompanyTraining } from '../events/company-training.ts';
import { publishStudents } from '../events/student-events.ts';
import { type SeedCalendar, seedCalendar, shiftYears } from './calendar.ts';
import { seedAgreementsDemo } from './demo-agreements.ts';
import {
  COMPANIES,
  type DemoCompany,
  type DemoQualification,
  FAMILY_NAMES,
  GIVEN_NAMES,
  QUALIFICATIONS,
  REPLACED_QUALIFICATIONS,
} from './demo-data.ts';
import { seedMatchingDemo } from './demo-round.ts';
import { seededRandom, seedFromText } from './seed-random.ts';

/** About 28% of mbo students follow the bbl pathway (2022: ~137k of 495k) — DOMAIN.md, Numbers. */
const BBL_SHARE = 0.28;
// Birth dates of the story's school year 2025–2026, moved to the seed's school year by calendar.years.
const BORN_FROM = Date.UTC(2003, 0, 1);
const BORN_UNTIL = Date.UTC(2010, 11, 31);
const DAY = 86_400_000;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export { type SeedCalendar, seedCalendar, shiftYears } from './calendar.ts';

/** 20–40 fictional students for an institution, the same on every run on the same school year. */
export function demoStudents(
  institutionId: string,
  calendar: SeedCalendar = seedCalendar(),
): Insertable<StudentTable>[] {
  const random = seededRandom(seedFromText(institutionId));
  const totalWeight = QUALIFICATIONS.reduce((sum, q) => sum + q.weight, 0);
  const pickQualification = () => {
    let roll = random.next() * totalWeight;
    for (const qualification of QUALIFICATIONS) {
      roll -= qualification.weight;
      if (roll < 0) return qualification;
    }
    return QUALIFICATIONS[QUALIFICATIONS.length - 1]!;
  };
  const count = random.int(20, 40);
  return Array.from({ length: count }, (_, index) => {
    const qualification = pickQualification();
    return {
      id: `${institutionId}-s${String(index + 1).padStart(3, '0')}`,
      institution_id: institutionId,
      given_name: random.pick(GIVEN_NAMES),
      family_name: random.pick(FAMILY_NAMES),
      qualification_crebo: qualification.crebo,
      level: qualification.level,
      pathway: random.next() < BBL_SHARE ? 'BBL' : 'BOL',
      cohort: random.pick(calendar.cohorts),
      date_of_birth: shiftYears(
        isoDate(BORN_FROM + random.int(0, (BORN_UNTIL - BORN_FROM) / DAY) * DAY),
        calendar.years,
      ),
    };
  });
}

/** One bol internship and, for levels 2–4, one bbl leerbaan per accreditation; open only while it is active. */
export function demoPlaces(calendar: SeedCalendar = seedCalendar()): Insertable<PlaceTable>[] {
  const qualifications = new Map(QUALIFICATIONS.map((q) => [q.crebo, q]));
  return COMPANIES.flatMap((company) => {
    const random = seededRandom(seedFromText(company.kvkNumber));
    let sequence = 0;
    return company.accreditations.flatMap((accreditation) => {
      const qualification = qualifications.get(accreditation.crebo);
      if (!qualification) throw new Error(`Onbekende kwalificatie ${accreditation.crebo}`);
      const pathways = qualification.level >= 2 ? (['BOL', 'BBL'] as const) : (['BOL'] as const);
      return pathways.map((pathway) => {
        sequence += 1;
        return {
          id: `kvk-${company.kvkNumber}-p${String(sequence).padStart(2, '0')}`,
          company_id: `kvk-${company.kvkNumber}`,
          title: `${pathway === 'BOL' ? 'Stageplaats' : 'Leerbaan'} ${qualification.name}`,
          pathway,
          qualification_crebo: qualification.crebo,
          level: qualification.level,
          capacity: random.int(1, 4),
          starts_on: pathway === 'BOL' ? calendar.bol.startsOn : calendar.bbl.startsOn,
          ends_on: pathway === 'BOL' ? calendar.bol.endsOn : calendar.bbl.endsOn,
          municipality_code: company.municipalityCode,
          status: placeStatus(accreditation.status),
          closed_reason: closedReasonFor(accreditation.status),
          created_at: calendar.placesPublishedAt,
          updated_at: calendar.placesPublishedAt,
          ...demoPlaceTerms(company, qualification, pathway, sequence),
        };
      });
    });
  });
}

/**
 * One place of Zorggroep Maasstad whose 21 weeks ended two weeks before the seed day, never closed by the
 * company: it shows as expired ("Verlopen", issue 9 §5), is offered to no one and is a task to renew.
 */
export function expiredDemoPlace(calendar: SeedCalendar = seedCalendar()): Insertable<PlaceTable> {
  const company = COMPANIES[0];
  const qualification = QUALIFICATIONS.find((q) => q.crebo === company?.accreditations[0]?.crebo);
  if (!company || !qualification) throw new Error('De eerste demo-erkenning ontbreekt.');
  const endsOn = addDays(calendar.today, -14);
  const startsOn = addDays(endsOn, -144);
  const publishedAt = `${addDays(startsOn, -49)}T09:00:00Z`;
  // Dated like demoPlaces (created_at is not insertable through the type, but the seed sets it).
  const place = {
    id: `kvk-${company.kvkNumber}-p90`,
    company_id: `kvk-${company.kvkNumber}`,
    title: `Stageplaats ${qualification.name} (afgelopen periode)`,
    pathway: 'BOL',
    qualification_crebo: qualification.crebo,
    level: qualification.level,
    capacity: 2,
    starts_on: startsOn,
    ends_on: endsOn,
    municipality_code: company.municipalityCode,
    status: 'OPEN',
    closed_reason: null,
    created_at: publishedAt,
    updated_at: publishedAt,
    ...demoPlaceTerms(company, qualification, 'BOL', 90),
  } as const;
  return place;
}

const ALL_MARKERS: readonly InclusiveMarker[] = [
  'ACCESSIBLE_WORKPLACE',
  'GUIDANCE_LEVEL_1_2',
  'PART_TIME_POSSIBLE',
  'LANGUAGE_SUPPORT',
];

/**
 * Terms of a demo place, from their own random stream so the other demo values stay as they were:
 * an expense allowance of € 150–450 a month (Stagepact: every student gets one), an internship wage
 * for about half of the bol internships (a bbl student earns a wage under the employment contract).
 */
function demoPlaceTerms(company: DemoCompany, qualification: DemoQualification, pathway: Pathway, sequence: number) {
  const random = seededRandom(seedFromText(`${company.kvkNumber}-terms-${sequence}`));
  const markers = ALL_MARKERS.filter((marker) => {
    if (marker === 'GUIDANCE_LEVEL_1_2') return qualification.level <= 2 && random.next() < 0.7;
    return random.next() < 0.3;
  });
  const bol = pathway === 'BOL';
  return {
    description: bol
      ? `Stage ${qualification.name} (niveau ${qualification.level}) bij ${company.name}: je werkt mee in het dagelijkse werk en leert het vak van je praktijkopleider.`
      : `Leerbaan ${qualification.name} (niveau ${qualification.level}) bij ${company.name}: je werkt vier dagen in de week en gaat één dag naar school. Loon volgens de cao.`,
    address: company.street,
    city: company.city,
    hours_per_week: bol ? random.pick([32, 36, 38, 40]) : random.pick([24, 28, 32]),
    expense_allowance_cents: BigInt(random.int(6, 18) * 25 * 100),
    internship_wage_cents: bol && random.next() < 0.5 ? BigInt(random.int(8, 20) * 25 * 100) : null,
    inclusive_markers: markers,
  };
}

const SBB_ADVISER = 'adviseur-sbb';

/** The grant of every demo accreditation, then the decisions the demo data lists, moved to the seed's school year. */
function demoAccreditationEvents(
  ids: ReadonlyMap<string, number>,
  calendar: SeedCalendar,
): Insertable<AccreditationEventTable>[] {
  return COMPANIES.flatMap((company) =>
    company.accreditations.flatMap((accreditation) => {
      const id = ids.get(`kvk-${company.kvkNumber}/${accreditation.crebo}`);
      if (id === undefined) throw new Error(`Erkenning ${company.kvkNumber}/${accreditation.crebo} ontbreekt.`);
      const granted = {
        status: 'ACTIVE' as AccreditationStatus,
        at: `${shiftYears(accreditation.since, calendar.years)}T09:00:00Z`,
        reason: 'Erkend: het leerbedrijf voldoet aan de erkenningsvoorwaarden van SBB.',
      };
      const decisions = (accreditation.events ?? []).map((e) => ({ ...e, at: shiftYears(e.at, calendar.years) }));
      return [granted, ...decisions].map((event) => ({
        accreditation_id: id,
        status: event.status,
        changed_at: event.at,
        changed_by: SBB_ADVISER,
        reason: event.reason,
      }));
    }),
  );
}

/**
 * Seeds institutions (reference data), qualifications and the demo students and companies, dated by the
 * calendar of the seed day (default: today); runs once per database (a second run, on any day, finds the
 * demo data and inserts nothing).
 */
export async function seedPlacements(
  db: Kysely<PlacementsDatabase>,
  calendar: SeedCalendar = seedCalendar(),
): Promise<{ inserted: number }> {
  // Reference data, not demo data: brought up to date on every run and not counted as inserted.
  await syncLabourMarketRegions(db);
  const base = await seedBase(db, calendar);
  const matching = await seedMatchingDemo(db, calendar);
  const agreements = await seedAgreementsDemo(db, calendar);
  await publishTrainingOnce(db);
  await publishCompanySectorsOnce(db);
  return { inserted: base.inserted + matching + agreements };
}

/**
 * Once per database (also one seeded before companies carried a sector): every company again as
 * CompanyRegistered, now with its SBB sector, so reports can count per sector.
 */
async function publishCompanySectorsOnce(db: Kysely<PlacementsDatabase>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const published = await trx
      .selectFrom('outbox')
      .select('id')
      .where('type', '=', 'CompanyRegistered')
      .where(sql<boolean>`payload ? 'sectorCode'`)
      .limit(1)
      .execute();
    if (published.length > 0) return;
    const companies = await trx.selectFrom('company').select('id').orderBy('id').execute();
    await publishCompanies(
      trx,
      companies.map((c) => c.id),
    );
  });
}

/**
 * Once per database (also one seeded before funding consumed it): every company's accreditations and
 * active bbl placements as a CompanyTrainingRecorded event, so funding knows who may apply for praktijkleren.
 */
async function publishTrainingOnce(db: Kysely<PlacementsDatabase>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const published = await trx
      .selectFrom('outbox')
      .select('id')
      .where('type', '=', 'CompanyTrainingRecorded')
      .limit(1)
      .execute();
    if (published.length > 0) return;
    const companies = await trx.selectFrom('company').select('id').orderBy('id').execute();
    await publishCompanyTraining(
      trx,
      companies.map((c) => c.id),
    );
  });
}

async function seedBase(db: Kysely<PlacementsDatabase>, calendar: SeedCalendar): Promise<{ inserted: number }> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('institution')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst();
    if (Number(existing?.n ?? 0) > 0) return { inserted: 0 };

    const institutions = readInstitutions().map((institution) => ({
      id: institution.id,
      name: institution.name,
      brin_code: null,
      municipality_code: institution.municipalityCode,
    }));
    const qualifications = [...QUALIFICATIONS, ...REPLACED_QUALIFICATIONS].map(({ crebo, name, level, sector }) => ({
      crebo,
      name,
      level,
      sector_code: sector,
    }));
    const equivalents = REPLACED_QUALIFICATIONS.map((q) => ({ crebo: q.replacedBy, equivalent_crebo: q.crebo }));
    const students = institutions.flatMap((institution) => demoStudents(institution.id, calendar));
    const companies = COMPANIES.map((company) => ({
      id: `kvk-${company.kvkNumber}`,
      kvk_number: company.kvkNumber,
      name: company.name,
      municipality_code: company.municipalityCode,
    }));
    const accreditations: Insertable<AccreditationTable>[] = COMPANIES.flatMap((company) =>
      company.accreditations.map((a) => ({
        company_id: `kvk-${company.kvkNumber}`,
        qualification_crebo: a.crebo,
        status: a.status,
        since: shiftYears(a.since, calendar.years),
      })),
    );
    const places = [...demoPlaces(calendar), expiredDemoPlace(calendar)];

    await trx.insertInto('institution').values(institutions).execute();
    await trx.insertInto('qualification').values(qualifications).execute();
    for (let start = 0; start < students.length; start += 500) {
      await trx
        .insertInto('student')
        .values(students.slice(start, start + 500))
        .execute();
    }
    await publishStudents(
      trx,
      students.map((s) => s.id),
    );
    await trx.insertInto('company').values(companies).execute();
    await trx.insertInto('qualification_equivalent').values(equivalents).execute();
    const accreditationIds = await trx
      .insertInto('accreditation')
      .values(accreditations)
      .returning(['id', 'company_id', 'qualification_crebo'])
      .execute();
    // After their accreditations: the event names each company's sector.
    await publishCompanies(
      trx,
      companies.map((c) => c.id),
    );
    const events = demoAccreditationEvents(
      new Map(accreditationIds.map((a) => [`${a.company_id}/${a.qualification_crebo}`, a.id])),
      calendar,
    );
    await trx.insertInto('accreditation_event').values(events).execute();
    await trx.insertInto('place').values(places).execute();
    return {
      inserted:
        institutions.length +
        qualifications.length +
        students.length +
        companies.length +
        equivalents.length +
        accreditations.length +
        events.length +
        places.length,
    };
  });
}
