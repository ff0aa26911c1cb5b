import { countTasks } from '../db/tasks.ts';
import { todayInNetherlands } from '../domain/places.ts';
import { TASK_KINDS, type TaskKind as TaskKindValue } from '../domain/tasks.ts';
import { builder } from './builder.ts';

const TaskKindRef = builder.enumType('TaskKind', {
  description: 'Soort werk dat op de gebruiker wacht ("Wat moet ik nu doen").',
  values: Object.fromEntries(
    Object.entries(TASK_KINDS).map(([value, description]) => [value, { value, description }]),
  ) as { [K in TaskKindValue]: { value: K; description: string } },
});

const TaskRef = builder.objectRef<{ kind: TaskKindValue; count: number }>('Task').implement({
  description: 'Eén soort werk en hoeveel ervan wacht.',
  fields: (t) => ({
    kind: t.field({ type: TaskKindRef, resolve: (task) => task.kind }),
    count: t.exposeInt('count', { description: 'Aantal, 0 als er niets wacht.' }),
  }),
});

builder.queryField('myTasks', (t) =>
  t.field({
    type: [TaskRef],
    nullable: true,
    description:
      'Wat moet ik nu doen: per soort werk het aantal dat op de eigen organisatie (leerbedrijf, instelling) of de ' +
      'student zelf wacht, vandaag (kalenderdag in Nederland). Elke soort van de rol, ook met 0.',
    authScopes: { role: ['company', 'institution', 'student'] },
    resolve: (_root, _args, { caller, db }) => countTasks(db, caller, todayInNetherlands()),
  }),
);
