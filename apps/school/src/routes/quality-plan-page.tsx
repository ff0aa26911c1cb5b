import { graphqlRequest, mutationOutcome, roleLabelOf, useQuery } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import {
  CheckboxField,
  type Column,
  ConfirmAction,
  DataTable,
  ErrorSummary,
  Failed,
  FieldGroup,
  formatDate,
  formatDateTime,
  formatEuro,
  Heading,
  Loading,
  Paragraph,
  PrimaryActionButton,
  SelectField,
  SuccessMessage,
  TextareaField,
  TextField,
  useSubmission,
} from '@stelsel/ui';
import { fieldOf } from '@stelsel/ui/form-model';
import { type FormEvent, useState } from 'react';
import {
  recordConsentMutation,
  saveQualityPlanMutation,
  schoolQualityPlansQuery,
  submitQualityPlanMutation,
  withdrawQualityPlanMutation,
} from '../graphql/funding.ts';
import type { SchoolQualityPlanFragment, SchoolQualityPlansQuery } from '../graphql/generated/graphql.ts';
import { OwnFundingSection } from './own-funding-section.tsx';
import {
  type ConsentField,
  consentFieldOf,
  consentFromForm,
  type GOAL_KEYS,
  type PlanField,
  type PlanForm,
  planFieldId,
  planFieldOf,
  planFields,
  planFormOf,
  planFromForm,
} from './quality-plan-form.ts';

type Data = SchoolQualityPlansQuery;
type Plan = SchoolQualityPlanFragment;
type Tranche = NonNullable<Data['qualityTranches']>[number];

const trancheLabel = (t: { number: number; year: number; deadline: string; demo: boolean }) =>
  `Tranche ${t.number} van ${t.year}, uiterlijk ${formatDate(t.deadline)}${t.demo ? ' (demo)' : ''}`;

const PLAN_COLUMNS: Column<Plan>[] = [
  { key: 'title', header: 'Plan', rowHeader: true, cell: (p) => p.title },
  { key: 'tranche', header: 'Tranche', cell: (p) => trancheLabel(p.tranche) },
  { key: 'status', header: 'Stand', cell: (p) => p.statusLabel },
  { key: 'submitted', header: 'Ingediend op', cell: (p) => (p.submittedOn ? formatDate(p.submittedOn) : '—') },
  {
    key: 'allocation',
    header: 'Allocatie (raming)',
    numeric: true,
    cell: (p) => (p.allocation ? formatEuro(p.allocation.amount) : '—'),
  },
];

/** The institution's quality plan under the Regeling Kwaliteitsafspraken (issue 11): draft, consent, submit, follow. */
export function QualityPlanPage({ institutionId }: { institutionId: string }) {
  const result = useQuery(schoolQualityPlansQuery, { institutionId });
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setDone(message);
    result.reload();
  };
  return (
    <section aria-labelledby="plan-title">
      <Heading level={1} id="plan-title">
        Kwaliteitsplan
      </Heading>
      <Paragraph>
        Onder de Regeling Kwaliteitsafspraken mbo 2024–2027 dient uw instelling een kwaliteitsplan in met kwantitatieve
        doelen voor inschaling, professionalisering, werkdruk en begeleiding van startend personeel. De studentenraad en
        de ondernemingsraad moeten instemmen. De Commissie Kwaliteitsafspraken adviseert; de minister besluit.
      </Paragraph>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      {result.status === 'loading' ? <Loading>Kwaliteitsplannen worden opgehaald…</Loading> : null}
      {result.status === 'failed' ? (
        <Failed what="de kwaliteitsplannen" message={result.error.message} onRetry={result.reload} />
      ) : null}
      {result.status === 'done' ? <Plans data={result.data} institutionId={institutionId} onDone={finish} /> : null}
      <OwnFundingSection institutionId={institutionId} />
    </section>
  );
}

