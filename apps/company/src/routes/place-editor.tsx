import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import {
  BusyStatus,
  CheckboxField,
  Empty,
  FieldGroup,
  FormFrame,
  SelectField,
  TextareaField,
  TextField,
  useForm,
} from '@stelsel/ui';
import { publishPlaceMutation, updatePlaceMutation } from '../graphql/places.ts';
import { INCLUSIVE_MARKER_LABELS, INCLUSIVE_MARKERS, PATHWAY_LABELS } from './labels.ts';
import {
  type Company,
  EMPTY_PLACE_FORM,
  formFromPlace,
  type Place,
  type PlaceField,
  placeInputFromForm,
} from './place-form.ts';

const FIELD_LABELS: Record<PlaceField, string> = {
  title: 'Titel',
  description: 'Wat de student doet en leert',
  pathway: 'Leerweg',
  qualificationCrebo: 'Kwalificatie',
  level: 'Niveau',
  capacity: 'Aantal studenten tegelijk',
  startsOn: 'Begindatum',
  endsOn: 'Einddatum',
  municipalityCode: 'CBS-gemeentecode van de werkplek',
  address: 'Straat en huisnummer',
  city: 'Plaats',
  hoursPerWeek: 'Uren per week',
  expenseAllowance: 'Onkostenvergoeding per maand (euro)',
  internshipWage: 'Stagevergoeding of loon per maand (euro)',
  inclusiveMarkers: 'Inclusieve werkplek',
};

const fieldId = (field: string) => `plaats-${field}`;

/** The summary links to each field; the inclusive markers to their first checkbox. */
const FIELD_IDS = Object.fromEntries(
  (Object.keys(FIELD_LABELS) as PlaceField[]).map((key) => [
    key,
    key === 'inclusiveMarkers' ? fieldId(`${key}-${INCLUSIVE_MARKERS[0]}`) : fieldId(key),
  ]),
) as Record<PlaceField, string>;

/**
 * The fields of a place: empty for a new one, filled in to edit one. It has no title of its own: `label` names it,
 * the page's title.
 */
export function PlaceForm({
  company,
  place,
  label,
  onSaved,
}: {
  company: Company;
  place: Place | null;
  label: string;
  onSaved: () => void;
}) {
  const f = useForm({
    initial: () =>
      place ? formFromPlace(place) : { ...EMPTY_PLACE_FORM, municipalityCode: company.municipality?.code ?? '' },
    ids: FIELD_IDS,
    labels: FIELD_LABELS,
  });
  const busy = f.submission.busy;
  const active = company.accreditations.filter((a) => a.status === 'ACTIVE');
  const qualificationOptions = active.map((a) => ({
    value: a.qualification.crebo,
    label: `${a.qualification.name} (crebo ${a.qualification.crebo}, niveau ${a.qualification.level})`,
  }));
  if (place && !qualificationOptions.some((o) => o.value === place.qualification.crebo)) {
    qualificationOptions.push({
      value: place.qualification.crebo,
      label: `${place.qualification.name} (crebo ${place.qualification.crebo}, erkenning niet actief)`,
    });
  }

  // One idempotency key per attempt (useSubmission): a retry of the same place after a lost answer publishes it once.
  const submit = async () => {
    const sent = await f.submission.send(placeInputFromForm(f.form), (input, idempotencyKey) =>
      mutationOutcome(async () =>
        place
          ? (await graphqlRequest(updatePlaceMutation, { id: place.id, input })).data?.updatePlace
          : (await graphqlRequest(publishPlaceMutation, { input, idempotencyKey })).data?.publishPlace,
      ),
    );
    if (sent) onSaved();
  };

  if (active.length === 0 && !place) {
    return (
      <Empty>
        Uw leerbedrijf heeft geen actieve erkenning. Alleen met een actieve erkenning van SBB kunt u een plaats
        publiceren.
      </Empty>
    );
  }

  return (
    <FormFrame
      form={f}
      label={label}
      errorTitle="Controleer het formulier"
      submitLabel={place ? 'Wijzigingen opslaan' : 'Plaats publiceren'}
      onSubmit={submit}
      after={<BusyStatus busy={busy}>Bezig met opslaan…</BusyStatus>}
    >
      <TextField {...f.bind('title')} description="3 tot 120 tekens." />
      <TextareaField {...f.bind('description')} />
      <SelectField
        {...f.bind('pathway')}
        placeholder="Kies een leerweg"
        options={[
          { value: 'BOL', label: PATHWAY_LABELS.BOL },
          { value: 'BBL', label: PATHWAY_LABELS.BBL },
        ]}
        onChange={(v) => f.set('pathway', v === 'BOL' || v === 'BBL' ? v : '')}
      />
      <SelectField
        {...f.bind('qualificationCrebo')}
        placeholder="Kies een kwalificatie"
        options={qualificationOptions}
        description="Alleen kwalificaties waarvoor uw erkenning actief is."
        onChange={(v) => {
          const accreditation = active.find((a) => a.qualification.crebo === v);
          f.setForm((current) => ({
            ...current,
            qualificationCrebo: v,
            level: accreditation ? String(accreditation.qualification.level) : current.level,
          }));
        }}
      />
      <SelectField
        {...f.bind('level')}
        placeholder="Kies een niveau"
        options={['1', '2', '3', '4'].map((l) => ({ value: l, label: `Niveau ${l}` }))}
        description="Gelijk aan het niveau van de kwalificatie."
      />
      <TextField {...f.bind('capacity')} inputMode="numeric" size={4} description="1 tot en met 500." />
      <TextField {...f.bind('startsOn')} type="date" />
      <TextField {...f.bind('endsOn')} type="date" description="Na de begindatum." />
      <TextField {...f.bind('address')} autoComplete="street-address" />
      <TextField {...f.bind('city')} autoComplete="address-level2" />
      <TextField
        {...f.bind('municipalityCode')}
        inputMode="numeric"
        size={4}
        description="4 cijfers, bijvoorbeeld 0599 voor Rotterdam."
      />
      <TextField {...f.bind('hoursPerWeek')} inputMode="numeric" size={2} description="1 tot en met 40." />
      <TextField
        {...f.bind('expenseAllowance')}
        inputMode="decimal"
        size={10}
        description="Bijvoorbeeld 350,00. Iedere student krijgt een onkostenvergoeding (Stagepact)."
      />
      <TextField
        {...f.bind('internshipWage')}
        required={false}
        inputMode="decimal"
        size={10}
        description="Bijvoorbeeld 450,00; leeg als er geen is."
      />
      <FieldGroup
        id={fieldId('inclusiveMarkers')}
        legend="Inclusieve werkplek (niet verplicht)"
        error={f.errors.inclusiveMarkers}
      >
        {INCLUSIVE_MARKERS.map((marker) => (
          <CheckboxField
            key={marker}
            id={fieldId(`inclusiveMarkers-${marker}`)}
            label={INCLUSIVE_MARKER_LABELS[marker]}
            checked={f.form.inclusiveMarkers.includes(marker)}
            onChange={(checked) =>
              f.set(
                'inclusiveMarkers',
                checked ? [...f.form.inclusiveMarkers, marker] : f.form.inclusiveMarkers.filter((m) => m !== marker),
              )
            }
          />
        ))}
      </FieldGroup>
    </FormFrame>
  );
}
