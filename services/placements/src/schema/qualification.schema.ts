import { builder } from './builder.ts';

export interface QualificationShape {
  crebo: string;
  name: string;
  level: number;
}

/** The qualification columns a student, accreditation or place row carries from its join. */
export const qualificationOf = (row: {
  qualification_crebo: string;
  qualification_name: string;
  qualification_level: number;
}): QualificationShape => ({
  crebo: row.qualification_crebo,
  name: row.qualification_name,
  level: row.qualification_level,
});

export const QualificationRef = builder.objectRef<QualificationShape>('Qualification').implement({
  description: 'Een mbo-kwalificatie uit de kwalificatiestructuur.',
  fields: (t) => ({
    crebo: t.exposeString('crebo', { description: 'Crebocode (5 cijfers).' }),
    name: t.exposeString('name'),
    level: t.exposeInt('level', { description: 'Niveau 1 (Entree) tot en met 4.' }),
  }),
});

export const Pathway = builder.enumType('Pathway', {
  description: 'Leerweg.',
  values: {
    BOL: { description: 'Beroepsopleidende leerweg: vooral op school, met stages.' },
    BBL: { description: 'Beroepsbegeleidende leerweg: werken en leren, met een leerbaan.' },
  } as const,
});
