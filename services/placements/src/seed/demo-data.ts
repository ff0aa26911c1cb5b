import type { AccreditationStatus } from '../db/types.ts';
import type { SectorCode } from '../domain/sectors.ts';

/**
 * Demo data for development: fictional students and companies. Only the qualifications are
 * real (crebo codes of the mbo qualification structure).
 */

export interface DemoQualification {
  crebo: string;
  name: string;
  level: number;
  /** SBB sector (sectorkamer). */
  sector: SectorCode;
  /** Relative share among the demo students. */
  weight: number;
}

export const QUALIFICATIONS: readonly DemoQualification[] = [
  { crebo: '25655', name: 'Mbo-Verpleegkundige', level: 4, sector: 'ZWS', weight: 4 },
  { crebo: '25604', name: 'Software developer', level: 4, sector: 'ICI', weight: 3 },
  { crebo: '25491', name: 'Verzorgende-IG', level: 3, sector: 'ZWS', weight: 5 },
  { crebo: '25498', name: 'Helpende zorg en welzijn', level: 2, sector: 'ZWS', weight: 3 },
  { crebo: '25180', name: 'Kok', level: 2, sector: 'VGG', weight: 3 },
  // Crebo codes below are not verified against the SBB kwalificatiestructuur: check before relying on them.
  { crebo: '25125', name: 'Timmerman', level: 2, sector: 'TGO', weight: 2 },
  { crebo: '25254', name: 'Entree: assistent dienstverlening en zorg', level: 1, sector: 'ZWS', weight: 1 },
];

export const GIVEN_NAMES: readonly string[] = [
  'Daan',
  'Sem',
  'Noah',
  'Lucas',
  'Milan',
  'Thijs',
  'Bram',
  'Jesse',
  'Tim',
  'Jayden',
  'Mohamed',
  'Yassin',
  'Ayoub',
  'Ahmet',
  'Kofi',
  'Ravi',
  'Romano',
  'Xavier',
  'Luuk',
  'Stijn',
  'Emma',
  'Julia',
  'Mila',
  'Sophie',
  'Fleur',
  'Anouk',
  'Lieke',
  'Sanne',
  'Iris',
  'Lotte',
  'Noor',
  'Sara',
  'Fatima',
  'Amira',
  'Elif',
  'Zeynep',
  'Esra',
  'Dewi',
  'Priya',
  'Chayenne',
  'Joy',
  'Destiny',
  'Ilse',
  'Femke',
  'Naomi',
  'Yara',
];

export const FAMILY_NAMES: readonly string[] = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kramer',
  'van der Linden',
  'Hoekstra',
  'Postma',
  'Kuipers',
  'Yilmaz',
  'El Amrani',
  'Kaya',
  'Bouzid',
  'Martina',
  'Pinas',
  'Sardjoe',
  'Nguyen',
  'Özdemir',
  'Boateng',
  'Tahiri',
  'Ramdin',
];

/**
 * A decision by SBB after the accreditation was granted (the grant itself is seeded as the first event).
 * Dates here (`since`, `at`) are those of the story's school year 2025–2026; the seed moves them by whole
 * years to the school year of the seed day (seed/calendar.ts).
 */
export interface DemoAccreditationEvent {
  status: AccreditationStatus;
  at: string;
  reason: string;
}

export interface DemoCompany {
  kvkNumber: string;
  name: string;
  municipalityCode: string;
  /** Fictional street address and the real town of the municipality. */
  street: string;
  city: string;
  accreditations: ReadonlyArray<{
    crebo: string;
    status: AccreditationStatus;
    since: string;
    /** Oldest first; the last one's status is `status`. */
    events?: readonly DemoAccreditationEvent[];
  }>;
}

