import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  validate,
} from 'graphql';

/**
 * A subgraph's own limits, so a query sent straight to it (with a valid caller) or planned by a
 * misconfigured gateway cannot exhaust it: nesting depth (checked before execution) and the number
 * of fields it resolves for one request (checked while executing).
 */
export interface SubgraphLimits {
  /** Nesting of fields; fragments and inline fragments add no level. */
  maxDepth: number;
  /** Fields resolved for one operation, list items included; the answer stops growing beyond it. */
  maxResolvedFields: number;
}

export const DEFAULT_SUBGRAPH_LIMITS: SubgraphLimits = { maxDepth: 15, maxResolvedFields: 1_000_000 };

/** Depth of each selection set, with every fragment measured once (linear in the document). */
export function maxDepthRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const measured = new Map<string, number>();
    const depthOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, visiting) : 1);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
        } else {
          const name = selection.name.value;
          if (visiting.has(name)) continue; // a cycle is reported by the standard rules
          let depth = measured.get(name);
          if (depth === undefined) {
            visiting.add(name);
            depth = depthOf(fragments.get(name)?.selectionSet, visiting);
            visiting.delete(name);
            measured.set(name, depth);
          }
          deepest = Math.max(deepest, depth);
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`De query is te diep genest (${depth} niveaus; maximaal ${maxDepth}).`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 } },
            }),
          );
        }
      },
    };
  };
}

/**
 * Applies the depth rule once the operation is known (Apollo would relabel a validation rule's
 * error as GRAPHQL_VALIDATION_FAILED; here the code stays QUERY_TOO_DEEP).
 */
export function depthLimit<Context extends BaseContext>(maxDepth: number): ApolloServerPlugin<Context> {
  const rule = maxDepthRule(maxDepth);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document }) {
          const [error] = validate(schema, document, [rule]);
          if (error) throw error;
        },
      };
    },
  };
}

/**
 * Counts resolved fields per operation; beyond the limit every further field fails at once with
 * `RESULT_TOO_LARGE`, so the answer (and the memory behind it) stops growing.
 */
export function resolvedFieldsBudget<Context extends BaseContext>(
  maxResolvedFields: number,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let resolved = 0;
      let refusal: GraphQLError | undefined;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              resolved += 1;
              if (resolved > maxResolvedFields) {
                refusal ??= new GraphQLError(
                  `Het antwoord wordt te groot (meer dan ${maxResolvedFields.toLocaleString('nl-NL')} velden). Vraag minder tegelijk op.`,
                  { extensions: { code: 'RESULT_TOO_LARGE' } },
                );
                throw refusal;
              }
            },
          };
        },
      };
    },
  };
}

/**
 * The abort signal of each request's context: set by the HTTP layer when the caller (the gateway) hangs up
 * before the answer is sent — it gave up on this subgraph (its upstream timeout) or its own client left.
 */
const REQUEST_SIGNAL = Symbol('stelsel.requestSignal');

/**
 * Puts the signal on the context itself (an own, enumerable symbol property): Apollo Server hands plugins and
 * resolvers a shallow copy of the context per operation, and a copy keeps it.
 */
export function bindRequestSignal(context: object, signal: AbortSignal): void {
  (context as { [REQUEST_SIGNAL]?: AbortSignal })[REQUEST_SIGNAL] = signal;
}

/**
 * Stops resolving once the caller has gone (issue 13 §2: one request must never keep a subgraph busy after the
 * gateway gave up): every field still to resolve is refused at once, so the remaining resolvers — and the
 * database work they would start — never run. Work already inside the database ends at its statement timeout.
 */
export function stopWhenCallerLeaves<Context extends BaseContext>(
  onAbort?: (resolvedBefore: number) => void,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const signal = (contextValue as { [REQUEST_SIGNAL]?: AbortSignal })[REQUEST_SIGNAL];
      let resolved = 0;
      let reported = false;
      const refusal = new GraphQLError('De aanvrager wacht niet meer op dit antwoord; het werk is gestopt.', {
        extensions: { code: 'REQUEST_ABORTED' },
      });
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (signal?.aborted) {
                if (!reported) {
                  reported = true;
                  onAbort?.(resolved);
                }
                throw refusal;
              }
              resolved += 1;
            },
          };
        },
      };
    },
  };
}
