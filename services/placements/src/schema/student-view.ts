import type { PlacementsContext } from '../context.ts';
import { findStudentPlaceView, type StudentPlaceView } from '../db/student-places.ts';

/** One view per request (the context object lives as long as the request). */
const views = new WeakMap<PlacementsContext, Promise<StudentPlaceView | null>>();

/** What decides which places the calling student may see (`domain/access.ts`); null for a caller that is no student. */
export const studentViewOf = (context: PlacementsContext) => async (): Promise<StudentPlaceView | null> => {
  if (context.caller.role !== 'student') return null;
  let view = views.get(context);
  if (!view) {
    view = findStudentPlaceView(context.db, context.caller.subject);
    views.set(context, view);
  }
  return view;
};
