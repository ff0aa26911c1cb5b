export {
  ReportBasicsFields,
  type ReportBasicsFieldsProps,
  type ReporterContact,
  ReporterContactFields,
  type ReporterContactFieldsProps,
} from './report-fields.tsx';
export { figureText, suppressionNote, totalSentence } from './report-figures.ts';
export {
  type ReportFigures,
  ReportStatisticsState,
  ReportStatisticsTables,
  ReportYearField,
} from './report-statistics.tsx';