/** Fictional learning companies; every name carries "(demo)". */
export const COMPANIES: readonly DemoCompany[] = [
  {
    kvkNumber: '90000001',
    name: 'Zorggroep Maasstad (demo)',
    municipalityCode: '0599',
    street: 'Maasboulevard 100',
    city: 'Rotterdam',
    accreditations: [
      { crebo: '25491', status: 'ACTIVE', since: '2022-03-01' },
      // Due for reassessment before every school year the demo is seeded in (issue 9 §5: the warning shows).
      { crebo: '25655', status: 'ACTIVE', since: '2021-08-15' },
      { crebo: '25498', status: 'ACTIVE', since: '2023-01-10' },
    ],
  },
  {
    kvkNumber: '90000002',
    name: 'Bouwbedrijf De Vries (demo)',
    municipalityCode: '0344',
    street: 'Vaartsche Rijn 12',
    city: 'Utrecht',
    accreditations: [
      { crebo: '25125', status: 'ACTIVE', since: '2020-06-01' },
      { crebo: '25254', status: 'ACTIVE', since: '2023-05-22' },
    ],
  },
  {
    kvkNumber: '90000003',
    name: 'Restaurant De Gouden Lepel (demo)',
    municipalityCode: '0363',
    street: 'Spuistraat 44',
    city: 'Amsterdam',
    accreditations: [{ crebo: '25180', status: 'ACTIVE', since: '2022-11-01' }],
  },
  {
    kvkNumber: '90000004',
    name: 'Softwarehuis Domstad (demo)',
    municipalityCode: '0344',
    street: 'Catharijnesingel 58',
    city: 'Utrecht',
    accreditations: [{ crebo: '25604', status: 'ACTIVE', since: '2021-02-01' }],
  },
  {
    kvkNumber: '90000005',
    name: 'Thuiszorg Het Groene Hart (demo)',
    municipalityCode: '0546',
    street: 'Stationsweg 9',
    city: 'Leiden',
    accreditations: [
      { crebo: '25491', status: 'ACTIVE', since: '2020-10-01' },
      { crebo: '25498', status: 'ACTIVE', since: '2020-10-01' },
    ],
  },
  {
    kvkNumber: '90000006',
    name: 'Hotel Zeezicht (demo)',
    municipalityCode: '0718',
    street: 'Boulevard de Ruyter 21',
    city: 'Vlissingen',
    accreditations: [
      {
        crebo: '25180',
        status: 'SUSPENDED',
        since: '2019-04-01',
        events: [
          {
            status: 'SUSPENDED',
            at: '2025-05-14T09:30:00Z',
            reason:
              'Geschorst na melding en hoor en wederhoor: geen praktijkopleider met voldoende tijd. Verbeterafspraken lopen.',
          },
        ],
      },
    ],
  },
  {
    kvkNumber: '90000007',
    name: 'Ziekenhuis Waalzicht (demo)',
    municipalityCode: '0268',
    street: 'Waalkade 3',
    city: 'Nijmegen',
    accreditations: [{ crebo: '25655', status: 'ACTIVE', since: '2022-08-15' }],
  },
  {
    kvkNumber: '90000008',
    name: 'Webbureau Noorderlicht (demo)',
    municipalityCode: '0014',
    street: 'Zuiderdiep 70',
    city: 'Groningen',
    accreditations: [{ crebo: '25604', status: 'ACTIVE', since: '2023-09-01' }],
  },
  {
    kvkNumber: '90000009',
    name: 'Zorgcentrum De Linde (demo)',
    municipalityCode: '0772',
    street: 'Lindelaan 15',
    city: 'Eindhoven',
    accreditations: [
      { crebo: '25491', status: 'ACTIVE', since: '2021-05-01' },
      { crebo: '25498', status: 'ACTIVE', since: '2021-05-01' },
      { crebo: '25254', status: 'ACTIVE', since: '2024-01-15' },
    ],
  },
  {
    kvkNumber: '90000010',
    name: 'Brasserie Het Vrijthof (demo)',
    municipalityCode: '0935',
    street: 'Vrijthof 8',
    city: 'Maastricht',
    accreditations: [{ crebo: '25180', status: 'ACTIVE', since: '2024-03-01' }],
  },
  {
    kvkNumber: '90000011',
    name: 'Aannemersbedrijf Van Dijk (demo)',
    municipalityCode: '0599',
    street: 'Kralingse Plaslaan 33',
    city: 'Rotterdam',
    accreditations: [
      { crebo: '25125', status: 'ACTIVE', since: '2022-02-01' },
      {
        crebo: '25254',
        status: 'WITHDRAWN',
        since: '2019-09-01',
        events: [
          {
            status: 'SUSPENDED',
            at: '2024-03-04T10:00:00Z',
            reason: 'Geschorst in afwachting van onderzoek naar een melding van stagediscriminatie.',
          },
          {
            status: 'WITHDRAWN',
            at: '2024-06-20T14:15:00Z',
            reason:
              'Ingetrokken: na hoor en wederhoor is discriminatie bij de selectie van stagiairs vastgesteld; verbeterafspraken zijn niet nagekomen.',
          },
        ],
      },
    ],
  },
  {
    kvkNumber: '90000012',
    name: 'ICT Service Brabant (demo)',
    municipalityCode: '0855',
    street: 'Spoorlaan 150',
    city: 'Tilburg',
    accreditations: [{ crebo: '25604', status: 'ACTIVE', since: '2020-01-20' }],
  },
];

/**
 * Replaced codes that still count for an accreditation: a company accredited for the old code may
 * offer places under the new one and the other way round — DOMAIN.md §1. Not verified against the
 * SBB kwalificatiestructuur: check before relying on them.
 */
export const REPLACED_QUALIFICATIONS: ReadonlyArray<{
  crebo: string;
  name: string;
  level: number;
  sector: SectorCode;
  replacedBy: string;
}> = [{ crebo: '25187', name: 'Applicatie- en mediaontwikkelaar', level: 4, sector: 'ICI', replacedBy: '25604' }];
