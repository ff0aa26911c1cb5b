import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The agreement documents are placements' own, shared with the other apps: packages/placements-react/src/graphql.
export default stelselCodegenConfig({
  shared: ['placements-react/agreement-fields', 'placements-react/agreement', 'placements-react/agreement-follow-up'],
});
