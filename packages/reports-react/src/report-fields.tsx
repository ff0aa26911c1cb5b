import { KIND_LABELS, MOMENT_LABELS, type ReportBasicsField, type ReportBasicsForm } from '@stelsel/reports-common';
import { CheckboxField, FieldGroup, optionsOf, SelectField, TextareaField, TextField } from '@stelsel/ui';

export interface ReportBasicsFieldsProps {
  /** Element ids per field (the error summary links to them); also the prefix of each ground's checkbox. */
  ids: Record<ReportBasicsField, string>;
  labels: Record<ReportBasicsField, string>;
  form: ReportBasicsForm;
  onChange: (field: Exclude<ReportBasicsField, 'grounds'>, value: string) => void;
  onGround: (code: string, on: boolean) => void;
  /** The companies SBB accredited (a report names one of them). */
  companies: ReadonlyArray<{ id: string; name: string }>;
  /** The discrimination grounds as the reports service lists them. */
  grounds: ReadonlyArray<{ code: string; label: string }>;
  errors: Partial<Record<string, string>>;
  /** What differs by who fills the form in: the student, or the school's desk for a student. */
  texts: { companyPlaceholder: string; company?: string; grounds?: string; description?: string };
}

/**
 * What every report says (issue 10): the company, what happened and when, the grounds where it is discrimination,
 * the date and the story. The student's own report and the desk's registration both show these fields; the rules
 * are @stelsel/reports-common's `checkReportBasics`. The grounds show until misuse is chosen (misuse has none).
 */
export function ReportBasicsFields({
  ids,
  labels,
  form,
  onChange,
  onGround,
  companies,
  grounds,
  errors,
  texts,
}: ReportBasicsFieldsProps) {
  return (
    <>
      <SelectField
        id={ids.companyId}
        label={labels.companyId}
        value={form.companyId}
        onChange={(value) => onChange('companyId', value)}
        placeholder={texts.companyPlaceholder}
        options={companies.map((c) => ({ value: c.id, label: c.name }))}
        description={texts.company}
        error={errors.companyId}
      />
      <SelectField
        id={ids.kind}
        label={labels.kind}
        value={form.kind}
        onChange={(value) => onChange('kind', value)}
        placeholder="Kies"
        options={optionsOf(KIND_LABELS)}
        error={errors.kind}
      />
      <SelectField
        id={ids.moment}
        label={labels.moment}
        value={form.moment}
        onChange={(value) => onChange('moment', value)}
        placeholder="Kies"
        options={optionsOf(MOMENT_LABELS)}
        error={errors.moment}
      />
      {form.kind !== 'MISUSE' ? (
        <FieldGroup id={ids.grounds} legend={labels.grounds} description={texts.grounds} error={errors.grounds}>
          {grounds.map((g) => (
            <CheckboxField
              key={g.code}
              id={`${ids.grounds}-${g.code}`}
              label={g.label}
              checked={form.grounds.includes(g.code)}
              onChange={(on) => onGround(g.code, on)}
            />
          ))}
        </FieldGroup>
      ) : null}
      <TextField
        id={ids.occurredOn}
        type="date"
        label={labels.occurredOn}
        value={form.occurredOn}
        onChange={(value) => onChange('occurredOn', value)}
        error={errors.occurredOn}
      />
      <TextareaField
        id={ids.description}
        label={labels.description}
        description={texts.description}
        value={form.description}
        onChange={(value) => onChange('description', value)}
        error={errors.description}
      />
    </>
  );
}

export interface ReporterContact {
  name: string;
  email: string;
  phone: string;
}

export interface ReporterContactFieldsProps {
  /** Id of the group (the error summary links to it) and prefix of its fields. */
  id: string;
  legend: string;
  value: ReporterContact;
  onChange: (field: keyof ReporterContact, value: string) => void;
  error?: string | undefined;
  /** The fields shown as "(niet verplicht)"; the rule that joins them goes in `description`. */
  optional: ReadonlyArray<keyof ReporterContact>;
  description?: string;
}

/** Who reported, for a report made with a name: a name and, where they have them, an e-mail address and a phone. */
export function ReporterContactFields({
  id,
  legend,
  value,
  onChange,
  error,
  optional,
  description,
}: ReporterContactFieldsProps) {
  const required = (field: keyof ReporterContact) => !optional.includes(field);
  return (
    <FieldGroup legend={legend} id={id} error={error} description={description}>
      <TextField
        id={`${id}-naam`}
        label="Naam"
        required={required('name')}
        value={value.name}
        onChange={(v) => onChange('name', v)}
      />
      <TextField
        id={`${id}-email`}
        type="email"
        label="E-mailadres"
        required={required('email')}
        value={value.email}
        onChange={(v) => onChange('email', v)}
      />
      <TextField
        id={`${id}-telefoon`}
        label="Telefoonnummer"
        required={required('phone')}
        value={value.phone}
        onChange={(v) => onChange('phone', v)}
      />
    </FieldGroup>
  );
}
