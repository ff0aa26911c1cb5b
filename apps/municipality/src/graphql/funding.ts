import { graphql } from './generated/index.ts';

/** Issue 11 (municipality): the funding lines municipalities receive, per year. */
export const municipalFundingQuery = graphql(`
  query MunicipalFunding($y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!) {
    y1: fundingLines(year: $y1, recipientKind: MUNICIPALITIES) { ...MunicipalFundingLine }
    y2: fundingLines(year: $y2, recipientKind: MUNICIPALITIES) { ...MunicipalFundingLine }
    y3: fundingLines(year: $y3, recipientKind: MUNICIPALITIES) { ...MunicipalFundingLine }
    y4: fundingLines(year: $y4, recipientKind: MUNICIPALITIES) { ...MunicipalFundingLine }
  }
  fragment MunicipalFundingLine on FundingLine {
    id
    name
    year
    budget
    source
    note
  }
`);
