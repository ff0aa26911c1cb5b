import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Caller } from '@stelsel/auth';
import { centsToMoney, moneyToCents, parseMoneyInput } from '@stelsel/money';
import { forbidden } from './errors.ts';
import { parseTextScalar, type StelselInputScalars, TEXT_SCALARS } from './scalars.ts';
import { type StelselAuthScopes, scopesFor } from './scopes.ts';
import { ConflictError, InputError, NotAllowedError, NotFoundError, type UserError } from './user-errors.ts';

/** What every subgraph's context carries. Services extend it with their database. */
export interface BaseContext {
  caller: Caller;
}

export type StelselScalars = {
  Money: { Input: string; Output: bigint | string };
  Date: { Input: string; Output: string | Date };
} & StelselInputScalars;

export type StelselSchemaTypes<Context extends BaseContext> = {
  Context: Context;
  AuthScopes: StelselAuthScopes;
  Scalars: StelselScalars;
  DefaultFieldNullability: false;
};

/**
 * The Pothos builder every subgraph uses: federation, scope auth (decided here, in the
 * subgraph that owns the data) and the shared scalars.
 */
export function createBuilder<Context extends BaseContext>() {
  const builder = new SchemaBuilder<StelselSchemaTypes<Context>>({
    plugins: [ScopeAuthPlugin, ErrorsPlugin, DataloaderPlugin, DirectivesPlugin, FederationPlugin],
    defaultFieldNullability: false,
    scopeAuth: {
      // Wrong role or wrong owner in a scope → FORBIDDEN. A mutation that answers `NotAllowedError`
      // for a wrong owner checks that in its resolver (src/domain/access.ts), see docs/conventions.md.
      authScopes: (context) => scopesFor(context.caller),
      unauthorizedError: () => forbidden(),
    },
    // A field with `errors: {}` answers `<Field>Result = <Type> | InputError | NotAllowedError | …`.
    errors: {
      defaultTypes: [InputError, NotAllowedError, NotFoundError, ConflictError],
      directResult: true,
    },
  });

  const UserErrorInterface = builder.interfaceRef<UserError>('UserError').implement({
    description: 'Een verwachte fout: Nederlandse melding, vaste code en het veld waar het om gaat.',
    fields: (t) => ({
      message: t.exposeString('message'),
      code: t.exposeString('code'),
      field: t.string({ nullable: true, resolve: (error) => error.field }),
    }),
  });
  const errorTypes = [
    [InputError, 'InputError', 'De invoer is niet geldig.'],
    [NotAllowedError, 'NotAllowedError', 'U mag dit niet doen.'],
    [NotFoundError, 'NotFoundError', 'Niet gevonden.'],
    [ConflictError, 'ConflictError', 'Dit botst met de huidige toestand.'],
  ] as const;
  for (const [errorClass, name, description] of errorTypes) {
    builder.objectType(errorClass, {
      name,
      description,
      interfaces: [UserErrorInterface],
      shareable: true,
      isTypeOf: (value) => value instanceof errorClass,
    });
  }

  builder.scalarType('Money', {
    description: 'Bedrag in euro als decimale tekst met precies twee decimalen, bijvoorbeeld "7300000.00".',
    serialize: (value) => (typeof value === 'bigint' ? centsToMoney(value) : centsToMoney(moneyToCents(String(value)))),
    parseValue: (value) => {
      parseMoneyInput(String(value));
      return String(value);
    },
  });

  builder.scalarType('Date', {
    description: 'Kalenderdatum, ISO 8601 (JJJJ-MM-DD).',
    serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)),
    parseValue: parseCalendarDate,
  });

  for (const scalar of TEXT_SCALARS) {
    builder.scalarType(scalar.name, {
      description: scalar.description,
      serialize: (value) => String(value),
      parseValue: (value) => parseTextScalar(scalar, value),
    });
  }

  return builder;
}

/**
 * A real calendar date as JJJJ-MM-DD: 2026-02-30 and 2025-02-29 are refused (a lenient
 * `Date.parse` would roll them over into March). Used by the subgraphs' `Date` scalar and at the
 * gateway, so the refusal happens at the edge.
 */
/** Dates the platform accepts: a date of birth from 1900, a plan or a budget year up to 2100 (issue 13 §6). */
export const DATE_YEAR_MIN = 1900;
export const DATE_YEAR_MAX = 2100;

export function parseCalendarDate(value: unknown): string {
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    typeof value !== 'string' ||
    !match ||
    year < DATE_YEAR_MIN ||
    year > DATE_YEAR_MAX ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    throw new TypeError(
      match && (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX)
        ? `Ongeldige datum "${text.slice(0, 40)}": kies een datum tussen ${DATE_YEAR_MIN} en ${DATE_YEAR_MAX}.`
        : `Ongeldige datum "${text.slice(0, 40)}": gebruik een bestaande datum als JJJJ-MM-DD.`,
    );
  }
  return text;
}

export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.6';
