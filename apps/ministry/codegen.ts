import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The quality plan as both funding apps show it: packages/funding-react/src/graphql.
export default stelselCodegenConfig({ shared: ['funding-react'] });
