import { loadOne } from '@stelsel/graphql-kit';
import { findRoundsByInstitution } from '../db/rounds.ts';
import { builder } from './builder.ts';
import { MatchingRoundRef } from './round.schema.ts';

builder.queryFields((t) => ({
  matchingRounds: t.field({
    type: [MatchingRoundRef],
    nullable: true,
    description: 'De stagematchingsrondes van de eigen instelling, nieuwste eerst.',
    authScopes: { role: 'institution' },
    resolve: (_root, _args, { caller, db }) => findRoundsByInstitution(db, caller.organisation),
  }),
  matchingRound: t.field({
    type: MatchingRoundRef,
    nullable: true,
    description: 'Eén ronde van de eigen instelling; leeg als die niet bestaat.',
    authScopes: { role: 'institution' },
    args: { id: t.arg.id({ required: true }) },
    // The MatchingRound type's scope refuses another institution's round.
    resolve: (_root, { id }, context) => loadOne(MatchingRoundRef, context, String(id)),
  }),
}));
