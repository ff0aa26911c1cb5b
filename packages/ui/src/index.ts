export {
  Button,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from '@rijkshuisstijl-community/components-react';
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
  type QueryProgress,
  QueryStatus,
} from './data-states.tsx';
export { csvFileName, DataTable, type DataTableProps } from './data-table.tsx';
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
export { FormFrame, type FormFrameProps, type FormModel, type FormSpec, optionsOf, useForm } from './form.tsx';
export {
  type AttemptKey,
  errorSummary,
  type FormResult,
  fieldBinder,
  fieldOf,
  keyForAttempt,
  type Submit,
  type SubmitOutcome,
  type TextFieldsOf,
} from './form-model.ts';
export { FocusedMessage, type Submission, useSubmission } from './form-submission.tsx';
export { formatDate, formatDateTime, formatEuro, formatEuroOrUnknown, formatInteger, isMoney } from './format.ts';
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
