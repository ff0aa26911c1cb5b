/** An idempotency key and the content it was first sent with. */
export interface AttemptKey {
  content: string;
  key: string;
}

/**
 * One idempotency key per attempt: a retry of the same content (after a lost answer) keeps its key,
 * so the server does the work once; changed content is a new attempt with a new key.
 */
export function keyForAttempt(previous: AttemptKey | null, content: unknown, newKey: () => string): AttemptKey {
  const text = JSON.stringify(content);
  return previous && previous.content === text ? previous : { content: text, key: newKey() };
}
