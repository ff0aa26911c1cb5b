import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { RouteLink } from './sub-navigation.tsx';

/**
 * "Wat moet ik nu doen" (issue 9 §5): the work waiting for the person signed in, with counts, on each
 * app's start page; the same counts go into the app's navigation ("Gematchte studenten (3)").
 * The kinds are the API's `TaskKind`; each app says where each kind is done.
 */
export type TaskKind =
  | 'ANSWER_MATCHES'
  | 'SIGN_AGREEMENTS'
  | 'DRAW_UP_AGREEMENTS'
  | 'RECORD_CONTACT_MOMENTS'
  | 'OVERDUE_MATCHES'
  | 'RENEW_PLACES'
  | 'REASSESSMENT_DUE';

/** Staff apps say "u", the student app says "je". */
export type TaskAudience = 'staff' | 'student';

interface TaskText {
  label: string;
  todo: string;
}

const STAFF: Record<TaskKind, TaskText> = {
  ANSWER_MATCHES: {
    label: 'Matches beantwoorden',
    todo: 'Accepteer de student of wijs af met een reden, uiterlijk op de reactiedatum bij de match.',
  },
  SIGN_AGREEMENTS: {
    label: 'Praktijkovereenkomsten ondertekenen',
    todo: 'Controleer de overeenkomst en onderteken voor uw organisatie.',
  },
  DRAW_UP_AGREEMENTS: {
    label: 'Praktijkovereenkomsten opstellen',
    todo: 'Het leerbedrijf heeft de student geaccepteerd; stel de praktijkovereenkomst op.',
  },
  RECORD_CONTACT_MOMENTS: {
    label: 'Gehouden contactmomenten vastleggen',
    todo: 'De geplande datum is voorbij: leg vast wanneer en hoe het gesprek is gehouden.',
  },
  OVERDUE_MATCHES: {
    label: 'Matches zonder reactie van het leerbedrijf',
    todo: 'De reactietermijn is verlopen: neem contact op met het leerbedrijf of zoek met de student een andere plaats.',
  },
  RENEW_PLACES: {
    label: 'Verlopen plaatsen',
    todo: 'De einddatum is voorbij, dus niemand ziet de plaats nog. Geef haar een nieuwe periode of sluit haar.',
  },
  REASSESSMENT_DUE: {
    label: 'Herbeoordeling van uw erkenning',
    todo: 'De datum is verstreken: SBB neemt contact met u op. Uw erkenning blijft geldig tot SBB besluit.',
  },
};

const STUDENT: Partial<Record<TaskKind, TaskText>> = {
  SIGN_AGREEMENTS: {
    label: 'Je praktijkovereenkomst ondertekenen',
    todo: 'Lees de overeenkomst met je leerbedrijf en school goed door en onderteken.',
  },
};

/** The words for a task kind in the app's form of address. */
export function taskText(kind: TaskKind, audience: TaskAudience): TaskText {
  return (audience === 'student' ? STUDENT[kind] : undefined) ?? STAFF[kind];
}

export interface TaskCount {
  kind: TaskKind;
  count: number;
}

/** How many tasks of these kinds wait: the count a navigation item shows. */
export function countOf(tasks: readonly TaskCount[] | null | undefined, kinds: readonly TaskKind[]): number {
  return (tasks ?? []).filter((t) => kinds.includes(t.kind)).reduce((sum, t) => sum + t.count, 0);
}

export interface TaskListProps {
  /** The API's `myTasks`; null while loading or when it failed. */
  tasks: readonly TaskCount[] | null;
  /** Whether the tasks could not be loaded (the list says so; the page still works). */
  failed?: boolean;
  audience: TaskAudience;
  /** Where each kind is done in this app. */
  hrefOf: (kind: TaskKind) => string;
  onNavigate: (href: string) => void;
}

/**
 * Routes to a task's page; a link with a query (a list already searched, `?zoek=…`) also tells the
 * page's table, which reads its state from the address on `popstate`.
 */
function go(href: string, onNavigate: (href: string) => void) {
  onNavigate(href);
  if (href.includes('?')) window.dispatchEvent(new PopStateEvent('popstate'));
}

/** "Wat moet ik nu doen": each kind with work waiting, its count and a link to where it is done. */
export function TaskList({ tasks, failed = false, audience, hrefOf, onNavigate }: TaskListProps) {
  const waiting = (tasks ?? []).filter((t) => t.count > 0);
  const nothing = audience === 'student' ? 'Er wacht nu niets op jou.' : 'Er wacht nu niets op u.';
  return (
    <section aria-labelledby="taken-titel" className="stelsel-tasks">
      <Heading level={2} id="taken-titel">
        Wat moet ik nu doen
      </Heading>
      {failed ? (
        <Paragraph>Wat er op {audience === 'student' ? 'jou' : 'u'} wacht, kon nu niet worden opgehaald.</Paragraph>
      ) : tasks === null ? (
        <Paragraph>Wat er op {audience === 'student' ? 'jou' : 'u'} wacht, wordt opgehaald…</Paragraph>
      ) : waiting.length === 0 ? (
        <Paragraph>{nothing}</Paragraph>
      ) : (
        <ul className="stelsel-tasks__list">
          {waiting.map((task) => {
            const text = taskText(task.kind, audience);
            return (
              <li key={task.kind}>
                <RouteLink href={hrefOf(task.kind)} onNavigate={(href) => go(href, onNavigate)}>
                  {text.label}: {task.count}
                </RouteLink>
                <br />
                {text.todo}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Calls `reload` whenever `value` changes after the first render: the app root recounts tasks on every page change. */
export function useReloadOnChange(value: string, reload: () => void): void {
  const last = useRef(value);
  useEffect(() => {
    if (last.current !== value) reload();
    last.current = value;
  }, [value, reload]);
}
