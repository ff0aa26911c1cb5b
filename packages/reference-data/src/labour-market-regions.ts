/**
 * Labour-market regions (arbeidsmarktregio's). SBB reports internship shortages per UWV
 * arbeidsmarktregio, not per municipality — DOMAIN.md §1. Source: UWV arbeidsmarktregio's (the
 * names as UWV publishes them).
 *
 * Only the municipalities the platform seeds (packages/reference-data, municipalities.ts) are mapped.
 * The codes are our own slugs of the region names: the CBS codes (AMxx) could not be verified here
 * and are left out on purpose rather than guessed. A mapping we were not sure of is left out too;
 * such a municipality (and any other) falls into the region "Onbekend".
 */
export interface LabourMarketRegion {
  code: string;
  name: string;
}

/** Where students of an institution without a known (or mapped) seat, and places without a mapped municipality, are counted. */
export const UNKNOWN_REGION: LabourMarketRegion = { code: 'onbekend', name: 'Onbekend' };

export const LABOUR_MARKET_REGIONS: readonly LabourMarketRegion[] = [
  { code: 'groningen', name: 'Groningen' },
  { code: 'friesland', name: 'Friesland' },
  // Formerly "IJsselvechtstreek"; UWV renamed the region "Regio Zwolle" in 2021.
  { code: 'regio-zwolle', name: 'Regio Zwolle' },
  { code: 'stedendriehoek-en-noordwest-veluwe', name: 'Stedendriehoek en Noordwest Veluwe' },
  { code: 'achterhoek', name: 'Achterhoek' },
  { code: 'midden-gelderland', name: 'Midden-Gelderland' },
  { code: 'food-valley', name: 'Food Valley' },
  { code: 'rijk-van-nijmegen', name: 'Rijk van Nijmegen' },
  { code: 'rivierenland', name: 'Rivierenland' },
  { code: 'amersfoort', name: 'Amersfoort' },
  { code: 'midden-utrecht', name: 'Midden-Utrecht' },
  { code: 'flevoland', name: 'Flevoland' },
  { code: 'noord-holland-noord', name: 'Noord-Holland Noord' },
  { code: 'groot-amsterdam', name: 'Groot Amsterdam' },
  { code: 'zuid-kennemerland-en-ijmond', name: 'Zuid-Kennemerland en IJmond' },
  { code: 'zaanstreek-waterland', name: 'Zaanstreek/Waterland' },
  { code: 'drechtsteden', name: 'Drechtsteden' },
  { code: 'haaglanden', name: 'Haaglanden' },
  { code: 'holland-rijnland', name: 'Holland Rijnland' },
  { code: 'rijnmond', name: 'Rijnmond' },
  { code: 'zeeland', name: 'Zeeland' },
  { code: 'west-brabant', name: 'West-Brabant' },
  { code: 'midden-brabant', name: 'Midden-Brabant' },
  { code: 'noordoost-brabant', name: 'Noordoost-Brabant' },
  { code: 'zuidoost-brabant', name: 'Zuidoost-Brabant' },
  { code: 'helmond-de-peel', name: 'Helmond-De Peel' },
  { code: 'zuid-limburg', name: 'Zuid-Limburg' },
  UNKNOWN_REGION,
];

/** CBS municipality code → region code, for the seeded municipalities only. */
export const MUNICIPALITY_REGIONS: Readonly<Record<string, string>> = {
  '0014': 'groningen', // Groningen
  '0034': 'flevoland', // Almere
  '0080': 'friesland', // Leeuwarden
  '0193': 'regio-zwolle', // Zwolle
  '0200': 'stedendriehoek-en-noordwest-veluwe', // Apeldoorn
  '0202': 'midden-gelderland', // Arnhem
  '0222': 'achterhoek', // Doetinchem
  '0228': 'food-valley', // Ede
  '0268': 'rijk-van-nijmegen', // Nijmegen
  '0281': 'rivierenland', // Tiel
  '0307': 'amersfoort', // Amersfoort
  '0344': 'midden-utrecht', // Utrecht
  '0361': 'noord-holland-noord', // Alkmaar
  '0363': 'groot-amsterdam', // Amsterdam
  '0392': 'zuid-kennemerland-en-ijmond', // Haarlem
  '0479': 'zaanstreek-waterland', // Zaanstad
  '0505': 'drechtsteden', // Dordrecht
  '0518': 'haaglanden', // 's-Gravenhage
  '0546': 'holland-rijnland', // Leiden
  '0599': 'rijnmond', // Rotterdam
  '0687': 'zeeland', // Middelburg
  '0718': 'zeeland', // Vlissingen
  '0758': 'west-brabant', // Breda
  '0772': 'zuidoost-brabant', // Eindhoven
  '0794': 'helmond-de-peel', // Helmond
  '0796': 'noordoost-brabant', // 's-Hertogenbosch
  '0855': 'midden-brabant', // Tilburg
  '0935': 'zuid-limburg', // Maastricht
};

/** The labour-market region of a CBS municipality code, when the platform knows it. */
export function regionOfMunicipality(code: string): LabourMarketRegion | undefined {
  const regionCode = MUNICIPALITY_REGIONS[code];
  return LABOUR_MARKET_REGIONS.find((region) => region.code === regionCode);
}
