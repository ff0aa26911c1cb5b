import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import {
  type Column,
  DataTable,
  ErrorSummary,
  formatEuro,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  TextareaField,
  TextField,
  useSubmission,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import {
  recordContributionMutation,
  recordIntroWeekMutation,
  recordStudentSportMutation,
} from '../graphql/city-measures.ts';
import type { IntroWeekStatus, StudentSportAccess } from '../graphql/generated/graphql.ts';
import {
  type ContributionField,
  contributionFieldOf,
  contributionFromForm,
  introWeekFromForm,
  type SportField,
  type SportForm,
  sportFieldOf,
  studentSportFromForm,
  type WeekField,
  type WeekForm,
  weekFieldOf,
} from './city-measures-model.ts';
import { INTRO_WEEK_STATUS_LABELS } from './intro-week.ts';

/** The municipality's three forms: intro week, student sport, institutions' contributions (issue 12). */

export const STUDENT_SPORT_LABELS: Record<StudentSportAccess, string> = {
  OPEN: 'Open voor mbo-studenten',
  PILOT: 'Pilot voor mbo-studenten',
  NOT_OPEN: '(Nog) niet open voor mbo-studenten',
};

const WEEK_IDS: Record<WeekField, string> = {
  status: 'week-status',
  organiser: 'week-organisator',
  participants: 'week-deelnemers',
  note: 'week-toelichting',
};
const WEEK_LABELS: Record<WeekField, string> = {
  status: 'Kunnen mbo-studenten meedoen?',
  organiser: 'Wie organiseert de introductieweek?',
  participants: 'Aantal mbo-studenten dat meedeed',
  note: 'Toelichting (optioneel)',
};

export function IntroWeekForm({ code, year, onDone }: { code: string; year: number; onDone: (m: string) => void }) {
  const [form, setForm] = useState<WeekForm>({ status: '', organiser: '', participants: '', note: '' });
  const submission = useSubmission(weekFieldOf);
  const set = (field: WeekField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(introWeekFromForm(form), (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordIntroWeekMutation, { code, year, ...input, idempotencyKey })).data
            ?.recordIntroWeek,
      ),
    );
    if (sent) onDone(`De introductieweek ${year} is gepubliceerd: ${INTRO_WEEK_STATUS_LABELS[sent.status]}.`);
  };
  const errors = submission.fieldErrors;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="week-title">
      <Heading level={2} id="week-title">
        Introductieweek {year} vastleggen
      </Heading>
      <Paragraph>
        Wat u hier vastlegt, is direct openbaar: studenten, instellingen en het ministerie zien het.
      </Paragraph>
      <ErrorSummary errors={submission.summary(WEEK_IDS, WEEK_LABELS)} title="De introductieweek is niet vastgelegd" />
      <SelectField
        id={WEEK_IDS.status}
        label={WEEK_LABELS.status}
        value={form.status}
        onChange={set('status')}
        placeholder="Kies een stand"
        options={(Object.keys(INTRO_WEEK_STATUS_LABELS) as IntroWeekStatus[]).map((value) => ({
          value,
          label: INTRO_WEEK_STATUS_LABELS[value],
        }))}
        error={errors.status}
      />
      <TextField
        id={WEEK_IDS.organiser}
        label={WEEK_LABELS.organiser}
        value={form.organiser}
        onChange={set('organiser')}
        error={errors.organiser}
      />
      <TextField
        id={WEEK_IDS.participants}
        label={WEEK_LABELS.participants}
        description="Laat leeg zolang het niet geteld is."
        value={form.participants}
        onChange={set('participants')}
        inputMode="numeric"
        size={8}
        error={errors.participants}
      />
      <TextareaField
        id={WEEK_IDS.note}
        label={WEEK_LABELS.note}
        value={form.note}
        onChange={set('note')}
        error={errors.note}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Introductieweek publiceren
        </PrimaryActionButton>
      </div>
    </form>
  );
}

const SPORT_IDS: Record<SportField, string> = {
  access: 'sport-stand',
  facilities: 'sport-voorzieningen',
  conditions: 'sport-voorwaarden',
  openFrom: 'sport-vanaf',
};
const SPORT_LABELS: Record<SportField, string> = {
  access: 'Kunnen mbo-studenten de studentensport gebruiken?',
  facilities: 'Voorzieningen',
  conditions: 'Voorwaarden',
  openFrom: 'Open vanaf (optioneel)',
};

