// One place for its page (packages/placements-react/src/graphql/place-details.graphql): the back end answers only
// places the student may rank (open, own qualification or an equivalent, own level and pathway) or already chose or
// got; the address of a closed place stays empty.
export { PlaceDetailsDocument as studentPlaceQuery } from './generated/graphql.ts';
