import { ROLES } from '@stelsel/auth';

/** Public data: every authenticated role, partners included. */
export const ALL_ROLES = [...ROLES];
