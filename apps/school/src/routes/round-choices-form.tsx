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
  SecondaryActionButton,
  SelectField,
  SuccessMessage,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import type { RoundPlaceFragment } from '../graphql/generated/graphql.ts';
import { eligiblePlacesQuery, submitChoicesMutation } from '../graphql/rounds.ts';
import { placeLabel, type Round, type RoundStudent, studentName } from './round-model.ts';
import { ACCESSIBLE_MARKER, PATHWAY_LABELS, rankedChoices } from './students.ts';

const CHOICE_SLOTS = 5;

/** The ranked choices of one student in a round, and whether they ask for an accessible place. */
export function ChoicesForm({ round, entry, onSaved }: { round: Round; entry: RoundStudent; onSaved: () => void }) {
  const s = entry.student;
  const places = useQuery(eligiblePlacesQuery, {
    filter: { qualificationCrebo: s.qualification.crebo, level: s.level, pathway: s.pathway, openOnly: true },
  });
  const [picks, setPicks] = useState<string[]>(() =>
    Array.from({ length: CHOICE_SLOTS }, (_, i) => entry.choices[i]?.id ?? ''),
  );
  const [accessible, setAccessible] = useState(entry.requestsAccessiblePlace);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = studentName(s);
  const prefix = `keuze-${s.id}`;

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
        const fieldId =
          answer.field === 'requestsAccessiblePlace'
            ? `${prefix}-toegankelijk`
            : answer.field === 'placeIds'
              ? `${prefix}-1`
              : null;
        setErrors([{ fieldId, message: answer.message }]);
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
          description="De beste keuze eerst; lege keuzes tellen niet mee."
        >
          {picks.map((pick, index) => (
            <SelectField
              key={`slot-${index + 1}`}
              id={`${prefix}-${index + 1}`}
              label={`${index + 1}e keuze`}
              value={pick}
              placeholder="Geen keuze"
              options={options}
              required={index === 0}
              onChange={(value) => setPicks((current) => current.map((v, i) => (i === index ? value : v)))}
              error={errors.find((e) => e.fieldId === `${prefix}-${index + 1}`)?.message}
            />
          ))}
        </FieldGroup>
      ) : null}
      <div className="stelsel-actions">
        <SecondaryActionButton type="submit">Keuzes opslaan voor {name}</SecondaryActionButton>
        {busy ? <Paragraph role="status">Bezig met opslaan…</Paragraph> : null}
      </div>
    </form>
  );
}
