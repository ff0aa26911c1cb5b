import { checkReportBasics } from '@stelsel/reports-common';
import { type FormResult, fieldOf } from '@stelsel/ui/form-model';
import type { ReportChannel, SubmitReportInput } from '../graphql/generated/graphql.ts';

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

export { KIND_LABELS, MOMENT_LABELS } from '@stelsel/reports-common';
export const CHANNEL_LABELS: Record<ReportChannel, string> = {
  INSTITUTION_DESK: 'Het meldpunt van mijn school',
  SBB: 'SBB (de organisatie die leerbedrijven erkent)',
  ADV: 'De antidiscriminatievoorziening (ADV) van de gemeente',
};

/** What the form sends, or per field what to fix. */
export function reportFromForm(form: ReportForm, today: string): FormResult<SubmitReportInput, ReportField> {
  const basics = checkReportBasics(form, today);
  const errors: Partial<Record<ReportField, string>> = basics.ok ? {} : { ...basics.errors };
  if (!form.channel) errors.channel = 'Kies waar je meldt.';
  if (!form.anonymous) errors.anonymous = 'Kies of je met je naam of anoniem meldt.';
  const anonymous = form.anonymous === 'yes';
  const contact = { name: form.name.trim(), email: form.email.trim(), phone: form.phone.trim() };
  if (form.anonymous === 'no' && !contact.email && !contact.phone) {
    errors.contact = 'Geef een e-mailadres of telefoonnummer, zodat men je kan bereiken. Of meld anoniem.';
  }
  if (!basics.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      ...basics.input,
      channel: form.channel as ReportChannel,
      anonymous,
      contact: anonymous
        ? null
        : { name: contact.name || null, email: contact.email || null, phone: contact.phone || null },
    },
  };
}