function Plans({ data, institutionId, onDone }: { data: Data; institutionId: string; onDone: (m: string) => void }) {
  const plans = data.qualityPlans ?? [];
  const tranches = data.qualityTranches ?? [];
  const themes = data.qualityGoalThemes ?? [];
  const today = todayInNetherlands();
  const open = tranches.filter((t) => t.deadline >= today);
  const draft = plans.find((p) => p.status === 'DRAFT');
  const current = draft ?? plans.find((p) => p.status !== 'DRAFT' && p.tranche.deadline >= today) ?? plans.at(-1);
  return (
    <>
      {plans.length > 0 ? (
        <DataTable
          caption="Kwaliteitsplannen van uw instelling"
          columns={PLAN_COLUMNS}
          rows={plans}
          rowKey={(p) => p.id}
          csvName="kwaliteitsplannen"
        />
      ) : (
        <Paragraph>Uw instelling heeft nog geen kwaliteitsplan.</Paragraph>
      )}
      {draft ? (
        <>
          <PlanEditor
            key={`edit-${draft.id}`}
            institutionId={institutionId}
            themes={themes}
            tranches={open}
            plan={draft}
            onDone={onDone}
          />
          <ConsentForm plan={draft} onDone={onDone} />
          <SubmitPlan plan={draft} onDone={onDone} />
        </>
      ) : open.length > 0 &&
        !plans.some((p) => ['SUBMITTED', 'ADVISED'].includes(p.status) && p.tranche.deadline >= today) ? (
        <PlanEditor key="new" institutionId={institutionId} themes={themes} tranches={open} onDone={onDone} />
      ) : null}
      {current && current.status !== 'DRAFT' ? <PlanDetails plan={current} onDone={onDone} /> : null}
      {open.length === 0 ? <Paragraph>Er is nu geen tranche open om een plan in te dienen.</Paragraph> : null}
    </>
  );
}

