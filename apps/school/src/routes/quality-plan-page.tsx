import { roleLabelOf, useQuery } from '@stelsel/client';
import { todayInNetherlands } from '@stelsel/placements-common';
import {
  type Column,
  DataTable,
  formatDate,
  formatDateTime,
  formatEuro,
  Heading,
  Paragraph,
  QueryStatus,
  SuccessMessage,
} from '@stelsel/ui';
import { useState } from 'react';
import { schoolQualityPlansQuery } from '../graphql/funding.ts';
import { OwnFundingSection } from './own-funding-section.tsx';
import { PlanEditor } from './quality-plan-editor.tsx';
import { type Data, type Plan, trancheLabel } from './quality-plan-shared.ts';
import { ConsentForm, SubmitPlan, WithdrawForm } from './quality-plan-steps.tsx';

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
      <QueryStatus result={result} what="de kwaliteitsplannen" loading="Kwaliteitsplannen worden opgehaald…" />
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
