import type { Caller, CallerRole } from '@stelsel/auth';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertEveryRootFieldHasAuthScopes, fieldsWithoutAuthScopes } from '../src/auth-coverage.ts';
import { type BaseContext, createBuilder, FEDERATION_LINK } from '../src/builder.ts';
import { actsFor } from '../src/scopes.ts';
import { NotAllowedError } from '../src/user-errors.ts';

const caller = (role: CallerRole, organisation: string, subject = `${role}-1`): Caller => ({
  role,
  organisation,
  subject,
});

/** A small subgraph with one field per scope; `forget` leaves out the scopes the coverage check looks for. */
function smallSchema(forget: { field?: boolean; mutation?: boolean; entity?: boolean } = {}) {
  const builder = createBuilder<BaseContext>();
  const Thing = builder.objectRef<{ id: string; owner: string }>('Thing').implement({
    ...(forget.entity ? {} : { authScopes: { public: true } }),
    fields: (t) => ({ id: t.exposeID('id'), owner: t.exposeString('owner') }),
  });
  builder.asEntity(Thing, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: (ref) => ({ id: ref.id, owner: 'kvk-1' }),
  });
  builder.queryType({
    fields: (t) => ({
      open: t.string({ authScopes: { public: true }, resolve: () => 'open' }),
      forVisitors: t.string({ authScopes: { visitor: true }, resolve: () => 'ook zonder inloggen' }),
      forMinistry: t.string({ authScopes: { role: 'ministry' }, resolve: () => 'ocw' }),
      ofCompany: t.string({
        args: { id: t.arg.string({ required: true }) },
        authScopes: (_root, { id }) => ({ role: 'sbb', ...actsFor('company', id) }),
        resolve: (_root, { id }) => id,
      }),
      ofPlacement: t.string({
        authScopes: { organisation: { company: 'kvk-1', institution: 'roc' } },
        resolve: () => 'placement',
      }),
      ofStudent: t.string({
        args: { id: t.arg.string({ required: true }) },
        authScopes: (_root, { id }) => ({ self: id }),
        resolve: (_root, { id }) => id,
      }),
      ...(forget.field ? { unguarded: t.string({ resolve: () => 'oops' }) } : {}),
    }),
  });
  builder.mutationType({
    fields: (t) => ({
      rename: t.field({
        type: Thing,
        errors: {},
        args: { owner: t.arg.string({ required: true }) },
        ...(forget.mutation ? {} : { authScopes: { role: 'company' } }),
        // The owner is known only once the row is read: checked here, answered as NotAllowedError.
        resolve: (_root, { owner }, { caller }) => {
          if (caller.organisation !== owner) throw new NotAllowedError('Dit is van een ander leerbedrijf.', 'owner');
          return { id: 't1', owner };
        },
      }),
    }),
  });
  return builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK, federationDirectives: ['@key', '@shareable'] });
}

