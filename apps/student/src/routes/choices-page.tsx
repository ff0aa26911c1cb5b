import { failureMessage, graphqlRequest, isUserError, useQuery } from '@stelsel/client';
import { formatMomentWithTime } from '@stelsel/placements-react';
import {
  CheckboxField,
  type Column,
  DataTable,
  Empty,
  FieldGroup,
  type FormError,
  FormFrame,
  Heading,
  Paragraph,
  QueryStatus,
  RouteLink,
  SecondaryActionButton,
  SelectField,
  SuccessMessage,
} from '@stelsel/ui';
import { useEffect, useRef, useState } from 'react';
import type { StudentMyRoundsQuery, StudentPlaceFragment } from '../graphql/generated/graphql.ts';
import { eligiblePlacesQuery, myRoundsQuery, submitChoicesMutation } from '../graphql/rounds.ts';
import {
  checkChoices,
  errorFieldId,
  initialPicks,
  isAccessible,
  mayChoose,
  outcomePlacementText,
  outcomeSummary,
  placeOptions,
  ROUND_STATUS_TEXT,
  slotId,
} from './choices.ts';
import { periodText } from './my-placement.ts';
import { placeHref } from './paths.ts';

type Me = NonNullable<StudentMyRoundsQuery['me']>;
type Round = Me['matchingRounds'][number];
type Choice = Round['choices'][number];

/** Links to the place pages keep the app's own navigation (no reload). */
interface Nav {
  basePath: string;
  navigate: (href: string) => void;
}

const choiceColumns = ({ basePath, navigate }: Nav): Column<Choice>[] => [
  { key: 'rank', header: 'Keuze', rowHeader: true, numeric: true, cell: (c) => `${c.rank}e` },
  {
    key: 'title',
    header: 'Plaats',
    cell: (c) => (
      <RouteLink href={placeHref(basePath, c.place.id)} onNavigate={navigate}>
        {c.place.title}
      </RouteLink>
    ),
    text: (c) => c.place.title,
  },
  { key: 'company', header: 'Leerbedrijf', cell: (c) => c.place.company.name },
  { key: 'city', header: 'Werkplek in', cell: (c) => c.place.city },
  { key: 'period', header: 'Periode', cell: (c) => periodText(c.place.startsOn, c.place.endsOn) },
  { key: 'accessible', header: 'Toegankelijk', cell: (c) => (isAccessible(c.place) ? 'Ja' : 'Nee') },
];

/** Mijn keuzes: the matching rounds the student is in, the own ranked choices, and the outcome once confirmed. */
export function ChoicesPage(nav: Nav) {
  const result = useQuery(myRoundsQuery, {});
  // Keep showing the rounds while they reload after saving, so the form, its message and focus stay put.
  const last = useRef<{ me: Me | null } | null>(null);
  if (result.status === 'done') last.current = { me: result.data.me ?? null };
  const shown = result.status === 'failed' ? null : last.current;
  const me = shown?.me ?? null;
  return (
    <section aria-labelledby="choices-title">
      <Heading level={1} id="choices-title">
        Mijn keuzes
      </Heading>
      <Paragraph>
        Bij stagematching kies je zelf de plaatsen die je het liefst wilt, de beste eerst. Je school matcht daarna
        eerlijk: alleen je keuzes en een loting tellen, niet je naam, afkomst, geslacht of leeftijd.
      </Paragraph>
      <QueryStatus
        result={result}
        what="je stagematchingsrondes"
        loading="Je stagematchingsrondes worden geladen…"
        showing={shown}
      />
      {shown && !shown.me ? (
        <Empty>We vinden je gegevens als student niet. Neem contact op met je school.</Empty>
      ) : null}
      {me && me.matchingRounds.length === 0 ? (
        <Empty>
          Je doet nog niet mee aan een stagematchingsronde. Zodra je school je in een ronde zet, geef je hier je keuzes
          door.
        </Empty>
      ) : null}
      {me
        ? me.matchingRounds.map((round) => (
            <RoundSection key={round.id} me={me} round={round} onSaved={result.reload} nav={nav} />
          ))
        : null}
    </section>
  );
}

