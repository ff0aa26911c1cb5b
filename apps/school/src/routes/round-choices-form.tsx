import { failureMessage, graphqlRequest, isUserError, useQuery } from '@stelsel/client';
import {
  CheckboxField,
  Empty,
  ErrorSummary,
  Failed,
  FieldGroup,
  type FormError,
  Heading,
  Loading,
  Paragraph,
  RouteLink,
  SecondaryActionButton,
  SelectField,
  SuccessMessage,
} from '@stelsel/ui';
import { type FormEvent, useEffect, useState } from 'react';
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
  const [picks, setPicks] = useState<string[]>(() => initialSlots(entry.choices, round.maxChoices));
  const [focusSlot, setFocusSlot] = useState<number | null>(null);
  const [accessible, setAccessible] = useState(entry.requestsAccessiblePlace);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = studentName(s);
  const prefix = `keuze-${s.id}`;

  // After "Keuze toevoegen" the new, empty field gets focus.
  useEffect(() => {
    if (focusSlot === null) return;
    document.getElementById(`${prefix}-${focusSlot + 1}`)?.focus();
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const placeIds = rankedChoices(picks);
    if (placeIds.length === 0) {
      setErrors([{ fieldId: `${prefix}-1`, message: `Kies minstens één plaats voor ${name}.` }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const { data } = await graphqlRequest(submitChoicesMutation, {
        roundId: round.id,
        studentId: s.id,
        placeIds,
        requestsAccessiblePlace: accessible,
      });
      const answer = data?.submitChoices;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (isUserError(answer)) {
        setErrors([{ fieldId: choiceFieldId(prefix, answer.field), message: answer.message }]);
      } else {
        setSaved(true);
        onSaved();
      }
    } catch (error) {
      setErrors([{ fieldId: null, message: failureMessage(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stelsel-form stelsel-panel" noValidate onSubmit={submit} aria-labelledby={`${prefix}-titel`}>
      <Heading level={3} id={`${prefix}-titel`}>
        Keuzes van {name}
      </Heading>
      <Paragraph>
        {s.qualification.name} ({s.qualification.crebo}), niveau {s.level}, {PATHWAY_LABELS[s.pathway]}.
      </Paragraph>
      <ErrorSummary errors={errors} title={`De keuzes van ${name} zijn niet opgeslagen`} />
      {saved ? <SuccessMessage>De keuzes van {name} zijn opgeslagen.</SuccessMessage> : null}
      <CheckboxField
        id={`${prefix}-toegankelijk`}
        label="Vraagt een toegankelijke werkplek"
        checked={accessible}
        onChange={setAccessible}
        description="Dan doen alleen toegankelijke werkplekken mee."
        error={errors.find((e) => e.fieldId === `${prefix}-toegankelijk`)?.message}
      />
      {places.status === 'loading' ? <Loading>Passende plaatsen worden geladen…</Loading> : null}
      {places.status === 'failed' ? (
        <Failed what="de passende plaatsen" message={places.error.message} onRetry={places.reload} />
      ) : null}
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
                  id={`${prefix}-${index + 1}`}
                  label={`${index + 1}e keuze`}
                  value={pick}
                  placeholder="Geen keuze"
                  options={options}
                  required={index === 0}
                  onChange={(value) => setPicks((current) => current.map((v, i) => (i === index ? value : v)))}
                  error={errors.find((e) => e.fieldId === `${prefix}-${index + 1}`)?.message}
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
                setPicks((current) => [...current, '']);
                setFocusSlot(picks.length);
              }}
            >
              Keuze toevoegen voor {name}
            </SecondaryActionButton>
          ) : null}
        </FieldGroup>
      ) : null}
      <div className="stelsel-actions">
        <SecondaryActionButton type="submit">Keuzes opslaan voor {name}</SecondaryActionButton>
        {busy ? <Paragraph role="status">Bezig met opslaan…</Paragraph> : null}
      </div>
    </form>
  );
}
