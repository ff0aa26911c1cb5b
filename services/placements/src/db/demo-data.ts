import type { AccreditationStatus } from './types.ts';

/**
 * Demo data for development: fictional students and companies. Only the qualifications are
 * real (crebo codes of the mbo qualification structure).
 */

export interface DemoQualification {
  crebo: string;
  name: string;
  level: number;
  /** Relative share among the demo students. */
  weight: number;
}

export const QUALIFICATIONS: readonly DemoQualification[] = [
  { crebo: '25655', name: 'Mbo-Verpleegkundige', level: 4, weight: 4 },
  { crebo: '25604', name: 'Software developer', level: 4, weight: 3 },
  { crebo: '25491', name: 'Verzorgende-IG', level: 3, weight: 5 },
  { crebo: '25498', name: 'Helpende zorg en welzijn', level: 2, weight: 3 },
  { crebo: '25180', name: 'Kok', level: 2, weight: 3 },
  // Crebo codes below are not verified against the SBB kwalificatiestructuur: check before relying on them.
  { crebo: '25125', name: 'Timmerman', level: 2, weight: 2 },
  { crebo: '25254', name: 'Entree: assistent dienstverlening en zorg', level: 1, weight: 1 },
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

export interface DemoCompany {
  kvkNumber: string;
  name: string;
  municipalityCode: string;
  accreditations: ReadonlyArray<{ crebo: string; status: AccreditationStatus; since: string }>;
}

/** Fictional learning companies; every name carries "(demo)". */
export const COMPANIES: readonly DemoCompany[] = [
  {
    kvkNumber: '90000001',
    name: 'Zorggroep Maasstad (demo)',
    municipalityCode: '0599',
    accreditations: [
      { crebo: '25491', status: 'ACTIVE', since: '2022-03-01' },
      { crebo: '25655', status: 'ACTIVE', since: '2021-09-15' },
      { crebo: '25498', status: 'ACTIVE', since: '2023-01-10' },
    ],
  },
  {
    kvkNumber: '90000002',
    name: 'Bouwbedrijf De Vries (demo)',
    municipalityCode: '0344',
    accreditations: [
      { crebo: '25125', status: 'ACTIVE', since: '2020-06-01' },
      { crebo: '25254', status: 'ACTIVE', since: '2023-05-22' },
    ],
  },
  {
    kvkNumber: '90000003',
    name: 'Restaurant De Gouden Lepel (demo)',
    municipalityCode: '0363',
    accreditations: [{ crebo: '25180', status: 'ACTIVE', since: '2022-11-01' }],
  },
  {
    kvkNumber: '90000004',
    name: 'Softwarehuis Domstad (demo)',
    municipalityCode: '0344',
    accreditations: [{ crebo: '25604', status: 'ACTIVE', since: '2021-02-01' }],
  },
  {
    kvkNumber: '90000005',
    name: 'Thuiszorg Het Groene Hart (demo)',
    municipalityCode: '0546',
    accreditations: [
      { crebo: '25491', status: 'ACTIVE', since: '2020-10-01' },
      { crebo: '25498', status: 'ACTIVE', since: '2020-10-01' },
    ],
  },
  {
    kvkNumber: '90000006',
    name: 'Hotel Zeezicht (demo)',
    municipalityCode: '0718',
    accreditations: [{ crebo: '25180', status: 'SUSPENDED', since: '2019-04-01' }],
  },
  {
    kvkNumber: '90000007',
    name: 'Ziekenhuis Waalzicht (demo)',
    municipalityCode: '0268',
    accreditations: [{ crebo: '25655', status: 'ACTIVE', since: '2022-08-15' }],
  },
  {
    kvkNumber: '90000008',
    name: 'Webbureau Noorderlicht (demo)',
    municipalityCode: '0014',
    accreditations: [{ crebo: '25604', status: 'ACTIVE', since: '2023-09-01' }],
  },
  {
    kvkNumber: '90000009',
    name: 'Zorgcentrum De Linde (demo)',
    municipalityCode: '0772',
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
    accreditations: [{ crebo: '25180', status: 'ACTIVE', since: '2024-03-01' }],
  },
  {
    kvkNumber: '90000011',
    name: 'Aannemersbedrijf Van Dijk (demo)',
    municipalityCode: '0599',
    accreditations: [
      { crebo: '25125', status: 'ACTIVE', since: '2022-02-01' },
      { crebo: '25254', status: 'WITHDRAWN', since: '2019-09-01' },
    ],
  },
  {
    kvkNumber: '90000012',
    name: 'ICT Service Brabant (demo)',
    municipalityCode: '0855',
    accreditations: [{ crebo: '25604', status: 'ACTIVE', since: '2020-01-20' }],
  },
];
