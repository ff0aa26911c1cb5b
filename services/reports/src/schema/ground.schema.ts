import { PUBLIC } from '../domain/access.ts';
import { DISCRIMINATION_GROUNDS, type DiscriminationGround as Ground } from '../domain/grounds.ts';
import { builder } from './builder.ts';

export const DiscriminationGround = builder.objectRef<Ground>('DiscriminationGround').implement({
  description:
    'Discriminatiegrond zoals antidiscriminatievoorzieningen meldingen indelen (Algemene wet gelijke behandeling).',
  fields: (t) => ({
    code: t.exposeString('code'),
    label: t.exposeString('label', { description: 'Nederlandse omschrijving.' }),
  }),
});

builder.queryFields((t) => ({
  discriminationGrounds: t.field({
    type: [DiscriminationGround],
    nullable: true,
    description: 'De discriminatiegronden waarop meldingen worden ingedeeld: openbare gegevens.',
    authScopes: PUBLIC,
    resolve: () => [...DISCRIMINATION_GROUNDS],
  }),
}));
