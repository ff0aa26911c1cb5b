import type { ScopeMap } from '@stelsel/graphql-kit';

/** Who may read what in equal-treatment, as Pothos scope maps (docs/conventions.md, Authorization). */

/** Municipalities and their intro weeks are public: students and institutions look them up. */
export const PUBLIC: ScopeMap = { public: true };
