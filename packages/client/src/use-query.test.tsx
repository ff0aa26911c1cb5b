import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TypedDocument } from './graphql.ts';
import { fakeGateway } from './testing.ts';
import { useQuery } from './use-query.ts';

type Result = { count: number };
const countQuery = {
  toString: () => 'query Count($city: String!) { count(city: $city) }',
} as TypedDocument<Result, { city: string }>;

/** A gateway that answers each question with the next number, so a test sees which answer is shown. */
function countingGateway() {
  let count = 0;
  return fakeGateway({ Count: () => ({ count: ++count }) });
}

describe('useQuery', () => {
  it('keeps showing the answer while it reloads, and shows the new one when it is in', async () => {
    const gateway = countingGateway();
    const { result } = renderHook(() => useQuery(countQuery, { city: 'Rotterdam' }));
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current).toMatchObject({ status: 'done', data: { count: 1 } }));

    act(() => result.current.reload());
    // Straight after the reload, before the answer: still the old answer, never "loading".
    expect(result.current).toMatchObject({ status: 'done', data: { count: 1 } });
    await waitFor(() => expect(result.current).toMatchObject({ status: 'done', data: { count: 2 } }));
    expect(gateway.of('Count')).toHaveLength(2);
  });

  it('shows loading when the question changes: the old answer is about something else', async () => {
    countingGateway();
    const { result, rerender } = renderHook(({ city }) => useQuery(countQuery, { city }), {
      initialProps: { city: 'Rotterdam' },
    });
    await waitFor(() => expect(result.current.status).toBe('done'));
    rerender({ city: 'Utrecht' });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current).toMatchObject({ status: 'done', data: { count: 2 } }));
  });
});
