import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type BaseContext, createBuilder } from '../src/builder.ts';

const builder = createBuilder<BaseContext>();
builder.queryType({
  fields: (t) => ({
    echo: t.string({
      authScopes: { public: true },
      args: {
        key: t.arg({ type: 'IdempotencyKey' }),
        crebo: t.arg({ type: 'Crebo' }),
        code: t.arg({ type: 'CbsCode' }),
      },
      resolve: (_root, args) => [args.key, args.crebo, args.code].filter(Boolean).join(' '),
    }),
  }),
});
const schema = builder.toSchema();
const caller = { role: 'sbb' as const, organisation: 'sbb', subject: 'sbb-1' };

async function echo(variables: Record<string, unknown>) {
  const result = await graphql({
    schema,
    source:
      'query ($key: IdempotencyKey, $crebo: Crebo, $code: CbsCode) { echo(key: $key, crebo: $crebo, code: $code) }',
    variableValues: variables,
    contextValue: { caller },
  });
  return {
    data: result.data?.echo,
    messages: (result.errors ?? []).map((e) => e.message),
    codes: (result.errors ?? []).map((e) => e.extensions.code),
  };
}

describe('input scalars', () => {
  it('passes good values through unchanged', async () => {
    expect(await echo({ key: '3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e', crebo: '25655', code: '0599' })).toEqual({
      data: '3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e 25655 0599',
      messages: [],
      codes: [],
    });
  });

  it.each([
    [{ key: 'kort' }, /idempotentiesleutel/],
    [{ key: 'x'.repeat(129) }, /idempotentiesleutel/],
    [{ key: 'spatie in de sleutel' }, /idempotentiesleutel/],
    [{ crebo: '2565' }, /crebocode bestaat uit precies 5 cijfers/],
    [{ crebo: 'abcde' }, /crebocode/],
    [{ code: '599' }, /CBS-gemeentecode bestaat uit precies 4 cijfers/],
    [{ code: 599 }, /gemeentecode/],
  ])('refuses %j at parse time with a Dutch message', async (variables, message) => {
    const result = await echo(variables);
    expect(result.data).toBeUndefined();
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatch(message);
    expect(result.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a bad literal in the document too', async () => {
    const result = await graphql({ schema, source: '{ echo(crebo: "123") }', contextValue: { caller } });
    expect(result.errors?.[0]?.message).toMatch(/crebocode/);
  });
});