function PlanEditor({
  institutionId,
  themes,
  tranches,
  plan,
  onDone,
}: {
  institutionId: string;
  themes: NonNullable<Data['qualityGoalThemes']>;
  tranches: Tranche[];
  plan?: Plan;
  onDone: (m: string) => void;
}) {
  const [form, setForm] = useState<PlanForm>(() => planFormOf(themes, plan, tranches[0]?.id ?? ''));
  const submission = useSubmission(planFieldOf(themes.length));
  const fields = planFields(themes.length);
  const ids = Object.fromEntries(fields.map((f) => [f, planFieldId(f)])) as Record<PlanField, string>;
  const labels = Object.fromEntries(
    fields.map((f) => {
      const goal = /^goals\.(\d+)\.(\w+)$/.exec(f);
      const theme = goal ? themes[Number(goal[1])]?.label : null;
      const part = { description: 'doel', baseline: 'nulmeting', target: 'streefwaarde', unit: 'eenheid' }[
        goal?.[2] ?? ''
      ];
      const plain: Record<string, string> = {
        title: 'Titel',
        trancheId: 'Tranche',
        goals: 'Doelen',
        'excellence.programmes': 'Excellentieprogramma’s',
        'excellence.participants': 'Deelnemers',
      };
      return [f, goal ? `${theme}: ${part}` : (plain[f] ?? f)];
    }),
  ) as Record<PlanField, string>;
  const setGoal = (index: number, key: (typeof GOAL_KEYS)[number]) => (value: string) =>
    setForm((f) => ({ ...f, goals: f.goals.map((g, i) => (i === index ? { ...g, [key]: value } : g)) }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(planFromForm(form), (input, idempotencyKey) =>
      mutationOutcome(
        async () =>
          (
            await graphqlRequest(saveQualityPlanMutation, {
              ...input,
              planId: plan?.id ?? null,
              institutionId,
              idempotencyKey,
            })
          ).data?.saveQualityPlan,
      ),
    );
    if (sent) onDone('Het concept van het kwaliteitsplan is opgeslagen.');
  };
  const errors = submission.fieldErrors;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="plan-editor-title">
      <Heading level={2} id="plan-editor-title">
        {plan ? 'Concept bewerken' : 'Nieuw kwaliteitsplan'}
      </Heading>
      <ErrorSummary errors={submission.summary(ids, labels)} title="Het plan is niet opgeslagen" />
      <TextField
        id={ids.title}
        label="Titel"
        value={form.title}
        onChange={(title) => setForm((f) => ({ ...f, title }))}
        error={errors.title}
      />
      <SelectField
        id={ids.trancheId}
        label="Tranche"
        value={form.trancheId}
        onChange={(trancheId) => setForm((f) => ({ ...f, trancheId }))}
        placeholder="Kies een tranche"
        options={tranches.map((t) => ({ value: t.id, label: trancheLabel(t) }))}
        error={errors.trancheId}
      />
      {form.goals.map((goal, i) => {
        const label = themes[i]?.label ?? goal.theme;
        return (
          <FieldGroup key={goal.theme} legend={`Doel: ${label}`} id={`plan-goal-${i}`}>
            <TextareaField
              id={planFieldId(`goals.${i}.description`)}
              label="Doel"
              value={goal.description}
              onChange={setGoal(i, 'description')}
              error={errors[`goals.${i}.description`]}
              rows={2}
            />
            <TextField
              id={planFieldId(`goals.${i}.baseline`)}
              label="Nulmeting"
              inputMode="numeric"
              size={8}
              value={goal.baseline}
              onChange={setGoal(i, 'baseline')}
              error={errors[`goals.${i}.baseline`]}
            />
            <TextField
              id={planFieldId(`goals.${i}.target`)}
              label="Streefwaarde"
              inputMode="numeric"
              size={8}
              value={goal.target}
              onChange={setGoal(i, 'target')}
              error={errors[`goals.${i}.target`]}
            />
            <TextField
              id={planFieldId(`goals.${i}.unit`)}
              label="Eenheid"
              description="Bijvoorbeeld: procent van de docenten."
              value={goal.unit}
              onChange={setGoal(i, 'unit')}
              error={errors[`goals.${i}.unit`]}
            />
          </FieldGroup>
        );
      })}
      <CheckboxField
        id="plan-excellence"
        label="Het plan heeft ook het thema excellentie (optioneel)"
        checked={form.excellence}
        onChange={(excellence) => setForm((f) => ({ ...f, excellence }))}
      />
      {form.excellence ? (
        <>
          <TextField
            id={ids['excellence.programmes']}
            label="Aantal excellentieprogramma’s"
            inputMode="numeric"
            size={6}
            value={form.programmes}
            onChange={(programmes) => setForm((f) => ({ ...f, programmes }))}
            error={errors['excellence.programmes']}
          />
          <TextField
            id={ids['excellence.participants']}
            label="Aantal deelnemers"
            inputMode="numeric"
            size={8}
            value={form.participants}
            onChange={(participants) => setForm((f) => ({ ...f, participants }))}
            error={errors['excellence.participants']}
          />
        </>
      ) : null}
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Concept opslaan
        </PrimaryActionButton>
      </div>
    </form>
  );
}

const CONSENT_IDS: Record<ConsentField, string> = {
  body: 'instemming-raad',
  given: 'instemming-besluit',
  date: 'instemming-datum',
  documentReference: 'instemming-document',
};
const CONSENT_LABELS: Record<ConsentField, string> = {
  body: 'Raad',
  given: 'Besluit van de raad',
  date: 'Datum van het besluit',
  documentReference: 'Vindplaats van het besluit',
};

