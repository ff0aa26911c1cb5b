/**
 * CBS gemeentecodes are four digits, leading zeros included ("0599" Rotterdam) — CBS Gemeentelijke indeling.
 * Arguments use the CbsCode scalar; entity references from other subgraphs arrive as plain text, so they are checked here.
 */
const CBS_CODE = /^\d{4}$/;

export function isMunicipalityCode(code: string): boolean {
  return CBS_CODE.test(code);
}
