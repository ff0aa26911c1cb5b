import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ValidationContext } from 'graphql';

/** What one operation may ask, checked before any subgraph is asked. */
export interface OperationLimits {
  /** Nesting of fields (fragments do not add a level). */
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens in the document: stops huge documents before they are even parsed fully. */
  maxTokens: number;
  maxDirectives: number;
}

/** The apps' largest operation: depth 7, 6 aliases, about 300 tokens; these leave room. The cost estimate is `cost-limit.ts`. test/app-documents.test.ts keeps every app operation within them. */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 20,
  maxTokens: 2000,
  maxDirectives: 20,
};

function refusal(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** Reports the refusal as a validation error with a stable code and a Dutch message naming the limit. */
function report(code: string, message: (found: string) => string) {
  return (context: ValidationContext | null, error: Error) => {
    const found = /found (\d+(?:\.\d+)?(?:e\+\d+)?)/.exec(error.message)?.[1] ?? '?';
    const dutch = refusal(code, message(found));
    if (context) context.reportError(dutch);
    else throw dutch;
  };
}

/**
 * The well-kept graphql-armor rules instead of hand-written ones. Every rule visits each
 * fragment once (memoised), so validation stays linear in the document: a fragment bomb is
 * refused as quickly as any other over-limit query.
 */
export function operationLimitPlugins(limits: OperationLimits): GatewayPlugin[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    maxTokensPlugin({
      n: limits.maxTokens,
      // The parser has no validation context: the handler throws, which stops parsing at the limit.
      onReject: [
        (_context: unknown, _error: Error) => {
          throw refusal(
            'QUERY_TOO_MANY_TOKENS',
            `De query is te lang (meer dan ${limits.maxTokens} tokens; maximaal ${limits.maxTokens}).`,
          );
        },
      ],
      propagateOnRejection: true,
    }) as GatewayPlugin,
    maxDepthPlugin({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [
        report(
          'QUERY_TOO_DEEP',
          (found) => `De query is te diep genest (${found} niveaus; maximaal ${limits.maxDepth}).`,
        ),
      ],
    }) as GatewayPlugin,
    maxAliasesPlugin({
      ...common,
      n: limits.maxAliases,
      onReject: [
        report(
          'QUERY_TOO_MANY_ALIASES',
          (found) => `De query heeft te veel aliassen (${found}; maximaal ${limits.maxAliases}).`,
        ),
      ],
    }) as GatewayPlugin,
    maxDirectivesPlugin({
      ...common,
      n: limits.maxDirectives,
      onReject: [
        report(
          'QUERY_TOO_MANY_DIRECTIVES',
          (found) => `De query heeft te veel directieven (${found}; maximaal ${limits.maxDirectives}).`,
        ),
      ],
    }) as GatewayPlugin,
  ];
}
