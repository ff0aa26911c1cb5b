import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { parseCalendarDate } from '@stelsel/graphql-kit';
import { type ASTVisitor, GraphQLError, type GraphQLSchema, isScalarType, Kind, type ValidationContext } from 'graphql';

/** NUL and the other C0/C1 control characters; tab, line feed and carriage return are ordinary text. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

function controlCharacterError(where: string, field?: string): GraphQLError {
  return new GraphQLError(`${where} bevat een stuurteken (zoals NUL); dat is geen geldige tekst.`, {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), http: { status: 400 } },
  });
}

/** The path of the first string with a control character in a variables object, if any. */
function findControlCharacter(value: unknown, path: string, depth = 0): string | undefined {
  if (depth > 50) return undefined;
  if (typeof value === 'string') return hasControlCharacter(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (hasControlCharacter(key)) return `${path}.${key}`;
      const found = findControlCharacter(inner, `${path}.${key}`, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** A named function: its name keys the validation cache. */
function noControlCharactersRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (hasControlCharacter(node.value)) {
        context.reportError(
          new GraphQLError('Een tekst in de query bevat een stuurteken (zoals NUL); dat is geen geldige tekst.', {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          }),
        );
      }
    },
  };
}

/** Makes the gateway's own `Date` scalar strict, so impossible dates never reach a subgraph. */
function strictDate(schema: GraphQLSchema): void {
  const date = schema.getType('Date');
  if (!isScalarType(date) || date.parseValue === parseCalendarDate) return;
  date.parseValue = parseCalendarDate;
  date.parseLiteral = (node) => {
    if (node.kind !== Kind.STRING) throw new TypeError('Ongeldige datum: gebruik een tekst als JJJJ-MM-DD.');
    return parseCalendarDate(node.value);
  };
}

/**
 * Bad input is refused at the edge with a Dutch BAD_USER_INPUT, never passed on to become an
 * internal error: control characters in any text (literal or variable) and impossible dates.
 */
export function strictInputPlugin(): GatewayPlugin {
  return {
    onSchemaChange({ schema }) {
      strictDate(schema);
    },
    onParams({ params }) {
      const path = findControlCharacter(params.variables, 'variables');
      if (path) throw controlCharacterError(`De invoer ${path.replace(/^variables\./, '$')}`, path);
    },
    onValidate({ addValidationRule, params }) {
      strictDate(params.schema);
      addValidationRule(noControlCharactersRule);
    },
  };
}
