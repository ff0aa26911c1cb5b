/**
 * SBB's eight sectors (sectorkamers): every mbo qualification belongs to one. SBB reports shortages and reports of
 * internship discrimination per sector (DOMAIN §1 and §2: "per sector/qualification and region").
 */
export const SBB_SECTORS = {
  MTLM: 'Mobiliteit, transport, logistiek en maritiem',
  TGO: 'Techniek en gebouwde omgeving',
  ZWS: 'Zorg, welzijn en sport',
  HAN: 'Handel',
  ICI: 'Ict en creatieve industrie',
  VGG: 'Voedsel, groen en gastvrijheid',
  ZDV: 'Zakelijke dienstverlening en veiligheid',
  SPV: 'Specialistisch vakmanschap',
} as const;

export type SectorCode = keyof typeof SBB_SECTORS;

export function isSectorCode(value: unknown): value is SectorCode {
  return typeof value === 'string' && Object.hasOwn(SBB_SECTORS, value);
}

/**
 * A company's sector: the sector of most of its accreditations (of any status, so a withdrawal does not move the
 * company, nor the reports about it, to another sector); a tie goes to the sector first in SBB's list. Null when
 * none of its qualifications has a known sector.
 */
export function mainSector(sectors: ReadonlyArray<string | null>): SectorCode | null {
  const counts = new Map<SectorCode, number>();
  for (const sector of sectors) if (isSectorCode(sector)) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  let best: SectorCode | null = null;
  for (const code of Object.keys(SBB_SECTORS) as SectorCode[]) {
    const n = counts.get(code) ?? 0;
    if (n > 0 && (best === null || n > (counts.get(best) ?? 0))) best = code;
  }
  return best;
}
