import { graphqlRequest, mutationOutcome, roleLabelOf, useQuery } from '@stelsel/client';
import {
  type Column,
  DataTable,
  FormFrame,
  formatDate,
  formatDateTime,
  formatEuro,
  formatInteger,
  Heading,
  Paragraph,
  QueryStatus,
  SelectField,
  SuccessMessage,
  TextareaField,
  useForm,
} from '@stelsel/ui';
import { useState } from 'react';
import { adviseQualityPlanMutation, decideQualityPlanMutation, ministryQualityPlanQuery } from '../graphql/funding.ts';
import type { MinistryQualityPlanQuery } from '../graphql/generated/graphql.ts';
import { type AdviceField, adviceFromForm, type DecisionField, decisionFromForm } from './quality-plan-decision.ts';

type Plan = NonNullable<MinistryQualityPlanQuery['qualityPlan']>;
type Goal = Plan['goals'][number];

const GOAL_COLUMNS: Column<Goal>[] = [
  { key: 'theme', header: 'Thema', rowHeader: true, cell: (g) => g.themeLabel },
  { key: 'description', header: 'Doel', cell: (g) => g.description },
  { key: 'baseline', header: 'Nulmeting', numeric: true, cell: (g) => formatInteger(g.baseline) },
  { key: 'target', header: 'Streefwaarde', numeric: true, cell: (g) => formatInteger(g.target) },
  { key: 'unit', header: 'Eenheid', cell: (g) => g.unit },
];