function RoundSection({ me, round, onSaved, nav }: { me: Me; round: Round; onSaved: () => void; nav: Nav }) {
  const titleId = `${slotId(round.id, 0)}-ronde`;
  return (
    <section aria-labelledby={titleId} className="stelsel-panel">
      <Heading level={2} id={titleId}>
        {round.name}
      </Heading>
      <dl className="stelsel-facts">
        <dt>Stand</dt>
        <dd>{ROUND_STATUS_TEXT[round.status]}</dd>
        <dt>Periode van de ronde</dt>
        <dd>{periodText(round.periodStart, round.periodEnd)}</dd>
        <dt>Toegankelijke werkplek gevraagd</dt>
        <dd>{round.requestsAccessiblePlace ? 'Ja' : 'Nee'}</dd>
        <dt>Keuzes doorgegeven</dt>
        <dd>{round.choicesSubmittedAt ? formatMomentWithTime(round.choicesSubmittedAt) : 'Nog niet'}</dd>
      </dl>
      <Heading level={3}>Jouw keuzes</Heading>
      {round.choices.length === 0 ? (
        <Empty>Je hebt in deze ronde nog geen keuzes doorgegeven.</Empty>
      ) : (
        <DataTable
          caption={`Jouw keuzes in ${round.name}, de beste eerst`}
          columns={choiceColumns(nav)}
          rows={round.choices}
          rowKey={(c) => c.place.id}
        />
      )}
      <Heading level={3}>Uitkomst</Heading>
      <Outcome me={me} round={round} nav={nav} />
      {mayChoose(round) ? <ChoicesForm me={me} round={round} onSaved={onSaved} nav={nav} /> : null}
    </section>
  );
}

function Outcome({ me, round, nav }: { me: Me; round: Round; nav: Nav }) {
  const outcome = outcomeSummary(round);
  const placement = outcomePlacementText(outcome, me);
  switch (outcome.kind) {
    case 'pending':
      return <Paragraph>De uitkomst zie je hier zodra je school de ronde heeft bevestigd.</Paragraph>;
    case 'none':
      return <Paragraph>Je hebt in deze ronde geen plaats gekregen. {outcome.reason}</Paragraph>;
    case 'placed':
      return (
        <>
          <Paragraph>
            Je school heeft je in deze ronde gematcht aan{' '}
            <RouteLink href={placeHref(nav.basePath, outcome.place.id)} onNavigate={nav.navigate}>
              {outcome.place.title}
            </RouteLink>{' '}
            bij <strong>{outcome.place.company.name}</strong> in {outcome.place.city},{' '}
            {periodText(outcome.place.startsOn, outcome.place.endsOn)}. {outcome.reason}
          </Paragraph>
          <Paragraph>
            <strong>Stand van je plaatsing:</strong>{' '}
            {placement ?? 'deze match is niet je plaatsing van nu; die staat bij Mijn stage.'}
          </Paragraph>
        </>
      );
  }
}

