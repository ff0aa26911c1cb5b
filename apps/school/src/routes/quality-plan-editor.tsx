import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import {
  CheckboxField,
  ErrorSummary,
  FieldGroup,
  Heading,
  PrimaryActionButton,
  SelectField,
  TextareaField,
  TextField,
  useSubmission,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import { saveQualityPlanMutation } from '../graphql/funding.ts';
import {
  type GOAL_KEYS,
  type PlanField,
  type PlanForm,
  planFieldId,
  planFieldOf,
  planFields,
  planFormOf,
  planFromForm,
} from './quality-plan-form.ts';
import { type Data, type Plan, type Tranche, trancheLabel } from './quality-plan-shared.ts';

/** The draft of a quality plan: a goal per theme the API names, and the optional excellence theme. */
export function PlanEditor({
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
