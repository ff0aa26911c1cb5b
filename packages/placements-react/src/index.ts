/**
 * Placements in React: the agreement and its follow-up (contact moments, allowances) as the school,
 * company and student apps show and record them, and who is who on a placement. Rules and enums come
 * from `@stelsel/placements-common`; generic components from `@stelsel/ui`. The GraphQL documents the
 * apps share are in `src/graphql/*.graphql` (each app's codegen includes them).
 */

export {
  AgreementDetails,
  type AgreementEventRow,
  AgreementHistoryTable,
  AllowanceOverview,
  type AllowancePaymentRow,
  type AllowanceStatusData,
  type ContactMomentExceptionRow,
  ContactMomentExceptionsList,
  type ContactMomentRow,
  ContactMomentsTable,
  type DrawnUpAgreement,
  SignaturesTable,
} from './agreement.tsx';
export { formatMomentWithTime, formatMonth } from './agreement-format.ts';
export {
  agreedAmount,
  agreedAmountInput,
  agreedKinds,
  defaultHeldForm,
  defaultPaymentForm,
  defaultPlanForm,
  type HeldMomentField,
  type HeldMomentForm,
  type HeldMomentInput,
  heldFormName,
  heldMomentFromForm,
  NOTES_MAX,
  nextKindToPlan,
  openMoments,
  type PayableAgreement,
  type PaymentField,
  type PaymentForm,
  type PaymentInput,
  type PaymentTerms,
  type PlanMomentField,
  type PlanMomentForm,
  type PlanMomentInput,
  type PlannedMoment,
  paymentFromForm,
  paymentTerms,
  planMomentFromForm,
} from './agreement-forms.ts';
export {
  AllowancePaymentForm,
  type AllowancePaymentFormProps,
} from './allowance-payment-form.tsx';
export { asKind, asMode, kindOptions, modeOptions } from './contact-moment-options.ts';
export {
  distinctStudentNames,
  type People,
  PeopleProvider,
  type PlacementParties,
  personLabel,
  placementPeople,
  studentNumber,
  usePersonLabel,
} from './people.tsx';
export {
  INCLUSIVE_MARKER_TEXT,
  type InclusiveMarkerCode,
  PlaceDetails,
  type PlaceDetailsData,
  placeAddressText,
} from './place-details.tsx';
export { PlacePageView, type PlacePageViewProps, type PlaceQueryState } from './place-page.tsx';
export {
  PlanContactMomentForm,
  type PlanContactMomentFormProps,
} from './plan-contact-moment-form.tsx';
export {
  ContactMomentForms,
  type ContactMomentFormsProps,
  RecordContactMomentForm,
  type RecordContactMomentFormProps,
} from './record-contact-moment-form.tsx';
