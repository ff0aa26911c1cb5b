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
export { MAIN_ID, type NavigationItem, PageLayout, type PageLayoutProps } from './page-layout.tsx';