describe('scopes', () => {
  const schema = smallSchema();
  const run = async (as: Caller, source: string) => {
    const result = await graphql({ schema, source, contextValue: { caller: as } });
    return { data: result.data, codes: (result.errors ?? []).map((e) => e.extensions.code) };
  };

  it('public passes for every role', async () => {
    expect((await run(caller('partner', 'p'), '{ open }')).data).toEqual({ open: 'open' });
  });

  it('a visitor without login passes only the visitor scope: not public, no organisation, no self', async () => {
    const visitor = caller('visitor', '', 'bezoeker:127.0.0.1');
    expect((await run(visitor, '{ forVisitors }')).data).toEqual({ forVisitors: 'ook zonder inloggen' });
    expect((await run(caller('student', 'roc'), '{ forVisitors }')).data).toEqual({
      forVisitors: 'ook zonder inloggen',
    });
    for (const query of ['{ open }', '{ forMinistry }', '{ ofCompany(id: "") }', '{ ofPlacement }']) {
      expect((await run(visitor, query)).codes).toEqual(['FORBIDDEN']);
    }
    expect((await run(caller('visitor', '', 's1'), '{ ofStudent(id: "s1") }')).codes).toEqual(['FORBIDDEN']);
  });

  it('role refuses another role with FORBIDDEN', async () => {
    expect((await run(caller('ministry', 'ocw'), '{ forMinistry }')).data).toEqual({ forMinistry: 'ocw' });
    expect((await run(caller('sbb', 'sbb'), '{ forMinistry }')).codes).toEqual(['FORBIDDEN']);
  });

  it('organisation lets the company itself in, not another company or a student of the same id', async () => {
    const query = '{ ofCompany(id: "kvk-1") }';
    expect((await run(caller('company', 'kvk-1'), query)).data).toEqual({ ofCompany: 'kvk-1' });
    expect((await run(caller('sbb', 'sbb'), query)).data).toEqual({ ofCompany: 'kvk-1' });
    expect((await run(caller('company', 'kvk-2'), query)).codes).toEqual(['FORBIDDEN']);
    expect((await run(caller('student', 'kvk-1'), query)).codes).toEqual(['FORBIDDEN']);
  });

  it('organisation per role lets each party in as its own role only', async () => {
    const query = '{ ofPlacement }';
    expect((await run(caller('company', 'kvk-1'), query)).data).toEqual({ ofPlacement: 'placement' });
    expect((await run(caller('institution', 'roc'), query)).data).toEqual({ ofPlacement: 'placement' });
    expect((await run(caller('student', 'roc'), query)).codes).toEqual(['FORBIDDEN']);
    expect((await run(caller('institution', 'kvk-1'), query)).codes).toEqual(['FORBIDDEN']);
  });

  it('self lets only the student themself in', async () => {
    const query = '{ ofStudent(id: "s1") }';
    expect((await run(caller('student', 'roc', 's1'), query)).data).toEqual({ ofStudent: 's1' });
    expect((await run(caller('student', 'roc', 's2'), query)).codes).toEqual(['FORBIDDEN']);
    expect((await run(caller('institution', 'roc', 's1'), query)).codes).toEqual(['FORBIDDEN']);
  });

  it('wrong role on a mutation is FORBIDDEN; wrong owner is the NotAllowedError result', async () => {
    const mutation = (owner: string) =>
      `mutation { rename(owner: "${owner}") { __typename ... on NotAllowedError { code field } ... on Thing { id } } }`;
    expect((await run(caller('sbb', 'sbb'), mutation('kvk-1'))).codes).toEqual(['FORBIDDEN']);
    expect((await run(caller('company', 'kvk-1'), mutation('kvk-1'))).data).toEqual({
      rename: { __typename: 'Thing', id: 't1' },
    });
    expect((await run(caller('company', 'kvk-2'), mutation('kvk-1'))).data).toEqual({
      rename: { __typename: 'NotAllowedError', code: 'FORBIDDEN', field: 'owner' },
    });
  });
});

describe('fieldsWithoutAuthScopes', () => {
  it('passes a subgraph whose every root field and entity declares scopes', () => {
    expect(fieldsWithoutAuthScopes(smallSchema())).toEqual([]);
    expect(() => assertEveryRootFieldHasAuthScopes(smallSchema())).not.toThrow();
  });

  it('names a query field, a mutation and an entity reference without scopes', () => {
    expect(fieldsWithoutAuthScopes(smallSchema({ field: true }))).toEqual(['Query.unguarded']);
    expect(fieldsWithoutAuthScopes(smallSchema({ mutation: true }))).toEqual(['Mutation.rename']);
    expect(fieldsWithoutAuthScopes(smallSchema({ entity: true }))).toEqual(['Thing (entity reference)']);
    expect(() => assertEveryRootFieldHasAuthScopes(smallSchema({ field: true }))).toThrow(/Query\.unguarded/);
  });
});
