import { readFileSync } from 'node:fs';

/** A row of the published allocation table; amounts as published, in € millions (text, exact). */
export interface AllocationRow {
  institution: string;
  salarismix2023MEur: string;
  carriereperspectief2024MEur: string;
}

export interface InstitutionRef {
  id: string;
  name: string;
  /** CBS code of the seat, only where generally known. */
  municipalityCode: string | null;
}

export const ALLOCATIONS_CSV = new URL('../data/kwaliteitsafspraken-allocations.csv', import.meta.url);

/** The parliamentary paper the funding register cites by line ("seed 001, r. 1068–1069"), copied unchanged. */
export const SEED_001_TEXT = new URL('../data/seed-001-verslag-werkagenda-stagepact.txt', import.meta.url);

/** Published totals stated in the regulation, in € millions (DOMAIN.md §3). */
export const STATED_TOTALS_MEUR = { SALARISMIX: '52.2', CARRIEREPERSPECTIEF: '142.2' } as const;

export function parseAllocationsCsv(text: string): AllocationRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const [header, ...rows] = lines;
  if (header?.trim() !== 'institution,salarismix_randstad_2023_meur,carriereperspectief_2024_meur') {
    throw new Error('Onverwachte kop in de allocatietabel.');
  }
  return rows.map((line, index) => {
    const cells = line.split(',');
    if (cells.length !== 3 || cells.some((c) => c.trim() === '')) {
      throw new Error(`Regel ${index + 2} van de allocatietabel heeft geen drie waarden.`);
    }
    const [institution = '', salarismix = '', carriere = ''] = cells.map((c) => c.trim());
    return { institution, salarismix2023MEur: salarismix, carriereperspectief2024MEur: carriere };
  });
}

export function readAllocations(): AllocationRow[] {
  return parseAllocationsCsv(readFileSync(ALLOCATIONS_CSV, 'utf8'));
}

/** Stable id from the published name: lower case, ASCII, dashes ("ROC Zadkine" → "roc-zadkine"). */
export function institutionId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Seats (CBS codes) of institutions where the seat is generally known. */
const SEATS: Record<string, string> = {
  'Albeda College': '0599',
  'Landstede Groep': '0193',
  'Leidse Instrumentenmakersschool': '0546',
  'Mediacollege Amsterdam': '0363',
  Nimeto: '0344',
  'C I B A P': '0193',
  'ROC Rivor': '0281',
  'Koning Willem I': '0796',
  'SOMA College': '0202',
  'Scheepvaart en Transport College': '0599',
  'Da Vinci College': '0505',
  "Grafisch Lyceum R'dam": '0599',
  'Grafisch Lyceum Utrecht': '0344',
  'Graafschap College': '0222',
  'Rijn IJssel': '0202',
  'Friesland College': '0080',
  'ROC Midden Nederland': '0344',
  'ROC Ter AA': '0794',
  'ROC mbo Rijnland': '0546',
  'ROC Zadkine': '0599',
  'ROC van Flevoland': '0034',
  'Alfa-college': '0014',
  Noorderpoort: '0014',
  Curio: '0758',
  'ROC Tilburg': '0855',
  'Summa College': '0772',
  'Deltion College': '0193',
  'ROC A12': '0228',
  'ROC Nijmegen eo': '0268',
  'ROC Horizon College': '0361',
  'ROC Nova College': '0392',
  'ROC van Amsterdam': '0363',
  'Regio College': '0479',
  Aventus: '0200',
  'ROC Mondriaan': '0518',
  'ROC TOP': '0363',
  'MBO Utrecht': '0344',
  'MBO Amersfoort': '0307',
};

export function readInstitutions(): InstitutionRef[] {
  return readAllocations().map((row) => ({
    id: institutionId(row.institution),
    name: row.institution,
    municipalityCode: SEATS[row.institution] ?? null,
  }));
}
