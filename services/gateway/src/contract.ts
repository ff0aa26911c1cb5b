import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';
import { callerOf } from './edge.ts';

/**
 * Refuses `__schema` and `__type`. A named function: the validation cache keys on rule names,
 * so a document validated for a partner is never served from cache to someone else.
 */
function noIntrospectionRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || name === '__type') {
        context.reportError(
          new GraphQLError('Het schema opvragen (introspectie) is alleen open voor partners.', {
            nodes: [node],
            extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 400 } },
          }),
        );
      }
    },
  };
}

const SUGGESTION = /\s*Did you mean[^?]*\?/g;

function withoutSuggestion<T>(error: T): T {
  if (!(error instanceof GraphQLError) || !error.message.includes('Did you mean')) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  }) as T;
}

/**
 * In production the schema is the published contract for partners only: other callers get no
 * introspection and no "Did you mean …?" suggestions that would reveal field names.
 */
export function publicContractPlugin(production: boolean): GatewayPlugin {
  if (!production) return {};
  const isPartner = (context: { request?: Request }) =>
    context.request ? callerOf(context.request)?.role === 'partner' : false;
  return {
    onValidate({ context, addValidationRule }) {
      if (isPartner(context as { request?: Request })) return;
      addValidationRule(noIntrospectionRule);
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map(withoutSuggestion));
      };
    },
    onExecutionResult({ context, result, setResult }) {
      if (isPartner(context) || !result || Symbol.asyncIterator in result || !result.errors) return;
      setResult({ ...result, errors: result.errors.map(withoutSuggestion) });
    },
  };
}
