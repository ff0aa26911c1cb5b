import type { ScopeMap } from '@stelsel/graphql-kit';

/** Who may read what in funding, as Pothos scope maps (docs/conventions.md, Authorization). */

/** Allocations are published figures (the regulations' own tables): public, every role reads them. */
export const PUBLIC: ScopeMap = { public: true };
