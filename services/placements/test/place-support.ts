import { randomUUID } from 'node:crypto';
import type { Caller } from '@stelsel/auth';
import type { Engine } from '@stelsel/db-kit';
import type { VariablesOf } from 'gql.tada';
import { graphql } from './graphql.ts';
import { fromToday, placementsSubgraph, USER_ERROR } from './support.ts';

export const PLACE = graphql(`
  fragment PlaceFields on Place {
    __typename id title description pathway level capacity startsOn endsOn municipality { code } address city
    hoursPerWeek expenseAllowance internshipWage inclusiveMarkers status closedReason seatsTaken
    qualification { crebo } company { id }
  }
`);

export const PUBLISH = graphql(
  `mutation Publish($input: PlaceInput!, $key: IdempotencyKey!) {
    publishPlace(input: $input, idempotencyKey: $key) { ...PlaceFields ...UserErrorFields }
  }`,
  [PLACE, USER_ERROR],
);
export const UPDATE = graphql(
  `mutation Update($id: ID!, $input: PlaceInput!) {
    updatePlace(id: $id, input: $input) { ...PlaceFields ...UserErrorFields }
  }`,
  [PLACE, USER_ERROR],
);
export const CLOSE = graphql(
  `mutation Close($id: ID!, $reason: String!) {
    closePlace(id: $id, reason: $reason) { ...PlaceFields ...UserErrorFields }
  }`,
  [PLACE, USER_ERROR],
);
export const REOPEN = graphql(
  `mutation Reopen($id: ID!) { reopenPlace(id: $id) { ...PlaceFields ...UserErrorFields } }`,
  [PLACE, USER_ERROR],
);
export const PLACES = graphql(`
  query Places($filter: PlaceFilter, $first: Int, $after: String) {
    places(filter: $filter, first: $first, after: $after) {
      hasNextPage endCursor places { id status level pathway municipality { code } qualification { crebo } }
    }
  }
`);
export const MY_PLACES = graphql('query MyPlaces { myCompany { places { ...PlaceFields } } }', [PLACE]);

export type PlaceInput = VariablesOf<typeof PUBLISH>['input'];

/** A valid place of Zorggroep Maasstad (kvk-90000001), accredited for Verzorgende-IG (25491, level 3). */
export function placeInput(overrides: Partial<PlaceInput> = {}): PlaceInput {
  return {
    title: 'Stageplaats Verzorgende-IG afdeling geriatrie',
    description: 'Je verzorgt bewoners samen met een vaste praktijkopleider.',
    pathway: 'BOL',
    qualificationCrebo: '25491',
    level: 3,
    capacity: 3,
    startsOn: fromToday(60),
    endsOn: fromToday(200),
    municipalityCode: '0599',
    address: 'Maasboulevard 100',
    city: 'Rotterdam',
    hoursPerWeek: 32,
    expenseAllowance: '250.00',
    internshipWage: '300.00',
    inclusiveMarkers: ['PART_TIME_POSSIBLE', 'ACCESSIBLE_WORKPLACE', 'PART_TIME_POSSIBLE'],
    ...overrides,
  };
}

/** `placementsSubgraph` plus the helpers the place test files share. */
export function placeHarness(engine: Engine) {
  const placements = placementsSubgraph(engine);
  const { execute, as } = placements;
  const company1 = () => as('company', 'kvk-90000001');

  /** Publishes with a new key; answers the place or the typed error. */
  const publish = async (who: Caller, input: PlaceInput) =>
    (await execute(who, PUBLISH, { input, key: randomUUID() })).data?.publishPlace;

  const placeCount = async (companyId: string) =>
    Number(
      (
        await placements.db
          .selectFrom('place')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('company_id', '=', companyId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  return { placements, execute, as, company1, publish, placeCount };
}
