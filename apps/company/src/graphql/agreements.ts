// Shared with the other apps (packages/placements-react/src/graphql/*.graphql), generated into this app.
export {
  AgreementDocument as agreementQuery,
  PlanContactMomentDocument as planContactMomentMutation,
  RecordAllowancePaymentDocument as recordAllowancePaymentMutation,
  RecordContactMomentDocument as recordContactMomentMutation,
  SignAgreementDocument as signAgreementMutation,
} from './generated/graphql.ts';
