import { NotAllowedError } from '@stelsel/graphql-kit';
import type { FundingContext } from '../context.ts';
import type { Actor } from '../use-cases/actor.ts';
import { builder } from './builder.ts';

/** The use cases' view of the request: the caller, and the owner check that answers `NotAllowedError`. */
export function actorOf(context: FundingContext): Actor {
  return {
    caller: context.caller,
    requireOwner: async (scopes, message, field = null) =>
      builder.runAuthScopes(context, scopes, () => new NotAllowedError(message, field)),
  };
}
