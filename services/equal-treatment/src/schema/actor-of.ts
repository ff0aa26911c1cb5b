import { NotAllowedError } from '@stelsel/graphql-kit';
import type { EqualTreatmentContext } from '../context.ts';
import type { Actor } from '../use-cases/owner.ts';
import { builder } from './builder.ts';

/** The use cases' view of the request: the caller, and the owner check that answers `NotAllowedError`. */
export function actorOf(context: EqualTreatmentContext): Actor {
  return {
    caller: context.caller,
    requireOwner: async (scopes, message, field = null) =>
      builder.runAuthScopes(context, scopes, () => new NotAllowedError(message, field)),
  };
}
