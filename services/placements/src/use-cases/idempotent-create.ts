/** Creates a user may retry run once per idempotency key: shared by every subgraph (graphql-kit). */
export { createOnce, fingerprint } from '@stelsel/graphql-kit';
