import { failureMessage, graphqlRequest, useQuery } from '@stelsel/client';
import {
  type AttemptKey,
  type Column,
  DataTable,
  ErrorSummary,
  Failed,
  type FormError,
  formatEuro,
  Heading,
  keyForAttempt,
  Loading,
  Paragraph,
  PrimaryActionButton,
  parseEuroInput,
  SelectField,
  SuccessMessage,
  TextareaField,
  TextField,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import {
  cityMeasuresQuery,
  recordContributionMutation,
  recordIntroWeekMutation,
  recordStudentSportMutation,
} from '../graphql/city-measures.ts';
import type {
  IntroWeekStatus,
  MunicipalityCityMeasuresQuery,
  StudentSportAccess,
} from '../graphql/generated/graphql.ts';
import { INTRO_WEEK_STATUS_LABELS, NO_DATA } from './intro-week.ts';

export const STUDENT_SPORT_LABELS: Record<StudentSportAccess, string> = {
  OPEN: 'Open voor mbo-studenten',
  PILOT: 'Pilot voor mbo-studenten',
  NOT_OPEN: '(Nog) niet open voor mbo-studenten',
};

type City = NonNullable<MunicipalityCityMeasuresQuery['equalTreatmentOverview']>['cities'][number];

const week = (s: IntroWeekStatus | null | undefined) => (s ? INTRO_WEEK_STATUS_LABELS[s] : NO_DATA);
const sport = (s: StudentSportAccess | null | undefined) => (s ? STUDENT_SPORT_LABELS[s] : NO_DATA);

const COLUMNS: Column<City>[] = [
  { key: 'city', header: 'Gemeente', rowHeader: true, sortable: true, cell: (c) => c.municipality.name },
  { key: 'week', header: 'Introductieweek dit jaar', sortable: true, cell: (c) => week(c.introWeek) },
  { key: 'weekLast', header: 'Introductieweek vorig jaar', cell: (c) => week(c.introWeekLastYear) },
  { key: 'sport', header: 'Studentensport dit jaar', sortable: true, cell: (c) => sport(c.studentSport) },
  { key: 'sportLast', header: 'Studentensport vorig jaar', cell: (c) => sport(c.studentSportLastYear) },
];

/** Set and publish this year's intro week and student sport; compare with the other cities (issue 12). */
export function CityMeasuresSection({ code, year, onChanged }: { code: string; year: number; onChanged: () => void }) {
  const result = useQuery(cityMeasuresQuery, { code, year });
  const [done, setDone] = useState<string | null>(null);
  const changed = (message: string) => {
    setDone(message);
    result.reload();
    onChanged();
  };
  return (
    <>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <IntroWeekForm code={code} year={year} onDone={changed} />
      {result.status === 'loading' ? <Loading>De studentensport en de andere steden worden geladen…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de studentensport en de andere steden" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done' ? (
        <>
          <Heading level={2}>Bijdragen van instellingen in {year}</Heading>
          <ContributionsPart
            code={code}
            year={year}
            contributions={result.data.municipality?.introWeek?.contributions ?? []}
            institutions={result.data.institutions ?? []}
            onDone={changed}
          />
          <Heading level={2}>Studentensport in {year}</Heading>
          <Paragraph>
            Nu vastgelegd: <strong>{sport(result.data.municipality?.studentSport?.access)}</strong>
            {result.data.municipality?.studentSport?.facilities.length
              ? ` (${result.data.municipality.studentSport.facilities.join(', ')})`
              : ''}
            .
          </Paragraph>
          <StudentSportForm
            code={code}
            year={year}
            current={result.data.municipality?.studentSport ?? null}
            onDone={changed}
          />
          <Heading level={2}>Andere steden: dit jaar en vorig jaar</Heading>
          <DataTable
            caption={`Introductieweek en studentensport per gemeente, ${year} en ${year - 1}`}
            columns={COLUMNS}
            rows={result.data.equalTreatmentOverview?.cities ?? []}
            rowKey={(c) => c.municipality.code}
          />
        </>
      ) : null}
    </>
  );
}

function useSubmit() {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState<AttemptKey | null>(null);
  return { errors, setErrors, busy, setBusy, attempt, setAttempt };
}

