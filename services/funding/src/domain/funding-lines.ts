/**
 * The register of funding lines in the papers (seed 001), per year, with budget, recipients and source.
 * Amounts in whole cents. `approximate` marks an amount the paper gives as "bijna" or "zo'n".
 * A line either has a budget per year (`yearly`, from `fromYear` to `toYear`, open-ended when `toYear` is null),
 * or a total over a period (`total`), which is not split over years because the paper does not split it.
 */
export type RecipientKind = 'INSTITUTIONS' | 'COMPANIES' | 'SBB' | 'MUNICIPALITIES' | 'NRO';

export interface FundingLineDefinition {
  id: string;
  name: string;
  /** The umbrella line this one sits under (the cabinet's structural €377m a year for mbo). */
  parentId: string | null;
  recipientKind: RecipientKind;
  recipientsLabel: string;
  yearly: { fromYear: number; toYear: number | null; amountCents: bigint; approximate: boolean }[];
  total: { amountCents: bigint; untilYear: number; fromYear: number } | null;
  source: string;
  note: string | null;
}

const M = 1_000_000_00n; // € 1 million in cents

export const UMBRELLA_ID = 'mbo-structureel';

export const FUNDING_LINES: readonly FundingLineDefinition[] = [
  {
    id: UMBRELLA_ID,
    name: 'Structurele extra investering in het mbo',
    parentId: null,
    recipientKind: 'INSTITUTIONS',
    recipientsLabel: 'Vooral de mbo-instellingen; ook gemeenten, SBB en NRO',
    yearly: [{ fromYear: 2023, toYear: null, amountCents: 377n * M, approximate: true }],
    total: null,
    source: 'seed 001, r. 1068–1069 (“zo’n € 377 miljoen extra per jaar”)',
    note: 'De koepel waaronder de andere lijnen vallen; de som van de lijnen hieronder is niet het hele bedrag.',
  },
  {
    id: 'carriereperspectief',
    name: 'Carrièreperspectief (Regeling Kwaliteitsafspraken mbo 2024–2027)',
    parentId: UMBRELLA_ID,
    recipientKind: 'INSTITUTIONS',
    recipientsLabel: 'Alle mbo-instellingen, naar rato van studentaantallen',
    yearly: [{ fromYear: 2024, toYear: null, amountCents: 1422n * (M / 10n), approximate: false }],
    total: null,
    source: 'seed 001, r. 825–826 en r. 1286; Stcrt. 2023, 8133',
    note: 'De gepubliceerde tabel telt op tot € 141,9 mln: afrondingsverschil van € 0,3 mln.',
  },
  {
    id: 'salarismix',
    name: 'Salarismix Randstad (Regeling versterking van salarismix leraren mbo in de Randstadregio’s)',
    parentId: UMBRELLA_ID,
    recipientKind: 'INSTITUTIONS',
    recipientsLabel: '27 Randstadinstellingen',
    yearly: [{ fromYear: 2023, toYear: 2023, amountCents: 522n * (M / 10n), approximate: false }],
    total: null,
    source: 'seed 001, r. 824; Stcrt. 2022, 17977',
    note: 'Gaat op in carrièreperspectief; de Randstadinstellingen houden acht jaar een groter aandeel (r. 826–830).',
  },
  {
    id: 'praktijkleren',
    name: 'Subsidieregeling praktijkleren',
    parentId: UMBRELLA_ID,
    recipientKind: 'COMPANIES',
    recipientsLabel: 'Leerbedrijven met bbl-studenten, per leerplaats',
    yearly: [],
    total: null,
    source: 'seed 001, r. 661–681',
    note: 'Plafondregeling: het budget per jaar is het subsidieplafond dat het ministerie vaststelt (zie Praktijkleren).',
  },
  {
    id: 'basisvaardigheden-burgerschap',
    name: 'Professionalisering basisvaardigheden en burgerschap',
    parentId: UMBRELLA_ID,
    recipientKind: 'INSTITUTIONS',
    recipientsLabel: 'Mbo-instellingen',
    yearly: [{ fromYear: 2023, toYear: null, amountCents: 30n * M, approximate: false }],
    total: null,
    source: 'seed 001, r. 601 en r. 999',
    note: null,
  },
  {
    id: 'sbb-ondersteuning-leerbedrijven',
    name: 'SBB: ondersteuning van leerbedrijven',
    parentId: UMBRELLA_ID,
    recipientKind: 'SBB',
    recipientsLabel: 'SBB',
    yearly: [{ fromYear: 2023, toYear: 2025, amountCents: 38n * (M / 10n), approximate: false }],
    total: null,
    source: 'seed 001, r. 1081–1084',
    note: 'Veilige leeromgeving, aanpak van stagediscriminatie en kwaliteit van de stagebegeleiding.',
  },
  {
    id: 'sbb-actieplan-stages-leerbanen',
    name: 'SBB: Actieplan stages en leerbanen',
    parentId: UMBRELLA_ID,
    recipientKind: 'SBB',
    recipientsLabel: 'SBB',
    yearly: [
      { fromYear: 2023, toYear: 2025, amountCents: 4n * M, approximate: true },
      { fromYear: 2026, toYear: null, amountCents: 2n * M, approximate: false },
    ],
    total: null,
    source: 'seed 001, r. 1084–1086 (“bijna € 4 miljoen per jaar en daarna € 2 miljoen per jaar structureel”)',
    note: null,
  },
  {
    id: 'sbb-kansrijk-opleiden',
    name: 'SBB: kansrijk opleiden',
    parentId: UMBRELLA_ID,
    recipientKind: 'SBB',
    recipientsLabel: 'SBB',
    yearly: [{ fromYear: 2023, toYear: null, amountCents: 25n * (M / 10n), approximate: false }],
    total: null,
    source: 'seed 001, r. 1086–1088',
    note: null,
  },
  {
    id: 'gemeenten-doorstroompunt',
    name: 'Gemeenten: Doorstroompunt (voorheen RMC-functie)',
    parentId: UMBRELLA_ID,
    recipientKind: 'MUNICIPALITIES',
    recipientsLabel: 'Gemeenten',
    yearly: [{ fromYear: 2025, toYear: null, amountCents: 25n * M, approximate: false }],
    total: null,
    source: 'seed 001, r. 1075–1077',
    note: 'De verdeling over de gemeenten staat niet in de bronnen.',
  },
  {
    id: 'gemeenten-laaggeletterdheid',
    name: 'Gemeenten: aanpak van laaggeletterdheid',
    parentId: UMBRELLA_ID,
    recipientKind: 'MUNICIPALITIES',
    recipientsLabel: 'Gemeenten',
    yearly: [{ fromYear: 2023, toYear: null, amountCents: 15n * M, approximate: false }],
    total: null,
    source: 'seed 001, r. 1077–1078 (“de komende jaren”)',
    note: 'De bron noemt geen einddatum (“de komende jaren”); de verdeling over de gemeenten staat er niet in.',
  },
  {
    id: 'nro-comenius-onderwijspremie',
    name: 'NRO: Comeniusbeurzen en onderwijspremie',
    parentId: UMBRELLA_ID,
    recipientKind: 'NRO',
    recipientsLabel: 'Nationaal Regieorgaan Onderwijsonderzoek (NRO)',
    yearly: [],
    total: { amountCents: 27n * M, fromYear: 2023, untilYear: 2027 },
    source: 'seed 001, r. 1090–1094',
    note: 'Een totaal tot en met 2027; de bron verdeelt het niet over de jaren.',
  },
];

/** The budget of a line in a year (cents), or null when the line has no yearly budget in that year. */
export function budgetInYear(line: FundingLineDefinition, year: number) {
  const period = line.yearly.find((p) => year >= p.fromYear && (p.toYear === null || year <= p.toYear));
  return period ? { amountCents: period.amountCents, approximate: period.approximate } : null;
}

/** Whether a line runs in a year (a yearly budget, or a total whose period covers the year). */
export function runsInYear(line: FundingLineDefinition, year: number): boolean {
  if (budgetInYear(line, year)) return true;
  return line.total !== null && year >= line.total.fromYear && year <= line.total.untilYear;
}