/** One plan: goals, consents, the commission's advice and the minister's decision, and its history (issue 11). */
export function QualityPlanPage({
  id,
  basePath,
  navigate,
}: {
  id: string;
  basePath: string;
  navigate: (href: string) => void;
}) {
  const result = useQuery(ministryQualityPlanQuery, { id });
  const [done, setDone] = useState<string | null>(null);
  const back = `${basePath}/kwaliteitsplannen`;
  const finish = (message: string) => {
    setDone(message);
    result.reload();
  };
  const plan = result.status === 'done' ? result.data.qualityPlan : null;
  return (
    <section aria-labelledby="plan-title">
      <Paragraph>
        <a
          href={back}
          onClick={(event) => {
            event.preventDefault();
            navigate(back);
          }}
        >
          Terug naar de kwaliteitsplannen
        </a>
      </Paragraph>
      <Heading level={1} id="plan-title">
        {plan ? `Kwaliteitsplan ${plan.institution?.name ?? plan.institutionId}` : 'Kwaliteitsplan'}
      </Heading>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <QueryStatus result={result} what="het plan" loading="Het plan wordt opgehaald…" />
      {result.status === 'done' && !plan ? <Paragraph>Dit kwaliteitsplan bestaat niet.</Paragraph> : null}
      {plan ? (
        <>
          <dl className="stelsel-facts">
            <dt>Stand</dt>
            <dd>{plan.statusLabel}</dd>
            <dt>Tranche</dt>
            <dd>
              {plan.tranche.number}e tranche {plan.tranche.year}, uiterlijk {formatDate(plan.tranche.deadline)}
            </dd>
            <dt>Ingediend op</dt>
            <dd>{plan.submittedOn ? formatDate(plan.submittedOn) : 'Nog niet ingediend'}</dd>
            <dt>Excellentie</dt>
            <dd>
              {plan.excellence
                ? `${formatInteger(plan.excellence.programmes)} programma’s, ${formatInteger(plan.excellence.participants)} deelnemers`
                : 'Geen (optioneel thema)'}
            </dd>
            <dt>Allocatie</dt>
            <dd>
              {plan.allocation
                ? `${formatEuro(plan.allocation.amount)} per jaar carrièreperspectief (raming). ${plan.allocation.basis}`
                : 'Volgt na goedkeuring'}
            </dd>
          </dl>
          <DataTable
            caption="Kwantitatieve doelen"
            columns={GOAL_COLUMNS}
            rows={plan.goals}
            rowKey={(g) => g.theme}
            csvName="doelen"
          />
          <Heading level={2}>Instemming</Heading>
          {plan.consents.length === 0 ? <Paragraph>Geen besluit van de raden vastgelegd.</Paragraph> : null}
          <ul aria-label="Instemming van de raden">
            {plan.consents.map((c) => (
              <li key={c.body}>
                {c.bodyLabel}: {c.given ? 'ingestemd' : 'niet ingestemd'} op {formatDate(c.date)} ({c.documentReference}
                )
              </li>
            ))}
          </ul>
          {plan.advice ? (
            <Paragraph>
              <strong>Advies van de commissie:</strong> {plan.advice.advice === 'POSITIVE' ? 'positief' : 'negatief'}
              {plan.advice.withoutConsent ? ' (zonder instemming van beide raden)' : ''}
              {plan.advice.motivation ? `. ${plan.advice.motivation}` : ''}
            </Paragraph>
          ) : null}
          {plan.decision ? (
            <Paragraph>
              <strong>Besluit van de minister:</strong>{' '}
              {plan.decision.decision === 'GRANT' ? 'goedgekeurd' : 'afgewezen'}
              {plan.decision.reason ? `. ${plan.decision.reason}` : ''}
            </Paragraph>
          ) : null}
          {plan.status === 'SUBMITTED' ? <AdviceForm plan={plan} onDone={finish} /> : null}
          {plan.status === 'ADVISED' && plan.advice ? (
            <DecisionForm plan={plan} advice={plan.advice.advice} onDone={finish} />
          ) : null}
          <Heading level={2}>Geschiedenis</Heading>
          <ol aria-label="Geschiedenis van het plan">
            {plan.history.map((h) => (
              <li key={`${h.at}-${h.label}`}>
                {formatDateTime(h.at)}: {h.label} ({roleLabelOf(h.role)}){h.detail ? ` — ${h.detail}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

const ADVICE_IDS: Record<AdviceField, string> = { advice: 'advies-keuze', motivation: 'advies-motivering' };
const ADVICE_LABELS: Record<AdviceField, string> = { advice: 'Advies', motivation: 'Motivering' };

function AdviceForm({ plan, onDone }: { plan: Plan; onDone: (m: string) => void }) {
  const f = useForm({ initial: { advice: '', motivation: '' }, ids: ADVICE_IDS, labels: ADVICE_LABELS });
  const submit = async () => {
    const sent = await f.submission.send(adviceFromForm(f.form, plan.hasAllConsents), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(adviseQualityPlanMutation, { planId: plan.id, ...input })).data?.adviseQualityPlan,
      ),
    );
    if (sent) onDone('Het advies van de commissie is vastgelegd.');
  };
  return (
    <FormFrame
      form={f}
      titleId="advies-title"
      title="Advies van de Commissie Kwaliteitsafspraken"
      intro={
        plan.hasAllConsents ? null : (
          <Paragraph>
            De studentenraad en de ondernemingsraad hebben niet allebei ingestemd. Een positief advies kan alleen met
            een schriftelijke motivering.
          </Paragraph>
        )
      }
      errorTitle="Het advies is niet vastgelegd"
      submitLabel="Advies vastleggen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('advice')}
        placeholder="Kies"
        options={[
          { value: 'POSITIVE', label: 'Positief' },
          { value: 'NEGATIVE', label: 'Negatief' },
        ]}
      />
      <TextareaField {...f.bind('motivation')} required={!plan.hasAllConsents || f.form.advice === 'NEGATIVE'} />
    </FormFrame>
  );
}

const DECISION_IDS: Record<DecisionField, string> = { decision: 'besluit-keuze', reason: 'besluit-toelichting' };
const DECISION_LABELS: Record<DecisionField, string> = { decision: 'Besluit', reason: 'Toelichting' };

function DecisionForm({
  plan,
  advice,
  onDone,
}: {
  plan: Plan;
  advice: 'POSITIVE' | 'NEGATIVE';
  onDone: (m: string) => void;
}) {
  const f = useForm({ initial: { decision: '', reason: '' }, ids: DECISION_IDS, labels: DECISION_LABELS });
  const submit = async () => {
    const sent = await f.submission.send(decisionFromForm(f.form, advice), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(decideQualityPlanMutation, { planId: plan.id, ...input })).data?.decideQualityPlan,
      ),
    );
    if (sent)
      onDone(
        sent.decision === 'GRANT'
          ? 'Het plan is goedgekeurd; de allocatie staat bij het plan.'
          : 'Het plan is afgewezen.',
      );
  };
  return (
    <FormFrame
      form={f}
      titleId="besluit-title"
      title="Besluit van de minister"
      errorTitle="Het besluit is niet vastgelegd"
      submitLabel="Besluit vastleggen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('decision')}
        placeholder="Kies"
        options={[
          { value: 'GRANT', label: 'Goedkeuren en toekennen' },
          { value: 'REFUSE', label: 'Afwijzen' },
        ]}
      />
      <TextareaField {...f.bind('reason')} required={f.form.decision === 'REFUSE'} />
    </FormFrame>
  );
}
