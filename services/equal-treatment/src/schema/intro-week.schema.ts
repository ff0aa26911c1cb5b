import { INTRO_WEEK_STATUSES } from '@stelsel/reference-data';
import type { Selectable } from 'kysely';
import type { IntroWeekTable } from '../db/types.ts';
import { PUBLIC } from '../domain/access.ts';
import { builder } from './builder.ts';

const STATUS_DESCRIPTIONS: Record<(typeof INTRO_WEEK_STATUSES)[number], string> = {
  OPEN: 'mbo-studenten kunnen deelnemen aan de algemene introductieweek.',
  SEPARATE_PROGRAMME: 'Er is een apart introductieprogramma voor mbo-studenten.',
  IN_TALKS: 'Er zijn gesprekken gaande over deelname van mbo-studenten.',
  NOT_YET: 'mbo-studenten kunnen (nog) niet deelnemen.',
};

export const IntroWeekStatus = builder.enumType('IntroWeekStatus', {
  description: 'Stand van de introductieweek voor mbo-studenten in een gemeente (Werkagenda mbo).',
  values: Object.fromEntries(INTRO_WEEK_STATUSES.map((s) => [s, { description: STATUS_DESCRIPTIONS[s] }])) as {
    [S in (typeof INTRO_WEEK_STATUSES)[number]]: { description: string };
  },
});

export const IntroWeek = builder.objectRef<Selectable<IntroWeekTable>>('IntroWeek').implement({
  authScopes: PUBLIC,
  description: 'Of mbo-studenten in een jaar mee kunnen doen aan de introductieweek van de gemeente, volgens de bron.',
  fields: (t) => ({
    status: t.field({ type: IntroWeekStatus, resolve: (row) => row.status }),
    year: t.exposeInt('year'),
    note: t.exposeString('note', {
      nullable: true,
      description: 'Wat de bron zegt, in haar eigen woorden; of de toelichting van de gemeente.',
    }),
    openToMbo: t.boolean({
      description: 'Open of een eigen programma: mbo-studenten kunnen meedoen.',
      resolve: (row) => row.status === 'OPEN' || row.status === 'SEPARATE_PROGRAMME',
    }),
    organiser: t.exposeString('organiser', { nullable: true, description: 'Wie de introductieweek organiseert.' }),
    participants: t.exposeInt('participants', {
      nullable: true,
      description: 'Hoeveel mbo-studenten meededen; leeg zolang niet geteld.',
    }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'De gepubliceerde bron, voor wat uit de stukken komt; leeg voor wat de gemeente vastlegde.',
    }),
  }),
});
