import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The report statistics and the shortages as the ministry and municipality show them: packages/reports-react and
// packages/placements-react (src/graphql).
export default stelselCodegenConfig({
  shared: ['reports-react/report-statistics', 'placements-react/shortage-fields'],
});
