import type { GraphqlResult } from '@stelsel/client';
import type { SubmitOutcome } from '@stelsel/ui/form-model';

/**
 * What a form makes of a query it sends instead of a mutation (the effect of a kasschuif, a pro-rata
 * calculation): `use` gets the answer; else the first error, at the argument it concerns (`fieldOf` maps
 * it to the form's own), or the request's failure (`failed` when it has no message).
 */
export async function queryOutcome<T>(
  ask: () => Promise<GraphqlResult<T>>,
  use: (data: T | null) => void,
  failed: string,
  fieldOf: (field: string | null) => string | null = (field) => field,
): Promise<SubmitOutcome> {
  try {
    const answer = await ask();
    const error = answer.errors?.[0];
    if (error)
      return {
        ok: false,
        message: error.message,
        field: fieldOf((error.extensions?.field as string | undefined) ?? null),
      };
    use(answer.data);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : failed, field: null };
  }
}
