import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The improvement agreement (with the company, packages/reports-react/src/graphql) and the accreditation (with the
// company, packages/placements-react/src/graphql) are shared documents.
export default stelselCodegenConfig({
  shared: ['reports-react/improvement-agreement', 'placements-react/accreditation-fields'],
});
