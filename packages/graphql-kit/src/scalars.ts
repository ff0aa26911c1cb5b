import { IDEMPOTENCY_KEY_PATTERN } from '@stelsel/db-kit';
import { GraphQLError } from 'graphql';

/** Input scalars that check their text at parse time, so bad input never reaches a resolver. */
export type StelselInputScalars = {
  IdempotencyKey: { Input: string; Output: string };
  Crebo: { Input: string; Output: string };
  CbsCode: { Input: string; Output: string };
};

interface TextScalar {
  name: keyof StelselInputScalars;
  description: string;
  pattern: RegExp;
  /** Dutch, for the person who typed it: what is wrong and what is right. */
  message: (text: string) => string;
}

export const TEXT_SCALARS: readonly TextScalar[] = [
  {
    name: 'IdempotencyKey',
    description:
      'Sleutel die een herhaalde opdracht herkent: 8 tot 128 tekens (letters, cijfers, . _ : -), nieuw per handeling. ' +
      'Dezelfde sleutel opnieuw (na een verloren antwoord) voert de opdracht niet nog eens uit.',
    pattern: IDEMPOTENCY_KEY_PATTERN,
    message: () =>
      'Ongeldige idempotentiesleutel: gebruik 8 tot 128 tekens (letters, cijfers, punt, liggend streepje, dubbele punt of streepje).',
  },
  {
    name: 'Crebo',
    description: 'Crebocode van een mbo-kwalificatie: precies 5 cijfers, bijvoorbeeld "25655".',
    pattern: /^\d{5}$/,
    message: (text) => `"${text}" is geen crebocode: een crebocode bestaat uit precies 5 cijfers, bijvoorbeeld 25655.`,
  },
  {
    name: 'CbsCode',
    description: 'CBS-gemeentecode: precies 4 cijfers, met voorloopnullen, bijvoorbeeld "0599" (Rotterdam).',
    pattern: /^\d{4}$/,
    message: (text) =>
      `"${text}" is geen gemeentecode: een CBS-gemeentecode bestaat uit precies 4 cijfers, bijvoorbeeld 0599.`,
  },
];

/**
 * Parses one text scalar. A refusal is BAD_USER_INPUT with the Dutch message; GraphQL puts the variable and
 * the path within it (`at "input.qualificationCrebo"`) in front of it.
 */
export function parseTextScalar(scalar: TextScalar, value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  if (typeof value !== 'string' || !scalar.pattern.test(text)) {
    throw new GraphQLError(scalar.message(text.slice(0, 140)), { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return text;
}
