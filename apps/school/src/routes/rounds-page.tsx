import { type AppRootProps, graphqlRequest, isUserError, mutationOutcome, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  Empty,
  FieldGroup,
  FormFrame,
  formatDate,
  Heading,
  Paragraph,
  QueryStatus,
  RouteLink,
  SelectField,
  TextField,
  useForm,
} from '@stelsel/ui';
import { useState } from 'react';
import type { MatchingRoundsQuery, SchoolStudentsQuery } from '../graphql/generated/graphql.ts';
import { createMatchingRoundMutation, matchingRoundsQuery } from '../graphql/rounds.ts';
import { schoolStudentsQuery } from '../graphql/students.ts';
import { toggled } from './form-parts.ts';
import { NEW_ROUND_IDS, NEW_ROUND_LABELS, newRoundFromForm } from './round-model.ts';
import { PATHWAY_LABELS, PLACEMENT_STATUS_LABELS, ROUND_STATUS_LABELS, sortStudents } from './students.ts';

type Round = NonNullable<MatchingRoundsQuery['matchingRounds']>[number];
type Student = NonNullable<SchoolStudentsQuery['institution']>['students'][number];

export interface RoundsPageProps extends AppRootProps {
  navigate: (href: string) => void;
}

/** The institution's matching rounds, and a form to start one for selected students. */
export function RoundsPage({ basePath, navigate, session }: RoundsPageProps) {
  const rounds = useQuery(matchingRoundsQuery, {});
  const columns: Column<Round>[] = [
    {
      key: 'name',
      header: 'Ronde',
      rowHeader: true,
      cell: (r) => (
        <RouteLink href={`${basePath}/rondes/${encodeURIComponent(r.id)}`} onNavigate={navigate}>
          {r.name}
        </RouteLink>
      ),
    },
    { key: 'status', header: 'Stand', cell: (r) => ROUND_STATUS_LABELS[r.status] },
    {
      key: 'period',
      header: 'Periode',
      cell: (r) => `${formatDate(r.periodStart)} tot en met ${formatDate(r.periodEnd)}`,
    },
    { key: 'students', header: 'Studenten', numeric: true, cell: (r) => r.progress.students },
    { key: 'choices', header: 'Met keuzes', numeric: true, cell: (r) => r.progress.studentsWithChoices },
    { key: 'matched', header: 'Geplaatst', numeric: true, cell: (r) => r.progress.matched },
  ];
  return (
    <section aria-labelledby="rounds-title">
      <Heading level={1} id="rounds-title">
        Stagematching
      </Heading>
      <Paragraph>
        In een ronde gaan de gerangschikte keuzes van studenten over passende plaatsen erin en komt een eerlijke, blinde
        matching eruit. Leerbedrijven zien een student pas na uw bevestiging.
      </Paragraph>
      <Heading level={2}>Rondes</Heading>
      <QueryStatus result={rounds} what="de rondes" loading="De rondes worden geladen…" />
      {rounds.status === 'done' ? (
        (rounds.data.matchingRounds ?? []).length === 0 ? (
          <Empty>Uw instelling heeft nog geen matchingsrondes.</Empty>
        ) : (
          <DataTable
            caption="Matchingsrondes van uw instelling, nieuwste eerst"
            columns={columns}
            rows={rounds.data.matchingRounds ?? []}
            rowKey={(r) => r.id}
          />
        )
      ) : null}
      <NewRoundForm
        institutionId={session.user.organisation}
        onCreated={(id) => navigate(`${basePath}/rondes/${encodeURIComponent(id)}`)}
      />
    </section>
  );
}

