export {
  ReportBasicsFields,
  type ReportBasicsFieldsProps,
  type ReporterContact,
  ReporterContactFields,
  type ReporterContactFieldsProps,
} from './report-fields.tsx';
export { figureText, suppressionNote, totalSentence } from './report-figures.ts';
export { type ReportFigures, ReportStatisticsTables } from './report-statistics.tsx';
