import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The agreement documents are placements' own, shared with the other apps: packages/placements-react/src/graphql; so
// are the quality plan (funding-react), the meldpunt and report form (reports-react), and the books, cards, refunds
// and publications (equal-treatment-react), each shared with another app.
export default stelselCodegenConfig({
  shared: [
    'placements-react/agreement-fields',
    'placements-react/agreement',
    'placements-react/agreement-follow-up',
    'placements-react/place-details',
    'placements-react/round-place',
    'funding-react/quality-plan',
    'reports-react/report-desk',
    'equal-treatment-react',
  ],
});
