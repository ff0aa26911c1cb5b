import { failureMessage, graphqlRequest, isUserError } from '@stelsel/client';
import {
  ErrorSummary,
  type FormError,
  Heading,
  Paragraph,
  SecondaryActionButton,
  SuccessMessage,
  TextareaField,
} from '@stelsel/ui';
import { type FormEvent, useState } from 'react';
import { closePlaceMutation, reopenPlaceMutation } from '../graphql/places.ts';
import { PLACE_STATUS_LABELS } from './labels.ts';
import type { Place } from './place-form.ts';

/** Close an open place with a reason, or reopen a closed one. */
export function ClosePlace({ place, onChanged }: { place: Place; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setDone(null);
    if (place.status === 'OPEN' && reason.trim().length < 3) {
      setError({ fieldId: 'sluiten-reden', message: 'Geef een reden van minstens 3 tekens.' });
      return;
    }
    setBusy(true);
    try {
      const answer =
        place.status === 'OPEN'
          ? (await graphqlRequest(closePlaceMutation, { id: place.id, reason: reason.trim() })).data?.closePlace
          : (await graphqlRequest(reopenPlaceMutation, { id: place.id })).data?.reopenPlace;
      if (!answer) setError({ fieldId: null, message: 'Er kwam geen antwoord terug. Probeer het opnieuw.' });
      else if (isUserError(answer))
        setError({ fieldId: answer.field === 'reason' ? 'sluiten-reden' : null, message: answer.message });
      else {
        setDone(place.status === 'OPEN' ? 'De plaats is gesloten.' : 'De plaats staat weer open.');
        setReason('');
        onChanged();
      }
    } catch (e) {
      setError({ fieldId: null, message: failureMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stelsel-form" noValidate onSubmit={run} aria-labelledby="close-title">
      <Heading level={2} id="close-title">
        {place.status === 'OPEN' ? 'Plaats sluiten' : 'Plaats weer openzetten'}
      </Heading>
      <Paragraph>
        Status nu: <strong>{PLACE_STATUS_LABELS[place.status]}</strong>
        {place.closedReason ? ` (reden: ${place.closedReason})` : ''}. Bezet: {place.seatsTaken} van {place.capacity}.
      </Paragraph>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      <ErrorSummary errors={error ? [error] : []} title="De plaats is niet gewijzigd" />
      {place.status === 'OPEN' ? (
        <TextareaField
          id="sluiten-reden"
          label="Reden van sluiten"
          description="Deze reden blijft bewaard, voor u en SBB."
          value={reason}
          onChange={setReason}
          error={error?.fieldId === 'sluiten-reden' ? error.message : undefined}
          rows={3}
        />
      ) : null}
      <div className="stelsel-actions">
        {place.status === 'OPEN' ? (
          <SecondaryActionButton type="submit">Plaats sluiten</SecondaryActionButton>
        ) : (
          <SecondaryActionButton type="submit">Plaats weer openzetten</SecondaryActionButton>
        )}
      </div>
    </form>
  );
}
