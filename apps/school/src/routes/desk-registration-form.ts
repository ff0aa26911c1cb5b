import { checkReportBasics, type ReportBasicsField } from '@stelsel/reports-common';
import { type FormResult, fieldOf } from '@stelsel/ui/form-model';
import type { RegisterReportInput } from '../graphql/generated/graphql.ts';

/** The desk writes down a student's report (issue 10): what every report says, and who reported, if they may be known. */
export interface RegistrationForm {
  companyId: string;
  kind: string;
  moment: string;
  grounds: string[];
  occurredOn: string;
  description: string;
  identified: string;
  name: string;
  email: string;
  phone: string;
}

export const EMPTY_REGISTRATION: RegistrationForm = {
  companyId: '',
  kind: '',
  moment: '',
  grounds: [],
  occurredOn: '',
  description: '',
  identified: '',
  name: '',
  email: '',
  phone: '',
};

export type RegistrationField = ReportBasicsField | 'identified' | 'reporter';
const ownField = fieldOf<RegistrationField>([
  'companyId',
  'kind',
  'moment',
  'grounds',
  'occurredOn',
  'description',
  'identified',
  'reporter',
]);
/** The server names the reporter's fields "contact.email": shown at the reporter block. */
export const registrationFieldOf = (field: string | null | undefined): RegistrationField | null =>
  ownField(field?.startsWith('reporter') || field?.startsWith('contact') ? 'reporter' : field);

export function registrationFromForm(
  form: RegistrationForm,
  today: string,
): FormResult<RegisterReportInput, RegistrationField> {
  const basics = checkReportBasics(form, today, 'de student');
  const errors: Partial<Record<RegistrationField, string>> = basics.ok ? {} : { ...basics.errors };
  if (form.identified !== 'yes' && form.identified !== 'no') {
    errors.identified = 'Kies of de student met naam meldt of anoniem.';
  }
  const reporter = { name: form.name.trim(), email: form.email.trim(), phone: form.phone.trim() };
  if (form.identified === 'yes' && !reporter.name) errors.reporter = 'Vul de naam van de student in.';
  else if (form.identified === 'yes' && !reporter.email && !reporter.phone) {
    errors.reporter = 'Geef een e-mailadres of telefoonnummer waarop de student te bereiken is.';
  }
  if (!basics.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      ...basics.input,
      reporter:
        form.identified === 'yes'
          ? { name: reporter.name, email: reporter.email || null, phone: reporter.phone || null }
          : null,
    },
  };
}

export type NoteField = 'reportId' | 'text';

export function noteFromForm(form: {
  reportId: string;
  text: string;
}): FormResult<{ reportId: string; text: string }, NoteField> {
  const errors: Partial<Record<NoteField, string>> = {};
  if (!form.reportId) errors.reportId = 'Kies de melding.';
  const text = form.text.trim();
  if (text.length < 3) errors.text = 'Schrijf de notitie (minstens 3 tekens).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { reportId: form.reportId, text } };
}