function IntroWeekForm({ code, year, onDone }: { code: string; year: number; onDone: (m: string) => void }) {
  const [status, setStatus] = useState('');
  const [organiser, setOrganiser] = useState('');
  const [participants, setParticipants] = useState('');
  const [note, setNote] = useState('');
  const s = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (s.busy) return;
    const problems: FormError[] = [];
    if (!status) problems.push({ fieldId: 'week-status', message: 'Kies de stand van de introductieweek.' });
    if (participants.trim() && !/^\d{1,6}$/.test(participants.trim())) {
      problems.push({
        fieldId: 'week-deelnemers',
        message: 'Vul het aantal deelnemers in als heel getal van 0 of meer.',
      });
    }
    s.setErrors(problems);
    if (problems.length > 0) return;
    const input = {
      code,
      year,
      status: status as IntroWeekStatus,
      organiser: organiser.trim() || null,
      participants: participants.trim() ? Number(participants.trim()) : null,
      note: note.trim() || null,
    };
    const key = keyForAttempt(s.attempt, input);
    s.setAttempt(key);
    s.setBusy(true);
    try {
      const { data } = await graphqlRequest(recordIntroWeekMutation, { ...input, idempotencyKey: key.key });
      const answer = data?.recordIntroWeek;
      if (!answer) s.setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (answer.__typename !== 'IntroWeek') {
        const field = {
          status: 'week-status',
          participants: 'week-deelnemers',
          organiser: 'week-organisator',
          note: 'week-toelichting',
        }[answer.field ?? ''];
        s.setErrors([{ fieldId: field ?? null, message: answer.message }]);
      } else {
        s.setAttempt(null);
        onDone(`De introductieweek ${answer.year} is gepubliceerd: ${INTRO_WEEK_STATUS_LABELS[answer.status]}.`);
      }
    } catch (e) {
      s.setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      s.setBusy(false);
    }
  };
  const fieldError = (id: string) => s.errors.find((e) => e.fieldId === id)?.message;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="week-title">
      <Heading level={2} id="week-title">
        Introductieweek {year} vastleggen
      </Heading>
      <Paragraph>
        Wat u hier vastlegt, is direct openbaar: studenten, instellingen en het ministerie zien het.
      </Paragraph>
      <ErrorSummary errors={s.errors} title="De introductieweek is niet vastgelegd" />
      <SelectField
        id="week-status"
        label="Kunnen mbo-studenten meedoen?"
        value={status}
        onChange={setStatus}
        placeholder="Kies een stand"
        options={(Object.keys(INTRO_WEEK_STATUS_LABELS) as IntroWeekStatus[]).map((value) => ({
          value,
          label: INTRO_WEEK_STATUS_LABELS[value],
        }))}
        error={fieldError('week-status')}
      />
      <TextField
        id="week-organisator"
        label="Wie organiseert de introductieweek?"
        value={organiser}
        onChange={setOrganiser}
        error={fieldError('week-organisator')}
      />
      <TextField
        id="week-deelnemers"
        label="Aantal mbo-studenten dat meedeed"
        description="Laat leeg zolang het niet geteld is."
        value={participants}
        onChange={setParticipants}
        inputMode="numeric"
        size={8}
        error={fieldError('week-deelnemers')}
      />
      <TextareaField
        id="week-toelichting"
        label="Toelichting (optioneel)"
        value={note}
        onChange={setNote}
        error={fieldError('week-toelichting')}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={s.busy || undefined}>
          Introductieweek publiceren
        </PrimaryActionButton>
      </div>
    </form>
  );
}

