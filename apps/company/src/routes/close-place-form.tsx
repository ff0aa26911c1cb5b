import { graphqlRequest, mutationOutcome } from '@stelsel/client';
import { FormFrame, Paragraph, SuccessMessage, TextareaField, useForm } from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
import { closePlaceMutation, reopenPlaceMutation } from '../graphql/places.ts';
import { PLACE_STATUS_LABELS } from './labels.ts';
import type { Place } from './place-form.ts';

/** A reason of at least 3 characters to close an open place; reopening a closed one needs none. */
function closingFromForm(open: boolean, reason: string): FormResult<{ reason: string }, 'reason'> {
  const clean = reason.trim();
  if (open && clean.length < 3) return { ok: false, errors: { reason: 'Geef een reden van minstens 3 tekens.' } };
  return { ok: true, input: { reason: clean } };
}

/**
 * Close an open place with a reason, or reopen a closed one. Its submit button is a secondary one (publishing and
 * saving the place are the page's primary actions).
 */
export function ClosePlace({ place, onChanged }: { place: Place; onChanged: () => void }) {
  const open = place.status === 'OPEN';
  const f = useForm({
    initial: { reason: '' },
    ids: { reason: 'sluiten-reden' },
    labels: { reason: 'Reden van sluiten' },
  });
  const [done, setDone] = useState<string | null>(null);

  const run = async () => {
    setDone(null);
    const sent = await f.submission.send(closingFromForm(open, f.form.reason), (input) =>
      mutationOutcome(async () =>
        open
          ? (await graphqlRequest(closePlaceMutation, { id: place.id, reason: input.reason })).data?.closePlace
          : (await graphqlRequest(reopenPlaceMutation, { id: place.id })).data?.reopenPlace,
      ),
    );
    if (sent) {
      setDone(open ? 'De plaats is gesloten.' : 'De plaats staat weer open.');
      f.reset();
      onChanged();
    }
  };

  return (
    <FormFrame
      form={f}
      titleId="close-title"
      title={open ? 'Plaats sluiten' : 'Plaats weer openzetten'}
      intro={
        <>
          <Paragraph>
            Status nu: <strong>{PLACE_STATUS_LABELS[place.status]}</strong>
            {place.closedReason ? ` (reden: ${place.closedReason})` : ''}. Bezet: {place.seatsTaken} van{' '}
            {place.capacity}.
          </Paragraph>
          {done ? <SuccessMessage>{done}</SuccessMessage> : null}
        </>
      }
      errorTitle="De plaats is niet gewijzigd"
      submitLabel={open ? 'Plaats sluiten' : 'Plaats weer openzetten'}
      submitAppearance="secondary"
      onSubmit={run}
    >
      {open ? (
        <TextareaField {...f.bind('reason')} description="Deze reden blijft bewaard, voor u en SBB." rows={3} />
      ) : null}
    </FormFrame>
  );
}
