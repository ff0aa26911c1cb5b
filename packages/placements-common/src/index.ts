/**
 * Placements' isomorphic rules and enums, shared by `services/placements` and the apps (through
 * `@stelsel/placements-react` or directly). No React, no Node-only or DOM-only APIs.
 */
export * from './agreement.ts';
export * from './allowances.ts';
export * from './dates.ts';
export * from './held-dates.ts';
export * from './rounds.ts';
