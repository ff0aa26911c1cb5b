import { createBuilder, NotAllowedError, type ScopeMap } from '@stelsel/graphql-kit';
import type { PlacementsContext } from '../context.ts';
import type { Actor } from '../use-cases/actor.ts';

export const builder = createBuilder<PlacementsContext>();

/**
 * Inside a mutation, once the row is read: the caller must pass `scopes` (from domain/access.ts), or the
 * mutation answers the `NotAllowedError` result (wrong owner), not the GraphQL error FORBIDDEN (wrong role).
 */
export async function requireOwner(
  context: PlacementsContext,
  scopes: ScopeMap,
  message: string,
  field: string | null = null,
): Promise<void> {
  await builder.runAuthScopes(context, scopes, () => new NotAllowedError(message, field));
}

/** The use cases' view of the request: the caller and the owner check above. */
export function actorOf(context: PlacementsContext): Actor {
  return {
    caller: context.caller,
    requireOwner: (scopes, message, field = null) => requireOwner(context, scopes, message, field),
  };
}
