export {
  ReportBasicsFields,
  type ReportBasicsFieldsProps,
  type ReporterContact,
  ReporterContactFields,
  type ReporterContactFieldsProps,
} from './report-fields.tsx';
