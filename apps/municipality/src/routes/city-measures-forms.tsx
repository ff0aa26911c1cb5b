import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import {
  type Column,
  DataTable,
  FormFrame,
  formatEuro,
  optionsOf,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import {
  recordContributionMutation,
  recordIntroWeekMutation,
  recordStudentSportMutation,
} from '../graphql/city-measures.ts';
import type { StudentSportAccess } from '../graphql/generated/graphql.ts';
import {
  type ContributionField,
  type ContributionInput,
  contributionFromForm,
  introWeekFromForm,
  type SportField,
  type SportForm,
  studentSportFromForm,
  type WeekField,
  type WeekForm,
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
  const f = useForm<WeekForm, WeekField>({
    initial: { status: '', organiser: '', participants: '', note: '' },
    ids: WEEK_IDS,
    labels: WEEK_LABELS,
  });
  const submit = async () => {
    const sent = await f.submission.send(introWeekFromForm(f.form), (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordIntroWeekMutation, { code, year, ...input, idempotencyKey })).data
            ?.recordIntroWeek,
      ),
    );
    if (sent) onDone(`De introductieweek ${year} is gepubliceerd: ${INTRO_WEEK_STATUS_LABELS[sent.status]}.`);
  };
  return (
    <FormFrame
      form={f}
      titleId="week-title"
      title={`Introductieweek ${year} vastleggen`}
      intro={
        <Paragraph>
          Wat u hier vastlegt, is direct openbaar: studenten, instellingen en het ministerie zien het.
        </Paragraph>
      }
      errorTitle="De introductieweek is niet vastgelegd"
      submitLabel="Introductieweek publiceren"
      onSubmit={submit}
    >
      <SelectField {...f.bind('status')} placeholder="Kies een stand" options={optionsOf(INTRO_WEEK_STATUS_LABELS)} />
      <TextField {...f.bind('organiser')} />
      <TextField
        {...f.bind('participants')}
        description="Laat leeg zolang het niet geteld is."
        inputMode="numeric"
        size={8}
      />
      <TextareaField {...f.bind('note')} />
    </FormFrame>
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
  const f = useForm<SportForm, SportField>({
    initial: {
      access: current?.access ?? '',
      facilities: current?.facilities.join('\n') ?? '',
      conditions: current?.conditions ?? '',
      openFrom: current?.openFrom ?? '',
    },
    ids: SPORT_IDS,
    labels: SPORT_LABELS,
  });
  const submit = async () => {
    const sent = await f.submission.send(studentSportFromForm(f.form), (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordStudentSportMutation, { code, year, ...input, idempotencyKey })).data
            ?.recordStudentSport,
      ),
    );
    if (sent) onDone(`De studentensport ${year} is gepubliceerd: ${STUDENT_SPORT_LABELS[sent.access]}.`);
  };
  return (
    <FormFrame
      form={f}
      titleId="sport-title"
      title={`Studentensport ${year} vastleggen`}
      level={3}
      errorTitle="De studentensport is niet vastgelegd"
      submitLabel="Studentensport publiceren"
      onSubmit={submit}
    >
      <SelectField {...f.bind('access')} placeholder="Kies een stand" options={optionsOf(STUDENT_SPORT_LABELS)} />
      <TextareaField {...f.bind('facilities')} description="Eén per regel. Verplicht bij open of een pilot." />
      <TextareaField {...f.bind('conditions')} />
      <TextField {...f.bind('openFrom')} description="JJJJ-MM-DD" size={12} />
    </FormFrame>
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
  const f = useForm<ContributionInput, ContributionField>({
    initial: { institutionId: '', amount: '' },
    ids: CONTRIBUTION_IDS,
    labels: CONTRIBUTION_LABELS,
  });
  const submit = async () => {
    const sent = await f.submission.send(contributionFromForm(f.form), (input, idempotencyKey) =>
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
      <FormFrame
        form={f}
        titleId="bijdrage-title"
        title="Bijdrage van een instelling vastleggen"
        level={3}
        errorTitle="De bijdrage is niet vastgelegd"
        submitLabel="Bijdrage vastleggen"
        onSubmit={submit}
      >
        <SelectField
          {...f.bind('institutionId')}
          placeholder="Kies een instelling"
          options={institutions.map((i) => ({ value: i.id, label: i.name }))}
        />
        <TextField
          {...f.bind('amount')}
          description="Een tweede bijdrage van dezelfde instelling vervangt de eerste."
          inputMode="decimal"
          size={12}
        />
      </FormFrame>
    </>
  );
}
