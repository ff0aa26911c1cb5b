import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The agreement documents are placements' own, shared with the other apps: packages/placements-react/src/graphql;
// so are the accreditation's fields (with SBB), the improvement agreement's (reports-react, with SBB) and the
// praktijkleren year's (funding-react, with the ministry).
export default stelselCodegenConfig({
  shared: [
    'placements-react/agreement-fields',
    'placements-react/agreement',
    'placements-react/agreement-follow-up',
    'placements-react/accreditation-fields',
    'reports-react/improvement-agreement',
    'funding-react/praktijkleren',
  ],
});
