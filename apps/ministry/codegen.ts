import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The quality plan and the praktijkleren year as the funding apps show them (packages/funding-react/src/graphql); the
// report statistics as the ministry and municipality show them (packages/reports-react/src/graphql), and so the
// shortages (packages/placements-react/src/graphql).
export default stelselCodegenConfig({
  shared: ['funding-react', 'reports-react/report-statistics', 'placements-react/shortage-fields'],
});