function plusMonths(months: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function NewRoundForm({ institutionId, onCreated }: { institutionId: string; onCreated: (id: string) => void }) {
  const students = useQuery(schoolStudentsQuery, { institutionId });
  const f = useForm({
    initial: () => ({ name: '', periodStart: plusMonths(1), periodEnd: plusMonths(13), studentIds: [] as string[] }),
    ids: NEW_ROUND_IDS,
    labels: NEW_ROUND_LABELS,
  });
  const [qualification, setQualification] = useState('');

  const all = students.status === 'done' ? (students.data.institution?.students ?? []) : [];
  const candidates = sortStudents(all.filter((s) => s.needsPlacement));
  const qualifications = [...new Map(candidates.map((s) => [s.qualification.crebo, s.qualification.name])).entries()]
    .sort((a, b) => a[1].localeCompare(b[1], 'nl'))
    .map(([value, label]) => ({ value, label: `${label} (${value})` }));
  const shown = qualification ? candidates.filter((s) => s.qualification.crebo === qualification) : candidates;

  const toggle = (id: string, on: boolean) =>
    f.setForm((current) => ({ ...current, studentIds: toggled(current.studentIds, id, on) }));

  // One idempotency key per attempt (useSubmission): a retry of the same round after a lost answer creates it once.
  const submit = async () => {
    let createdId: string | null = null;
    const sent = await f.submission.send(newRoundFromForm(f.form), (input, idempotencyKey) =>
      mutationOutcome(async () => {
        const answer = (await graphqlRequest(createMatchingRoundMutation, { input, idempotencyKey })).data
          ?.createMatchingRound;
        if (answer && !isUserError(answer)) createdId = answer.id;
        return answer;
      }),
    );
    if (sent && createdId) onCreated(createdId);
  };

  const columns: Column<Student>[] = [
    {
      key: 'pick',
      header: 'Kiezen',
      cell: (s) => (
        <input
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          id={`ronde-student-${s.id}`}
          aria-label={`${s.givenName} ${s.familyName} in de ronde`}
          checked={f.form.studentIds.includes(s.id)}
          onChange={(event) => toggle(s.id, event.target.checked)}
        />
      ),
    },
    { key: 'name', header: 'Naam', rowHeader: true, cell: (s) => `${s.givenName} ${s.familyName}` },
    { key: 'qualification', header: 'Kwalificatie', cell: (s) => s.qualification.name },
    { key: 'level', header: 'Niveau', numeric: true, cell: (s) => s.level },
    { key: 'pathway', header: 'Leerweg', cell: (s) => PATHWAY_LABELS[s.pathway] },
    { key: 'status', header: 'Plaatsing', cell: (s) => PLACEMENT_STATUS_LABELS[s.placementStatus] },
  ];

  // A wide form (`stelsel-form--wide`), for the table of students.
  return (
    <FormFrame
      form={f}
      variant="wide"
      titleId="new-round-title"
      title="Nieuwe ronde"
      errorTitle="De ronde is niet gestart"
      submitLabel="Ronde starten"
      onSubmit={submit}
      actions={f.submission.busy ? <Paragraph role="status">Bezig met starten…</Paragraph> : null}
    >
      <TextField {...f.bind('name')} description="Bijvoorbeeld: Kopgroep zorg voorjaar." />
      <TextField {...f.bind('periodStart')} type="date" />
      <TextField
        {...f.bind('periodEnd')}
        type="date"
        description="Alleen plaatsen die binnen deze periode vallen, doen mee."
      />
      <FieldGroup
        id={f.ids.studentIds}
        legend={`Studenten in de ronde (${f.form.studentIds.length} gekozen)`}
        description="Studenten die (weer) een plaats nodig hebben."
        error={f.errors.studentIds}
      >
        <QueryStatus result={students} what="de studenten" loading="De studenten worden geladen…" />
        {students.status === 'done' ? (
          candidates.length === 0 ? (
            <Empty>Alle studenten hebben een plaats.</Empty>
          ) : (
            <>
              <SelectField
                id="ronde-filter-kwalificatie"
                label="Toon studenten met kwalificatie"
                value={qualification}
                placeholder="Alle kwalificaties"
                options={qualifications}
                onChange={setQualification}
                required={false}
              />
              <DataTable
                caption={`Studenten zonder plaats (${shown.length})`}
                columns={columns}
                rows={shown}
                rowKey={(s) => s.id}
              />
            </>
          )
        ) : null}
      </FieldGroup>
    </FormFrame>
  );
}
