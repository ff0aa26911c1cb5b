import { type FormResult, fieldOf } from '@stelsel/ui/form-model';
import type { ReportChannel, ReportKind, ReportMoment, SubmitReportInput } from '../graphql/generated/graphql.ts';

/** The report as the student fills it in; checked here first, then by the reports service, which names the field. */
export interface ReportForm {
  companyId: string;
  kind: string;
  moment: string;
  grounds: string[];
  occurredOn: string;
  description: string;
  channel: string;
  anonymous: string;
  name: string;
  email: string;
  phone: string;
}

export const EMPTY_REPORT: ReportForm = {
  companyId: '',
  kind: '',
  moment: '',
  grounds: [],
  occurredOn: '',
  description: '',
  channel: '',
  anonymous: '',
  name: '',
  email: '',
  phone: '',
};

export type ReportField =
  | 'companyId'
  | 'kind'
  | 'moment'
  | 'grounds'
  | 'occurredOn'
  | 'description'
  | 'channel'
  | 'anonymous'
  | 'contact';

/** The server names contact fields "contact.email"; the form shows them at the contact block. */
const ownField = fieldOf<ReportField>([
  'companyId',
  'kind',
  'moment',
  'grounds',
  'occurredOn',
  'description',
  'channel',
  'anonymous',
  'contact',
]);
export const reportFieldOf = (field: string | null | undefined): ReportField | null =>
  ownField(field?.startsWith('contact') ? 'contact' : field);

export const KIND_LABELS: Record<ReportKind, string> = {
  DISCRIMINATION: 'Discriminatie',
  MISUSE: 'Misbruik van een stagiair (bijvoorbeeld als goedkope kracht ingezet, zonder begeleiding)',
};
export const MOMENT_LABELS: Record<ReportMoment, string> = {
  SELECTION: 'Bij het zoeken of solliciteren (selectie)',
  DURING_INTERNSHIP: 'Tijdens de stage of leerbaan',
};
export const CHANNEL_LABELS: Record<ReportChannel, string> = {
  INSTITUTION_DESK: 'Het meldpunt van mijn school',
  SBB: 'SBB (de organisatie die leerbedrijven erkent)',
  ADV: 'De antidiscriminatievoorziening (ADV) van de gemeente',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the form sends, or per field what to fix. */
export function reportFromForm(form: ReportForm, today: string): FormResult<SubmitReportInput, ReportField> {
  const errors: Partial<Record<ReportField, string>> = {};
  if (!form.companyId) errors.companyId = 'Kies het leerbedrijf.';
  if (!form.kind) errors.kind = 'Kies wat er gebeurde: discriminatie of misbruik van een stagiair.';
  if (!form.moment) errors.moment = 'Kies wanneer het gebeurde: bij de selectie of tijdens de stage.';
  if (form.kind === 'DISCRIMINATION' && form.grounds.length === 0) {
    errors.grounds = 'Kies ten minste één grond waarop je bent gediscrimineerd.';
  }
  if (!DATE.test(form.occurredOn)) errors.occurredOn = 'Vul de datum in als JJJJ-MM-DD.';
  else if (form.occurredOn > today) errors.occurredOn = 'De datum van wat er gebeurde ligt in de toekomst.';
  const description = form.description.trim();
  if (description.length < 10) errors.description = 'Beschrijf in minstens 10 tekens wat er gebeurde.';
  if (!form.channel) errors.channel = 'Kies waar je meldt.';
  if (!form.anonymous) errors.anonymous = 'Kies of je met je naam of anoniem meldt.';
  const anonymous = form.anonymous === 'yes';
  const contact = { name: form.name.trim(), email: form.email.trim(), phone: form.phone.trim() };
  if (form.anonymous === 'no' && !contact.email && !contact.phone) {
    errors.contact = 'Geef een e-mailadres of telefoonnummer, zodat men je kan bereiken. Of meld anoniem.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      companyId: form.companyId,
      kind: form.kind as ReportKind,
      moment: form.moment as ReportMoment,
      // Misuse of an intern has no discrimination ground.
      grounds: form.kind === 'DISCRIMINATION' ? form.grounds : [],
      occurredOn: form.occurredOn,
      description,
      channel: form.channel as ReportChannel,
      anonymous,
      contact: anonymous
        ? null
        : { name: contact.name || null, email: contact.email || null, phone: contact.phone || null },
    },
  };
}
