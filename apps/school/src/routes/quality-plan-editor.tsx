import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { CheckboxField, FieldGroup, FormFrame, SelectField, TextareaField, TextField, useForm } from '@stelsel/ui';
import { saveQualityPlanMutation } from '../graphql/funding.ts';
import {
  type GoalKey,
  type PlanField,
  planFieldId,
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
  const fields = planFields(themes.length);
  const ids = Object.fromEntries(fields.map((field) => [field, planFieldId(field)])) as Record<PlanField, string>;
  const labels = Object.fromEntries(
    fields.map((field) => {
      const goal = /^goals\.(\d+)\.(\w+)$/.exec(field);
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
      return [field, goal ? `${theme}: ${part}` : (plain[field] ?? field)];
    }),
  ) as Record<PlanField, string>;
  const f = useForm({ initial: () => planFormOf(themes, plan, tranches[0]?.id ?? ''), ids, labels });
  /** The props of a goal's or excellence field; its label on the page is not its line in the error summary. */
  const bindGoal = (index: number, key: GoalKey) => ({
    id: planFieldId(`goals.${index}.${key}`),
    value: f.form.goals[index]?.[key] ?? '',
    onChange: (value: string) =>
      f.setForm((form) => ({
        ...form,
        goals: form.goals.map((g, i) => (i === index ? { ...g, [key]: value } : g)),
      })),
    error: f.errors[`goals.${index}.${key}`],
  });
  const bindExcellence = (key: 'programmes' | 'participants') => ({
    id: planFieldId(`excellence.${key}`),
    value: f.form[key],
    onChange: (value: string) => f.set(key, value),
    error: f.errors[`excellence.${key}`],
  });
  const submit = async () => {
    const sent = await f.submission.send(planFromForm(f.form), (input, idempotencyKey) =>
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
  return (
    <FormFrame
      form={f}
      titleId="plan-editor-title"
      title={plan ? 'Concept bewerken' : 'Nieuw kwaliteitsplan'}
      errorTitle="Het plan is niet opgeslagen"
      submitLabel="Concept opslaan"
      onSubmit={submit}
    >
      <TextField {...f.bind('title')} />
      <SelectField
        {...f.bind('trancheId')}
        placeholder="Kies een tranche"
        options={tranches.map((t) => ({ value: t.id, label: trancheLabel(t) }))}
      />
      {f.form.goals.map((goal, i) => {
        const label = themes[i]?.label ?? goal.theme;
        return (
          <FieldGroup key={goal.theme} legend={`Doel: ${label}`} id={`plan-goal-${i}`}>
            <TextareaField {...bindGoal(i, 'description')} label="Doel" rows={2} />
            <TextField {...bindGoal(i, 'baseline')} label="Nulmeting" inputMode="numeric" size={8} />
            <TextField {...bindGoal(i, 'target')} label="Streefwaarde" inputMode="numeric" size={8} />
            <TextField {...bindGoal(i, 'unit')} label="Eenheid" description="Bijvoorbeeld: procent van de docenten." />
          </FieldGroup>
        );
      })}
      <CheckboxField
        id="plan-excellence"
        label="Het plan heeft ook het thema excellentie (optioneel)"
        checked={f.form.excellence}
        onChange={(excellence) => f.set('excellence', excellence)}
      />
      {f.form.excellence ? (
        <>
          <TextField
            {...bindExcellence('programmes')}
            label="Aantal excellentieprogramma’s"
            inputMode="numeric"
            size={6}
          />
          <TextField {...bindExcellence('participants')} label="Aantal deelnemers" inputMode="numeric" size={8} />
        </>
      ) : null}
    </FormFrame>
  );
}
