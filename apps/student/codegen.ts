import { stelselCodegenConfig } from '@stelsel/client/codegen';

// The agreement's fields and a place are placements' own, shared with the other apps: packages/placements-react/src/graphql;
// so are the meldpunt and report form (reports-react) and the books, card, refunds and publications
// (equal-treatment-react), shared with the school.
export default stelselCodegenConfig({
  shared: [
    'placements-react/agreement-fields',
    'placements-react/place-details',
    'placements-react/round-place',
    'reports-react/report-desk',
    'equal-treatment-react',
  ],
});
