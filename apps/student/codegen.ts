import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The agreement's fields are placements' own, shared with the other apps: packages/placements-react/src/graphql.
export default stelselCodegenConfig({
  shared: ['placements-react/agreement-fields', 'placements-react/place-details'],
});
