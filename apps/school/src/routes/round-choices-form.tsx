import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  CheckboxField,
  Empty,
  FieldGroup,
  FormFrame,
  Paragraph,
  QueryStatus,
  RouteLink,
  SecondaryActionButton,
  SelectField,
  SuccessMessage,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useEffect, useState } from 'react';
import type { RoundPlaceFragment } from '../graphql/generated/graphql.ts';
import { eligiblePlacesQuery, submitChoicesMutation } from '../graphql/rounds.ts';
import {
  choiceFieldId,
  initialSlots,
  placeHref,
  placeLabel,
  type Round,
  type RoundNav,
  type RoundStudent,
  studentName,
} from './round-model.ts';
import { ACCESSIBLE_MARKER, PATHWAY_LABELS, rankedChoices } from './students.ts';

/** The ranked choices of one student in a round (1 to the round's `maxChoices`), and whether they ask for an accessible place. */
export function ChoicesForm({
  round,
  entry,
  onSaved,
  nav,
}: {
  round: Round;
  entry: RoundStudent;
  onSaved: () => void;
  nav: RoundNav;
}) {
  const s = entry.student;
  const places = useQuery(eligiblePlacesQuery, {
    filter: { qualificationCrebo: s.qualification.crebo, level: s.level, pathway: s.pathway, openOnly: true },
  });
  const name = studentName(s);
  const prefix = `keuze-${s.id}`;
  // The form's fields are named by their element ids: `choiceFieldId` puts a back-end error at one of them.
  const slotId = (index: number) => `${prefix}-${index + 1}`;
  const accessibleId = `${prefix}-toegankelijk`;
  const slots = Array.from({ length: round.maxChoices }, (_, index) => slotId(index));
  const f = useForm({
    initial: () => ({
      picks: initialSlots(entry.choices, round.maxChoices),
      accessible: entry.requestsAccessiblePlace,
    }),
    ids: Object.fromEntries([accessibleId, ...slots].map((id) => [id, id])),
    labels: Object.fromEntries([
      [accessibleId, 'Vraagt een toegankelijke werkplek'],
      ...slots.map((id, index) => [id, `${index + 1}e keuze`]),
    ]),
    serverFields: (field) => choiceFieldId(prefix, field),
  });
  const { picks, accessible } = f.form;
  const [focusSlot, setFocusSlot] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);

  // After "Keuze toevoegen" the new, empty field gets focus.
  useEffect(() => {
    if (focusSlot === null) return;
    document.getElementById(slotId(focusSlot))?.focus();
    setFocusSlot(null);
  }, [focusSlot, prefix]);

  const inPeriod = (p: RoundPlaceFragment) => p.startsOn >= round.periodStart && p.endsOn <= round.periodEnd;
  const available = places.status === 'done' ? (places.data.places?.places ?? []).filter(inPeriod) : [];
  // Places already chosen stay selectable, even when they no longer show up in the filter.
  const known = new Map<string, RoundPlaceFragment>(entry.choices.map((p) => [p.id, p]));
  for (const p of available) known.set(p.id, p);
  const options = [...known.values()]
    .filter((p) => !accessible || p.inclusiveMarkers.includes(ACCESSIBLE_MARKER))
    .map((p) => ({ value: p.id, label: placeLabel(p) }));

  const submit = async () => {
    setSaved(false);
    const placeIds = rankedChoices(picks);
    const checked: FormResult<string[], string> =
      placeIds.length === 0
        ? { ok: false, errors: { [slotId(0)]: `Kies minstens één plaats voor ${name}.` } }
        : { ok: true, input: placeIds };
    const sent = await f.submission.send(checked, (input) =>
      mutationOutcome(async () => {
        const { data } = await graphqlRequest(submitChoicesMutation, {
          roundId: round.id,
          studentId: s.id,
          placeIds: input,
          requestsAccessiblePlace: accessible,
        });
        return data?.submitChoices;
      }),
    );
    if (sent) {
      setSaved(true);
      onSaved();
    }
  };

  // One panel per student, each with a secondary submit button.
  return (
    <FormFrame
      form={f}
      variant="panel"
      titleId={`${prefix}-titel`}
      title={`Keuzes van ${name}`}
      level={3}
      intro={
        <Paragraph>
          {s.qualification.name} ({s.qualification.crebo}), niveau {s.level}, {PATHWAY_LABELS[s.pathway]}.
        </Paragraph>
      }
      errorTitle={`De keuzes van ${name} zijn niet opgeslagen`}
      submitLabel={`Keuzes opslaan voor ${name}`}
      submitAppearance="secondary"
      onSubmit={submit}
      actions={f.submission.busy ? <Paragraph role="status">Bezig met opslaan…</Paragraph> : null}
    >
      {saved ? <SuccessMessage>De keuzes van {name} zijn opgeslagen.</SuccessMessage> : null}
      <CheckboxField
        id={accessibleId}
        label={f.labels[accessibleId]}
        checked={accessible}
        onChange={(on) => f.set('accessible', on)}
        description="Dan doen alleen toegankelijke werkplekken mee."
        error={f.errors[accessibleId]}
      />
      <QueryStatus result={places} what="de passende plaatsen" loading="Passende plaatsen worden geladen…" />
      {places.status === 'done' && options.length === 0 ? (
        <Empty>Er zijn nu geen open plaatsen die passen bij deze student en de periode van de ronde.</Empty>
      ) : null}
      {options.length > 0 ? (
        <FieldGroup
          id={`${prefix}-lijst`}
          legend={`Gerangschikte keuzes van ${name}`}
          description={`1 tot en met ${round.maxChoices} plaatsen, de beste keuze eerst; lege keuzes tellen niet mee.`}
        >
          {picks.map((pick, index) => {
            const picked = known.get(pick);
            return (
              <div key={`slot-${index + 1}`}>
                <SelectField
                  id={slotId(index)}
                  label={f.labels[slotId(index)]}
                  value={pick}
                  placeholder="Geen keuze"
                  options={options}
                  required={index === 0}
                  onChange={(value) =>
                    f.setForm((current) => ({
                      ...current,
                      picks: current.picks.map((v, i) => (i === index ? value : v)),
                    }))
                  }
                  error={f.errors[slotId(index)]}
                />
                {picked ? (
                  <Paragraph>
                    <RouteLink href={placeHref(nav.basePath, picked.id)} onNavigate={nav.navigate}>
                      Bekijk {picked.title} bij {picked.company.name}
                    </RouteLink>
                  </Paragraph>
                ) : null}
              </div>
            );
          })}
          {picks.length < round.maxChoices ? (
            <SecondaryActionButton
              type="button"
              onClick={() => {
                f.setForm((current) => ({ ...current, picks: [...current.picks, ''] }));
                setFocusSlot(picks.length);
              }}
            >
              Keuze toevoegen voor {name}
            </SecondaryActionButton>
          ) : null}
        </FieldGroup>
      ) : null}
    </FormFrame>
  );
}
