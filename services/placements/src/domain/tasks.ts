import type { CallerRole } from '@stelsel/auth';

/**
 * "Wat moet ik nu doen" (issue 9 §5): per role, the kinds of work waiting, counted by `db/tasks.ts`.
 * The apps word and link them; the API names the kind and the count.
 */
export const TASK_KINDS = {
  ANSWER_MATCHES: 'Bevestigde matches waarop het leerbedrijf binnen de termijn moet reageren.',
  SIGN_AGREEMENTS: 'Praktijkovereenkomsten die op uw (of jouw) handtekening wachten.',
  DRAW_UP_AGREEMENTS: 'Geaccepteerde plaatsingen zonder praktijkovereenkomst: de school stelt die op.',
  RECORD_CONTACT_MOMENTS: 'Contactmomenten waarvan de geplande datum voorbij is en die nog niet zijn vastgelegd.',
  OVERDUE_MATCHES: 'Matches waarop het leerbedrijf niet binnen de termijn reageerde: zoek met de student verder.',
  RENEW_PLACES:
    'Plaatsen die de afgelopen 60 dagen verlopen zijn (einddatum voorbij) en niet gesloten: geef ze een nieuwe periode.',
  REASSESSMENT_DUE: 'Erkenningen waarvan de herbeoordeling door SBB verlopen is.',
} as const;

export type TaskKind = keyof typeof TASK_KINDS;

/** An expired place is a task to renew for this many days after its end date; after that it is just "Verlopen". */
export const RENEW_WINDOW_DAYS = 60;

/** The tasks each role sees, in the order of the list on its start page. */
export const TASKS_OF_ROLE: Partial<Record<CallerRole, readonly TaskKind[]>> = {
  company: ['ANSWER_MATCHES', 'SIGN_AGREEMENTS', 'RECORD_CONTACT_MOMENTS', 'RENEW_PLACES', 'REASSESSMENT_DUE'],
  institution: ['DRAW_UP_AGREEMENTS', 'SIGN_AGREEMENTS', 'RECORD_CONTACT_MOMENTS', 'OVERDUE_MATCHES'],
  student: ['SIGN_AGREEMENTS'],
};