function ConsentForm({ plan, onDone }: { plan: Plan; onDone: (m: string) => void }) {
  const empty = { body: '', given: '', date: todayInNetherlands(), documentReference: '' };
  const [form, setForm] = useState(empty);
  const submission = useSubmission(consentFieldOf);
  const set = (f: keyof typeof empty) => (value: string) => setForm((x) => ({ ...x, [f]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await submission.send(consentFromForm(form, todayInNetherlands()), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(recordConsentMutation, { planId: plan.id, ...input })).data?.recordQualityPlanConsent,
      ),
    );
    if (sent) {
      setForm(empty);
      onDone(
        `Het besluit van ${sent.body === 'STUDENT_COUNCIL' ? 'de studentenraad' : 'de ondernemingsraad'} is vastgelegd.`,
      );
    }
  };
  const errors = submission.fieldErrors;
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="instemming-title">
      <Heading level={2} id="instemming-title">
        Instemming van de raden
      </Heading>
      {plan.consents.length > 0 ? (
        <ul aria-label="Vastgelegde instemming">
          {plan.consents.map((c) => (
            <li key={c.body}>
              {c.bodyLabel[0]?.toUpperCase()}
              {c.bodyLabel.slice(1)}: {c.given ? 'ingestemd' : 'niet ingestemd'} op {formatDate(c.date)} (
              {c.documentReference})
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Nog geen besluit van de studentenraad of de ondernemingsraad vastgelegd.</Paragraph>
      )}
      <ErrorSummary errors={submission.summary(CONSENT_IDS, CONSENT_LABELS)} title="Het besluit is niet vastgelegd" />
      <SelectField
        id={CONSENT_IDS.body}
        label={CONSENT_LABELS.body}
        value={form.body}
        onChange={set('body')}
        placeholder="Kies de raad"
        options={[
          { value: 'STUDENT_COUNCIL', label: 'Studentenraad' },
          { value: 'WORKS_COUNCIL', label: 'Ondernemingsraad' },
        ]}
        error={errors.body}
      />
      <SelectField
        id={CONSENT_IDS.given}
        label={CONSENT_LABELS.given}
        value={form.given}
        onChange={set('given')}
        placeholder="Kies"
        options={[
          { value: 'yes', label: 'Ingestemd' },
          { value: 'no', label: 'Niet ingestemd' },
        ]}
        error={errors.given}
      />
      <TextField
        id={CONSENT_IDS.date}
        type="date"
        label={CONSENT_LABELS.date}
        value={form.date}
        onChange={set('date')}
        error={errors.date}
      />
      <TextField
        id={CONSENT_IDS.documentReference}
        label={CONSENT_LABELS.documentReference}
        description="Bijvoorbeeld het nummer van het besluit of de notulen."
        value={form.documentReference}
        onChange={set('documentReference')}
        error={errors.documentReference}
      />
      <div className="stelsel-actions">
        <PrimaryActionButton type="submit" aria-disabled={submission.busy || undefined}>
          Besluit vastleggen
        </PrimaryActionButton>
      </div>
    </form>
  );
}

function SubmitPlan({ plan, onDone }: { plan: Plan; onDone: (m: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    const outcome = await mutationOutcome(
      async () => (await graphqlRequest(submitQualityPlanMutation, { planId: plan.id })).data?.submitQualityPlan,
    );
    setBusy(false);
    if (outcome.ok) onDone('Het kwaliteitsplan is ingediend. De Commissie Kwaliteitsafspraken beoordeelt het.');
    else setError(outcome.message);
  };
  return (
    <section aria-labelledby="indienen-title">
      <Heading level={2} id="indienen-title">
        Indienen
      </Heading>
      {error ? <ErrorSummary errors={[{ fieldId: null, message: error }]} title="Het plan is niet ingediend" /> : null}
      {plan.hasAllConsents ? null : (
        <Paragraph>
          Let op: de studentenraad en de ondernemingsraad hebben nog niet allebei ingestemd. Zonder hun instemming kan
          de commissie alleen met een schriftelijke motivering positief adviseren.
        </Paragraph>
      )}
      <ConfirmAction
        trigger="Plan indienen"
        title="Controleer voordat u indient"
        confirm="Ja, indienen"
        onConfirm={submit}
        busy={busy}
      >
        <Paragraph>
          Na indienen kan het plan niet meer worden gewijzigd, behalve door het in te trekken en opnieuw in te dienen
          binnen de tranche ({trancheLabel(plan.tranche)}).
        </Paragraph>
      </ConfirmAction>
    </section>
  );
}

function PlanDetails({ plan, onDone }: { plan: Plan; onDone: (m: string) => void }) {
  return (
    <section aria-labelledby="plan-details-title">
      <Heading level={2} id="plan-details-title">
        {plan.title}: {plan.statusLabel}
      </Heading>
      <dl className="stelsel-facts">
        <dt>Tranche</dt>
        <dd>{trancheLabel(plan.tranche)}</dd>
        <dt>Instemming</dt>
        <dd>{plan.hasAllConsents ? 'Studentenraad en ondernemingsraad hebben ingestemd' : 'Niet van beide raden'}</dd>
        <dt>Advies van de commissie</dt>
        <dd>
          {plan.advice
            ? `${plan.advice.advice === 'POSITIVE' ? 'Positief' : 'Negatief'}${plan.advice.motivation ? `: ${plan.advice.motivation}` : ''}`
            : 'Nog niet gegeven'}
        </dd>
        <dt>Besluit van de minister</dt>
        <dd>
          {plan.decision
            ? `${plan.decision.decision === 'GRANT' ? 'Goedgekeurd' : 'Afgewezen'}${plan.decision.reason ? `: ${plan.decision.reason}` : ''}`
            : 'Nog niet genomen'}
        </dd>
        <dt>Allocatie</dt>
        <dd>
          {plan.allocation
            ? `${formatEuro(plan.allocation.amount)} per jaar carrièreperspectief (raming, ${plan.allocation.year}). ${plan.allocation.basis}`
            : 'Volgt na goedkeuring'}
        </dd>
      </dl>
      <Heading level={3}>Geschiedenis</Heading>
      <ol aria-label="Geschiedenis van het plan">
        {plan.history.map((h) => (
          <li key={`${h.at}-${h.label}`}>
            {formatDateTime(h.at)}: {h.label} ({roleLabelOf(h.role)}){h.detail ? ` — ${h.detail}` : ''}
          </li>
        ))}
      </ol>
      {plan.status === 'SUBMITTED' ? <WithdrawForm plan={plan} onDone={onDone} /> : null}
    </section>
  );
}

type WithdrawField = 'reason';
const withdrawFieldOf = fieldOf<WithdrawField>(['reason']);

function WithdrawForm({ plan, onDone }: { plan: Plan; onDone: (m: string) => void }) {
  const [reason, setReason] = useState('');
  const submission = useSubmission(withdrawFieldOf);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked =
      reason.trim().length >= 10
        ? { ok: true as const, input: { reason: reason.trim() } }
        : { ok: false as const, errors: { reason: 'Geef een reden van minstens 10 tekens.' } };
    const sent = await submission.send(checked, (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(withdrawQualityPlanMutation, { planId: plan.id, ...input })).data?.withdrawQualityPlan,
      ),
    );
    if (sent) onDone('Het plan is ingetrokken en weer een concept.');
  };
  return (
    <form className="stelsel-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="intrekken-title">
      <Heading level={3} id="intrekken-title">
        Plan intrekken
      </Heading>
      <Paragraph>Binnen de tranche kunt u het plan intrekken, aanpassen en opnieuw indienen.</Paragraph>
      <ErrorSummary
        errors={submission.summary({ reason: 'intrekken-reden' }, { reason: 'Reden' })}
        title="Het plan is niet ingetrokken"
      />
      <TextareaField
        id="intrekken-reden"
        label="Reden"
        value={reason}
        onChange={setReason}
        error={submission.fieldErrors.reason}
        rows={2}
      />
      <div className="stelsel-actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          aria-disabled={submission.busy || undefined}
        >
          Plan intrekken
        </button>
      </div>
    </form>
  );
}
