import { readInstitutions } from '@stelsel/reference-data';
import type { Insertable, Kysely } from 'kysely';
import { placeStatus } from '../domain/accreditation.ts';
import { COMPANIES, FAMILY_NAMES, GIVEN_NAMES, QUALIFICATIONS } from './demo-data.ts';
import { seededRandom, seedFromText } from './seed-random.ts';
import type { AccreditationTable, PlacementsDatabase, PlaceTable, StudentTable } from './types.ts';

/** About 28% of mbo students follow the bbl pathway (2022: ~137k of 495k) — DOMAIN.md, Numbers. */
const BBL_SHARE = 0.28;
const COHORTS = [2024, 2025, 2026] as const;
const BORN_FROM = Date.UTC(2003, 0, 1);
const BORN_UNTIL = Date.UTC(2010, 11, 31);
const DAY = 86_400_000;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** 20–40 fictional students for an institution, the same on every run. */
export function demoStudents(institutionId: string): Insertable<StudentTable>[] {
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
      cohort: random.pick(COHORTS),
      date_of_birth: isoDate(BORN_FROM + random.int(0, (BORN_UNTIL - BORN_FROM) / DAY) * DAY),
    };
  });
}

/** One bol internship and, for levels 2–4, one bbl leerbaan per accreditation; open only while it is active. */
export function demoPlaces(): Insertable<PlaceTable>[] {
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
          starts_on: pathway === 'BOL' ? '2026-02-02' : '2025-09-01',
          ends_on: pathway === 'BOL' ? '2026-06-26' : '2026-08-31',
          municipality_code: company.municipalityCode,
          status: placeStatus(accreditation.status),
        };
      });
    });
  });
}

/**
 * Seeds institutions (reference data), qualifications and the demo students and companies, in one
 * transaction; runs once per database (a second run finds the institutions and inserts nothing).
 */
export async function seedPlacements(db: Kysely<PlacementsDatabase>): Promise<{ inserted: number }> {
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
    const qualifications = QUALIFICATIONS.map(({ crebo, name, level }) => ({ crebo, name, level }));
    const students = institutions.flatMap((institution) => demoStudents(institution.id));
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
        since: a.since,
      })),
    );
    const places = demoPlaces();

    await trx.insertInto('institution').values(institutions).execute();
    await trx.insertInto('qualification').values(qualifications).execute();
    for (let start = 0; start < students.length; start += 500) {
      await trx
        .insertInto('student')
        .values(students.slice(start, start + 500))
        .execute();
    }
    await trx.insertInto('company').values(companies).execute();
    await trx.insertInto('accreditation').values(accreditations).execute();
    await trx.insertInto('place').values(places).execute();
    return {
      inserted:
        institutions.length +
        qualifications.length +
        students.length +
        companies.length +
        accreditations.length +
        places.length,
    };
  });
}
