export {
  Button,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from '@rijkshuisstijl-community/components-react';
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
export { type Column, DataTable, type DataTableProps } from './data-table.tsx';
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
export { type ShortageRowData, ShortagesTable, type ShortageTotalsData } from './shortages-table.tsx';
export {
  RouteLink,
  type RouteLinkProps,
  SubNavigation,
  type SubNavigationItem,
  type SubNavigationProps,
} from './sub-navigation.tsx';
