import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The report statistics as the ministry and municipality show them: packages/reports-react/src/graphql.
export default stelselCodegenConfig({ shared: ['reports-react/report-statistics'] });
