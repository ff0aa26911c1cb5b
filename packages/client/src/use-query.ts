import { useCallback, useEffect, useRef, useState } from 'react';
import { type GraphqlErrorEntry, GraphqlRequestError, graphqlRequest, type TypedDocument } from './graphql.ts';

export type QueryState<TResult> =
  | { status: 'loading' }
  | { status: 'failed'; error: GraphqlRequestError }
  | { status: 'done'; data: TResult; errors: readonly GraphqlErrorEntry[] };

/**
 * Runs a typed query on mount (and when the variables change); `reload` runs it again. A reload keeps what is on
 * screen until the new answer is in: the page does not flash "loading", and forms below it keep what the user typed
 * and the message that their change was saved. Other variables show "loading": the old answer is about something else.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
): QueryState<TResult> & { reload: () => void } {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables ?? {});
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const shownKey = useRef<string | null>(null);

  // The variables are compared by value (through `key`), not by identity.
  useEffect(() => {
    let active = true;
    const sameQuestion = shownKey.current === key;
    shownKey.current = key;
    setState((shown) => (sameQuestion && shown.status === 'done' ? shown : { status: 'loading' }));
    const request = graphqlRequest as (
      document: TypedDocument<TResult, TVariables>,
      variables: TVariables,
    ) => ReturnType<typeof graphqlRequest<TResult, TVariables>>;
    request(document, variables)
      .then((result) => {
        if (!active) return;
        if (result.data == null) {
          setState({ status: 'failed', error: new GraphqlRequestError('server', 'Er kwamen geen gegevens terug.') });
        } else {
          setState({ status: 'done', data: result.data, errors: result.errors });
        }
      })
      .catch((error: unknown) => {
        if (!active) return;
        setState({
          status: 'failed',
          error:
            error instanceof GraphqlRequestError
              ? error
              : new GraphqlRequestError('server', 'De gegevens konden niet worden opgehaald.'),
        });
      });
    return () => {
      active = false;
    };
  }, [document, key, attempt]);

  return { ...state, reload };
}
