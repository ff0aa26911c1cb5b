import type { PlacementsContext } from '../context.ts';

/** What decides which places the calling student may see (`domain/access.ts`); null for a caller that is no student. */
export const studentViewOf = (context: PlacementsContext) => async () =>
  context.caller.role === 'student' ? context.loaders.studentPlaceView(context.caller.subject) : null;
