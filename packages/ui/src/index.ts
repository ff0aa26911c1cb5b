export {
  Button,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from '@rijkshuisstijl-community/components-react';
export {
  AGREEMENT_EVENT_LABELS,
  AGREEMENT_PARTY_LABELS,
  AGREEMENT_STATUS_LABELS,
  type AgreementEventKind,
  type AgreementParty,
  type AgreementStatus,
  ALLOWANCE_KIND_LABELS,
  ALLOWANCE_KINDS,
  type AllowanceKind,
  CONTACT_EXCEPTION_REASON_LABELS,
  CONTACT_EXCEPTION_REASONS,
  CONTACT_MODE_LABELS,
  CONTACT_MODES,
  CONTACT_MOMENT_KIND_LABELS,
  CONTACT_MOMENT_KINDS,
  type ContactMode,
  type ContactMomentExceptionReason,
  type ContactMomentKind,
  formatMomentWithTime,
  formatMonth,
  missingSignatures,
  mustSign,
  type SignableAgreement,
  type SignatureLike,
  signatureOf,
} from './agreement.ts';
export {
  type AgreementContent,
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
  SignaturesTable,
} from './agreement.tsx';
export {
  type AttemptKey,
  agreedAmount,
  agreedAmountInput,
  agreedKinds,
  defaultHeldForm,
  defaultPaymentForm,
  defaultPlanForm,
  errorSummary,
  type FormResult,
  HELD_EARLY_DAYS,
  type HeldMomentField,
  type HeldMomentForm,
  type HeldMomentInput,
  heldFieldOf,
  heldFormName,
  heldMomentFromForm,
  heldOnDefault,
  isCalendarDate,
  isMonth,
  keyForAttempt,
  monthsBetween,
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
  payableMonths,
  paymentFieldOf,
  paymentFromForm,
  paymentTerms,
  planFieldOf,
  planMomentFromForm,
  type Submit,
  type SubmitOutcome,
  todayInNetherlands,
} from './agreement-forms.ts';
export { AllowancePaymentForm, type AllowancePaymentFormProps } from './allowance-payment-form.tsx';
export { BarChart, type BarChartProps, type BarDatum } from './bar-chart.tsx';
export { ConfirmAction, type ConfirmActionProps, PrintButton } from './confirm-action.tsx';
export {
  AppErrorFallback,
  Empty,
  ErrorMessage,
  type ErrorMessageProps,
  Failed,
  type FailedProps,
  Loading,
  Notice,
  PartialNotice,
} from './data-states.tsx';
export { DataTable, type DataTableProps } from './data-table.tsx';
export {
  applyTableState,
  type Column,
  cellText,
  columnLabel,
  type TableControls,
  type TableFilter,
  type TablePagination,
  tableCsv,
} from './data-table-model.ts';
export { type Address, FOOTER_PAGES, type FooterPage, FooterPageView, footerPageFor } from './footer-pages.tsx';
export { FocusedMessage, type Submission, useSubmission } from './form-submission.tsx';
export { formatDate, formatEuro, formatEuroOrUnknown, formatInteger, isMoney } from './format.ts';
export {
  BusyStatus,
  CheckboxField,
  type CheckboxFieldProps,
  ErrorSummary,
  type ErrorSummaryProps,
  FieldGroup,
  type FieldsetProps,
  type FormError,
  SelectField,
  type SelectFieldProps,
  type SelectOption,
  SuccessMessage,
  TextareaField,
  type TextareaFieldProps,
  TextField,
  type TextFieldProps,
} from './forms.tsx';
export { euroInputFromMoney, parseEuroInput } from './money-input.ts';
export { MAIN_ID, type NavigationItem, PageLayout, type PageLayoutProps } from './page-layout.tsx';
export { NotFound, type NotFoundProps, pageTitle, SITE_NAME, usePageTitle } from './page-title.tsx';
export {
  distinctStudentNames,
  type People,
  PeopleProvider,
  personLabel,
  studentNumber,
  usePersonLabel,
} from './people.tsx';
export { PlanContactMomentForm, type PlanContactMomentFormProps } from './plan-contact-moment-form.tsx';
export {
  ContactMomentForms,
  type ContactMomentFormsProps,
  RecordContactMomentForm,
  type RecordContactMomentFormProps,
} from './record-contact-moment-form.tsx';
export { SHORTAGE_COLUMNS, type ShortageRowData, ShortagesTable, type ShortageTotalsData } from './shortages-table.tsx';
export {
  RouteLink,
  type RouteLinkProps,
  SubNavigation,
  type SubNavigationItem,
  type SubNavigationProps,
} from './sub-navigation.tsx';
export {
  compareValues,
  matchesSearch,
  readTableState,
  type TableState,
  toCsv,
  useTableState,
  writeTableState,
} from './table-state.ts';
export {
  countOf,
  type TaskAudience,
  type TaskCount,
  type TaskKind,
  TaskList,
  type TaskListProps,
  taskText,
  useReloadOnChange,
} from './tasks.tsx';
