/**
 * What every report says, however it arrives (a student's own report, or the school's desk registering it on a
 * student's behalf): the company, what happened and when, the grounds of discrimination, and the story. Checked
 * in the browser with these messages; the reports service checks again and names the same fields.
 */
export interface ReportBasicsForm {
  companyId: string;
  kind: string;
  moment: string;
  grounds: readonly string[];
  occurredOn: string;
  description: string;
}

export type ReportBasicsField = 'companyId' | 'kind' | 'moment' | 'grounds' | 'occurredOn' | 'description';

export interface ReportBasics {
  companyId: string;
  kind: 'DISCRIMINATION' | 'MISUSE';
  moment: 'SELECTION' | 'DURING_INTERNSHIP';
  grounds: string[];
  occurredOn: string;
  description: string;
}

/** What happened, as both forms offer it. */
export const KIND_LABELS: Record<ReportBasics['kind'], string> = {
  DISCRIMINATION: 'Discriminatie',
  MISUSE: 'Misbruik van een stagiair (bijvoorbeeld als goedkope kracht ingezet, zonder begeleiding)',
};

/** When it happened. */
export const MOMENT_LABELS: Record<ReportBasics['moment'], string> = {
  SELECTION: 'Bij het zoeken of solliciteren (selectie)',
  DURING_INTERNSHIP: 'Tijdens de stage of leerbaan',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `you`: "je" for the student reporting, "de student" for the desk writing it down. */
export function checkReportBasics(
  form: ReportBasicsForm,
  today: string,
  you: 'je' | 'de student' = 'je',
): { ok: true; input: ReportBasics } | { ok: false; errors: Partial<Record<ReportBasicsField, string>> } {
  const errors: Partial<Record<ReportBasicsField, string>> = {};
  if (!form.companyId) errors.companyId = 'Kies het leerbedrijf.';
  if (form.kind !== 'DISCRIMINATION' && form.kind !== 'MISUSE') {
    errors.kind = 'Kies wat er gebeurde: discriminatie of misbruik van een stagiair.';
  }
  if (form.moment !== 'SELECTION' && form.moment !== 'DURING_INTERNSHIP') {
    errors.moment = 'Kies wanneer het gebeurde: bij de selectie of tijdens de stage.';
  }
  if (form.kind === 'DISCRIMINATION' && form.grounds.length === 0) {
    errors.grounds = `Kies ten minste één grond waarop ${you} ${you === 'je' ? 'bent' : 'is'} gediscrimineerd.`;
  }
  if (!DATE.test(form.occurredOn)) errors.occurredOn = 'Vul de datum in als JJJJ-MM-DD.';
  else if (form.occurredOn > today) errors.occurredOn = 'De datum van wat er gebeurde ligt in de toekomst.';
  const description = form.description.trim();
  if (description.length < 10) errors.description = 'Beschrijf in minstens 10 tekens wat er gebeurde.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      companyId: form.companyId,
      kind: form.kind as ReportBasics['kind'],
      moment: form.moment as ReportBasics['moment'],
      // Misuse of an intern has no discrimination ground.
      grounds: form.kind === 'DISCRIMINATION' ? [...form.grounds] : [],
      occurredOn: form.occurredOn,
      description,
    },
  };
}