function StudentSportForm({
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
  const [access, setAccess] = useState<string>(current?.access ?? '');
  const [facilities, setFacilities] = useState(current?.facilities.join('\n') ?? '');
  const [conditions, setConditions] = useState(current?.conditions ?? '');
  const [openFrom, setOpenFrom] = useState(current?.openFrom ?? '');
  const s = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (s.busy) return;
    const problems: FormError[] = [];
    if (!access) problems.push({ fieldId: 'sport-stand', message: 'Kies of de studentensport open is.' });
    if (openFrom && !/^\d{4}-\d{2}-\d{2}$/.test(openFrom)) {
      problems.push({ fieldId: 'sport-vanaf', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    s.setErrors(problems);
    if (problems.length > 0) return;
    const input = {
      code,
      year,
      access: access as StudentSportAccess,
      facilities: facilities
        .split('\n')
        .map((f) => f.trim())
        .filter(Boolean),
      conditions: conditions.trim() || null,
      openFrom: openFrom || null,
    };
    const key = keyForAttempt(s.attempt, input);
    s.setAttempt(key);
    s.setBusy(true);
    try {
      const { data } = await graphqlRequest(recordStudentSportMutation, { ...input, idempotencyKey: key.key });
      const answer = data?.recordStudentSport;
      if (!answer) s.setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (answer.__typename !== 'StudentSport') {
        const field = {
          access: 'sport-stand',
          facilities: 'sport-voorzieningen',
          conditions: 'sport-voorwaarden',
          openFrom: 'sport-vanaf',
        }[answer.field ?? ''];
        s.setErrors([{ fieldId: field ?? null, message: answer.message }]);
      } else {
        s.setAttempt(null);
        onDone(`De studentensport ${answer.year} is gepubliceerd: ${STUDENT_SPORT_LABELS[answer.access]}.`);
      }
    } catch (e) {
      s.setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      s.setBusy(false);
    }
  };
  const fieldError = (id: string) => s.errors.find((e) => e.fieldId === id)?.message;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sport-title">
      <Heading level={3} id="sport-title">
        Studentensport {year} vastleggen
      </Heading>
      <ErrorSummary errors={s.errors} title="De studentensport is niet vastgelegd" />
      <SelectField
        id="sport-stand"
        label="Kunnen mbo-studenten de studentensport gebruiken?"
        value={access}
        onChange={setAccess}
        placeholder="Kies een stand"
        options={(Object.keys(STUDENT_SPORT_LABELS) as StudentSportAccess[]).map((value) => ({
          value,
          label: STUDENT_SPORT_LABELS[value],
        }))}
        error={fieldError('sport-stand')}
      />
      <TextareaField
        id="sport-voorzieningen"
        label="Voorzieningen"
        description="Eén per regel. Verplicht bij open of een pilot."
        value={facilities}
        onChange={setFacilities}
        error={fieldError('sport-voorzieningen')}
      />
      <TextareaField
        id="sport-voorwaarden"
        label="Voorwaarden"
        value={conditions}
        onChange={setConditions}
        error={fieldError('sport-voorwaarden')}
      />
      <TextField
        id="sport-vanaf"
        label="Open vanaf (optioneel)"
        description="JJJJ-MM-DD"
        value={openFrom}
        onChange={setOpenFrom}
        size={12}
        error={fieldError('sport-vanaf')}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={s.busy || undefined}>
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

/** Which institutions contribute to this year's week and how much; the city records them too (seeds 001 1125–1127). */
function ContributionsPart({
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
  const [institutionId, setInstitutionId] = useState('');
  const [amount, setAmount] = useState('');
  const s = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (s.busy) return;
    const problems: FormError[] = [];
    if (!institutionId) problems.push({ fieldId: 'bijdrage-instelling', message: 'Kies de instelling.' });
    const money = parseEuroInput(amount);
    if (money === null) {
      problems.push({ fieldId: 'bijdrage-bedrag', message: 'Vul een bedrag in euro in, bijvoorbeeld 7.500,00.' });
    }
    s.setErrors(problems);
    if (problems.length > 0 || money === null) return;
    const input = { code, year, institutionId, amount: money };
    const key = keyForAttempt(s.attempt, input);
    s.setAttempt(key);
    s.setBusy(true);
    try {
      const { data } = await graphqlRequest(recordContributionMutation, { ...input, idempotencyKey: key.key });
      const answer = data?.recordIntroWeekContribution;
      if (!answer) s.setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (answer.__typename !== 'IntroWeekContribution') {
        const field = { institutionId: 'bijdrage-instelling', amount: 'bijdrage-bedrag' }[answer.field ?? ''];
        s.setErrors([{ fieldId: field ?? null, message: answer.message }]);
      } else {
        s.setAttempt(null);
        onDone(`Vastgelegd: ${answer.institution.name} draagt ${formatEuro(answer.amount)} bij.`);
      }
    } catch (e) {
      s.setErrors([{ fieldId: null, message: failureMessage(e) }]);
    } finally {
      s.setBusy(false);
    }
  };
  const fieldError = (id: string) => s.errors.find((e) => e.fieldId === id)?.message;
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
        <ErrorSummary errors={s.errors} title="De bijdrage is niet vastgelegd" />
        <SelectField
          id="bijdrage-instelling"
          label="Instelling"
          value={institutionId}
          onChange={setInstitutionId}
          placeholder="Kies een instelling"
          options={institutions.map((i) => ({ value: i.id, label: i.name }))}
          error={fieldError('bijdrage-instelling')}
        />
        <TextField
          id="bijdrage-bedrag"
          label="Bedrag in euro"
          description="Een tweede bijdrage van dezelfde instelling vervangt de eerste."
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          size={12}
          error={fieldError('bijdrage-bedrag')}
        />
        <div className="stelsel-actions">
          <PrimaryActionButton type="submit" aria-disabled={s.busy || undefined}>
            Bijdrage vastleggen
          </PrimaryActionButton>
        </div>
      </form>
    </>
  );
}