export function StudentSportForm({
  code,
  year,
  current,
  onDone,
}: {
  code: string;
  year: number;
  current: {
    access: StudentSportAccess;
    facilities: string[];
    conditions?: string | null;
    openFrom?: string | null;
  } | null;
  onDone: (m: string) => void;
}) {
  const [form, setForm] = useState<SportForm>({
    access: current?.access ?? '',
    facilities: current?.facilities.join('\n') ?? '',
    conditions: current?.conditions ?? '',
    openFrom: current?.openFrom ?? '',
  });
  const submission = useSubmission(sportFieldOf);
  const set = (field: SportField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(studentSportFromForm(form), (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordStudentSportMutation, { code, year, ...input, idempotencyKey })).data
            ?.recordStudentSport,
      ),
    );
    if (sent) onDone(`De studentensport ${year} is gepubliceerd: ${STUDENT_SPORT_LABELS[sent.access]}.`);
  };
  const errors = submission.fieldErrors;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sport-title">
      <Heading level={3} id="sport-title">
        Studentensport {year} vastleggen
      </Heading>
      <ErrorSummary errors={submission.summary(SPORT_IDS, SPORT_LABELS)} title="De studentensport is niet vastgelegd" />
      <SelectField
        id={SPORT_IDS.access}
        label={SPORT_LABELS.access}
        value={form.access}
        onChange={set('access')}
        placeholder="Kies een stand"
        options={(Object.keys(STUDENT_SPORT_LABELS) as StudentSportAccess[]).map((value) => ({
          value,
          label: STUDENT_SPORT_LABELS[value],
        }))}
        error={errors.access}
      />
      <TextareaField
        id={SPORT_IDS.facilities}
        label={SPORT_LABELS.facilities}
        description="Eén per regel. Verplicht bij open of een pilot."
        value={form.facilities}
        onChange={set('facilities')}
        error={errors.facilities}
      />
      <TextareaField
        id={SPORT_IDS.conditions}
        label={SPORT_LABELS.conditions}
        value={form.conditions}
        onChange={set('conditions')}
        error={errors.conditions}
      />
      <TextField
        id={SPORT_IDS.openFrom}
        label={SPORT_LABELS.openFrom}
        description="JJJJ-MM-DD"
        value={form.openFrom}
        onChange={set('openFrom')}
        size={12}
        error={errors.openFrom}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Studentensport publiceren
        </PrimaryActionButton>
      </div>
    </form>
  );
}

type Contribution = { institution: { id: string; name: string }; amount: string };

const CONTRIBUTION_COLUMNS: Column<Contribution>[] = [
  { key: 'institution', header: 'Instelling', rowHeader: true, sortable: true, cell: (c) => c.institution.name },
  { key: 'amount', header: 'Bijdrage', numeric: true, cell: (c) => formatEuro(c.amount) },
];
const CONTRIBUTION_IDS: Record<ContributionField, string> = {
  institutionId: 'bijdrage-instelling',
  amount: 'bijdrage-bedrag',
};
const CONTRIBUTION_LABELS: Record<ContributionField, string> = {
  institutionId: 'Instelling',
  amount: 'Bedrag in euro',
};

/** Which institutions contribute to this year's week and how much; the city records them too (seeds 001 1125–1127). */
export function ContributionsPart({
  code,
  year,
  contributions,
  institutions,
  onDone,
}: {
  code: string;
  year: number;
  contributions: Contribution[];
  institutions: { id: string; name: string }[];
  onDone: (m: string) => void;
}) {
  const [form, setForm] = useState({ institutionId: '', amount: '' });
  const submission = useSubmission(contributionFieldOf);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(contributionFromForm(form), (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordContributionMutation, { code, year, ...input, idempotencyKey })).data
            ?.recordIntroWeekContribution,
      ),
    );
    const name = institutions.find((i) => i.id === sent?.institutionId)?.name;
    if (sent) onDone(`Vastgelegd: ${name ?? 'de instelling'} draagt ${formatEuro(sent.amount)} bij.`);
  };
  return (
    <>
      {contributions.length > 0 ? (
        <DataTable
          caption={`Bijdragen aan de introductieweek ${year}`}
          columns={CONTRIBUTION_COLUMNS}
          rows={contributions}
          rowKey={(c) => c.institution.id}
        />
      ) : (
        <Paragraph>Voor {year} is nog geen bijdrage vastgelegd.</Paragraph>
      )}
      <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="bijdrage-title">
        <Heading level={3} id="bijdrage-title">
          Bijdrage van een instelling vastleggen
        </Heading>
        <ErrorSummary
          errors={submission.summary(CONTRIBUTION_IDS, CONTRIBUTION_LABELS)}
          title="De bijdrage is niet vastgelegd"
        />
        <SelectField
          id={CONTRIBUTION_IDS.institutionId}
          label={CONTRIBUTION_LABELS.institutionId}
          value={form.institutionId}
          onChange={(institutionId) => setForm((f) => ({ ...f, institutionId }))}
          placeholder="Kies een instelling"
          options={institutions.map((i) => ({ value: i.id, label: i.name }))}
          error={submission.fieldErrors.institutionId}
        />
        <TextField
          id={CONTRIBUTION_IDS.amount}
          label={CONTRIBUTION_LABELS.amount}
          description="Een tweede bijdrage van dezelfde instelling vervangt de eerste."
          value={form.amount}
          onChange={(amount) => setForm((f) => ({ ...f, amount }))}
          inputMode="decimal"
          size={12}
          error={submission.fieldErrors.amount}
        />
        <div className="stelsel-actions">
          <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
            Bijdrage vastleggen
          </PrimaryActionButton>
        </div>
      </form>
    </>
  );
}