function ChoicesForm({ me, round, onSaved, nav }: { me: Me; round: Round; onSaved: () => void; nav: Nav }) {
  const places = useQuery(eligiblePlacesQuery, {
    filter: { qualificationCrebo: me.qualification.crebo, level: me.level, pathway: me.pathway, openOnly: true },
  });
  const [picks, setPicks] = useState<string[]>(() => initialPicks(round.choices, round.maxChoices));
  const [accessible, setAccessible] = useState(round.requestsAccessiblePlace);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [focusSlot, setFocusSlot] = useState<number | null>(null);
  const accessibleId = `${slotId(round.id, 0)}-toegankelijk`;
  const listId = `${slotId(round.id, 0)}-lijst`;
  const formTitleId = `${slotId(round.id, 0)}-formulier`;

  // After "Keuze toevoegen" the new, empty field gets focus.
  useEffect(() => {
    if (focusSlot === null) return;
    document.getElementById(slotId(round.id, focusSlot))?.focus();
    setFocusSlot(null);
  }, [focusSlot, round.id]);

  const available: readonly StudentPlaceFragment[] = places.status === 'done' ? (places.data.places?.places ?? []) : [];
  const chosen = round.choices.map((c) => c.place);
  const options = placeOptions(available, chosen, round, accessible);
  const known = new Map<string, StudentPlaceFragment>([...available, ...chosen].map((p) => [p.id, p]));
  const accessibleIds = new Set([...known.values()].filter(isAccessible).map((p) => p.id));

  const submit = async () => {
    if (busy) return;
    setSaved(false);
    const checked = checkChoices(round.id, picks, { requested: accessible, accessibleIds }, round.maxChoices);
    setErrors(checked.errors);
    if (checked.errors.length > 0) return;
    setBusy(true);
    try {
      const { data } = await graphqlRequest(submitChoicesMutation, {
        roundId: round.id,
        studentId: me.id,
        placeIds: checked.placeIds,
        requestsAccessiblePlace: accessible,
      });
      const answer = data?.submitChoices;
      if (!answer) setErrors([{ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' }]);
      else if (isUserError(answer)) {
        setErrors([{ fieldId: errorFieldId(round.id, answer.field, accessibleId), message: answer.message }]);
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

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  // Its own state, not useForm's: the choices are a list of slots that grows, and `checkChoices` names each slot's
  // error by the slot's id.
  return (
    <FormFrame
      form={{ summary: errors, submission: { busy } }}
      titleId={formTitleId}
      title="Keuzes doorgeven"
      level={3}
      intro={
        <Paragraph>
          Kies 1 tot en met {round.maxChoices} plaatsen die passen bij je opleiding ({me.qualification.name}), je niveau
          en je leerweg, de beste eerst. Opnieuw doorgeven vervangt je vorige keuzes. Dat kan tot je school de matching
          draait.
        </Paragraph>
      }
      errorTitle="Je keuzes zijn niet opgeslagen"
      submitLabel="Keuzes opslaan"
      onSubmit={submit}
      actions={busy ? <Paragraph role="status">Bezig met opslaan…</Paragraph> : null}
    >
      {saved ? <SuccessMessage>Je keuzes zijn opgeslagen.</SuccessMessage> : null}
      <CheckboxField
        id={accessibleId}
        label="Ik heb een toegankelijke werkplek nodig"
        checked={accessible}
        onChange={setAccessible}
        description="Dan doen alleen toegankelijke werkplekken mee. Leerbedrijven zien dit niet."
        error={errorFor(accessibleId)}
      />
      <QueryStatus result={places} what="de passende plaatsen" loading="Passende plaatsen worden geladen…" />
      {places.status === 'done' && places.data.places?.hasNextPage ? (
        <Paragraph>Er zijn meer passende plaatsen dan in de lijst passen; de eerste 200 staan erin.</Paragraph>
      ) : null}
      {places.status === 'done' && options.length === 0 ? (
        <Empty>Er zijn nu geen open plaatsen die passen bij jouw opleiding en de periode van deze ronde.</Empty>
      ) : null}
      {options.length > 0 ? <PlaceLinks places={options.map((o) => known.get(o.value))} nav={nav} /> : null}
      {options.length > 0 ? (
        <FieldGroup
          id={listId}
          legend="Jouw keuzes, de beste eerst"
          description="Lege keuzes tellen niet mee. Dezelfde plaats mag maar één keer in je lijst staan."
        >
          {picks.map((pick, index) => {
            const picked = known.get(pick);
            return (
              <div key={slotId(round.id, index)}>
                <SelectField
                  id={slotId(round.id, index)}
                  label={`${index + 1}e keuze`}
                  value={pick}
                  placeholder="Geen keuze"
                  options={options}
                  required={index === 0}
                  onChange={(value) => setPicks((current) => current.map((v, i) => (i === index ? value : v)))}
                  error={errorFor(slotId(round.id, index))}
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
              Keuze toevoegen
            </SecondaryActionButton>
          ) : null}
        </FieldGroup>
      ) : null}
    </FormFrame>
  );
}

/**
 * Every place the student can pick, each linked to its page, so nobody chooses from titles alone. Folded
 * away by default: the list can be long (up to 200).
 */
function PlaceLinks({ places, nav }: { places: ReadonlyArray<StudentPlaceFragment | undefined>; nav: Nav }) {
  const shown = places.filter((p): p is StudentPlaceFragment => p !== undefined);
  return (
    <details>
      <summary>Bekijk de passende plaatsen eerst ({shown.length})</summary>
      <ul>
        {shown.map((place) => (
          <li key={place.id}>
            <RouteLink href={placeHref(nav.basePath, place.id)} onNavigate={nav.navigate}>
              {place.title} bij {place.company.name}, {place.city}
            </RouteLink>
          </li>
        ))}
      </ul>
    </details>
  );
}
