import { describe, expect, it } from 'vitest';
import { GraphqlRequestError } from './graphql.ts';
import { mutationOutcome } from './user-error.ts';

describe('mutationOutcome', () => {
  it('is done for an answer that is not a user error', async () => {
    await expect(mutationOutcome(async () => ({ __typename: 'ContactMoment', id: 'm1' }))).resolves.toEqual({
      ok: true,
    });
  });

  it('keeps the message and field of a typed user error', async () => {
    const answer = {
      __typename: 'InputError',
      message: 'De datum ligt te ver weg.',
      code: 'INPUT',
      field: 'plannedOn',
    };
    await expect(mutationOutcome(async () => answer)).resolves.toEqual({
      ok: false,
      message: 'De datum ligt te ver weg.',
      field: 'plannedOn',
    });
    const noField = { __typename: 'NotAllowedError', message: 'Niet toegestaan.', code: 'NOT_ALLOWED' };
    await expect(mutationOutcome(async () => noField)).resolves.toEqual({
      ok: false,
      message: 'Niet toegestaan.',
      field: null,
    });
  });

  it('turns no answer and a failure to send into a message for the whole form', async () => {
    await expect(mutationOutcome(async () => null)).resolves.toEqual({
      ok: false,
      message: 'Er kwam geen antwoord terug. Probeer het opnieuw.',
      field: null,
    });
    const unreachable = new GraphqlRequestError('unreachable', 'De gegevensdienst (gateway) is nu niet bereikbaar.');
    await expect(
      mutationOutcome(async () => {
        throw unreachable;
      }),
    ).resolves.toEqual({ ok: false, message: 'De gegevensdienst (gateway) is nu niet bereikbaar.', field: null });
    await expect(
      mutationOutcome(async () => {
        throw new TypeError('x is undefined');
      }),
    ).resolves.toMatchObject({ ok: false, message: 'Het versturen is niet gelukt. Probeer het opnieuw.' });
  });
});
