import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The quality plan as both funding apps show it (packages/funding-react/src/graphql); the report statistics as the
// ministry and municipality show them (packages/reports-react/src/graphql).
export default stelselCodegenConfig({ shared: ['funding-react', 'reports-react/report-statistics'] });
