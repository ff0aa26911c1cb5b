// One place for its page (packages/placements-react/src/graphql/place-details.graphql): an institution may see
// every place (it matches its students to them).
export { PlaceDetailsDocument as schoolPlaceQuery } from './generated/graphql.ts';
