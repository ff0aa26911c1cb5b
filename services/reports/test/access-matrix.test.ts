import { randomUUID } from 'node:crypto';
import type { CallerRole } from '@stelsel/auth';
import { testEngines } from '@stelsel/db-kit/testing';
import {
  expectAccessOf,
  expectEveryOperationListed,
  MATRIX_CALLERS,
  type MatrixOperation,
  type OperationResult,
} from '@stelsel/testing';
import { describe, it } from 'vitest';
import { schema } from '../src/schema/schema.ts';
import { graphql } from './graphql.ts';
import { reportsSubgraph } from './support.ts';

/**
 * Every role × every operation of reports, allowed or refused (issue 10, privacy). The expectations are written
 * out here from the issue and DOMAIN §2, not read from the code: a scope that drifts fails this test.
 * Allowed means "not refused for the role" (the answer may still be a typed error, an empty list or null:
 * ownership is tested in report-flow and cases); refused is the `FORBIDDEN` error.
 */

const ID = randomUUID();
const REPORT_INPUT = {
  companyId: 'kvk-90000001',
  kind: 'DISCRIMINATION',
  moment: 'SELECTION',
  grounds: ['ORIGIN'],
  occurredOn: '2026-01-10',
  description: 'Een beschrijving van wat er gebeurde.',
} as const;

describe.each(testEngines())('who may do what in reports on %s', (engine) => {
  const harness = reportsSubgraph(engine);
  const run = (doc: unknown, variables?: Record<string, unknown>) => (role: CallerRole) =>
    harness.execute(harness.as(role), doc as never, variables as never) as Promise<OperationResult<unknown>>;

  const OPERATIONS: MatrixOperation[] = [
    { name: 'discriminationGrounds', allowed: 'all', run: run(graphql('query { discriminationGrounds { code } }')) },
    { name: 'reportAlternatives', allowed: 'all', run: run(graphql('query { reportAlternatives { name } }')) },
    {
      name: 'reportByReceipt',
      allowed: 'everyone',
      run: run(graphql('query R($c: String!) { reportByReceipt(code: $c) { status } }'), {
        c: 'AAAA-BBBB-CCCC-DDDD-EEEE',
      }),
    },
    {
      name: 'reportStatistics',
      allowed: ['institution', 'ministry', 'sbb', 'municipality', 'partner'],
      run: run(graphql('query S($y: Int!) { reportStatistics(year: $y) { hasData } }'), { y: 2025 }),
    },
    {
      name: 'institutionsWithoutReportDesk',
      allowed: ['ministry', 'sbb'],
      run: run(graphql('query { institutionsWithoutReportDesk { id } }')),
    },
    { name: 'myReports', allowed: ['student'], run: run(graphql('query { myReports { id } }')) },
    { name: 'deskReports', allowed: ['institution'], run: run(graphql('query { deskReports { id } }')) },
    {
      name: 'report',
      allowed: ['institution', 'sbb'],
      run: run(graphql('query D($id: ID!) { report(id: $id) { id } }'), { id: ID }),
    },
    { name: 'sbbCases', allowed: ['sbb'], run: run(graphql('query { sbbCases { id } }')) },
    {
      name: 'sbbCase',
      allowed: ['sbb'],
      run: run(graphql('query C($id: ID!) { sbbCase(id: $id) { id } }'), { id: ID }),
    },
    {
      name: 'caseAuditLog',
      allowed: ['sbb'],
      run: run(graphql('query A($id: ID!) { caseAuditLog(caseId: $id) { at } }'), { id: ID }),
    },
    { name: 'overdueDeskReports', allowed: ['sbb'], run: run(graphql('query { overdueDeskReports { id } }')) },
    { name: 'companyCases', allowed: ['company'], run: run(graphql('query { companyCases { id } }')) },
    {
      name: 'saveReportDesk',
      allowed: ['institution'],
      run: run(graphql('mutation D($i: ReportDeskInput!) { saveReportDesk(input: $i) { __typename } }'), {
        i: { handlers: 'Vertrouwenspersonen', availability: 'Werkdagen', email: 'meldpunt@example.org' },
      }),
    },
    {
      name: 'submitReport',
      allowed: ['student'],
      run: run(
        graphql(
          'mutation M($i: SubmitReportInput!, $k: IdempotencyKey!) { submitReport(input: $i, idempotencyKey: $k) { __typename } }',
        ),
        { i: { ...REPORT_INPUT, channel: 'SBB', anonymous: true }, k: `matrix-${randomUUID()}` },
      ),
    },
    {
      name: 'registerReport',
      allowed: ['institution'],
      run: run(
        graphql(
          'mutation G($i: RegisterReportInput!, $k: IdempotencyKey!) { registerReport(input: $i, idempotencyKey: $k) { __typename } }',
        ),
        { i: REPORT_INPUT, k: `matrix-${randomUUID()}` },
      ),
    },
    {
      name: 'forwardReportToSbb',
      allowed: ['institution'],
      run: run(graphql('mutation F($id: ID!) { forwardReportToSbb(reportId: $id) { __typename } }'), { id: ID }),
    },
    {
      name: 'addReportNote',
      allowed: ['institution', 'sbb'],
      run: run(
        graphql('mutation N($id: ID!) { addReportNote(reportId: $id, text: "Gebeld met de student.") { __typename } }'),
        { id: ID },
      ),
    },
    ...(['acknowledgeCase', 'startCaseInvestigation', 'startCaseHearing', 'closeCase'] as const).map((step) => ({
      name: step,
      allowed: ['sbb'] as const,
      run: run(graphql(`mutation X($id: ID!) { ${step}(caseId: $id) { __typename } }`), { id: ID }),
    })),
    {
      name: 'recordCaseStatement',
      allowed: ['sbb'],
      run: run(
        graphql(
          'mutation R($id: ID!) { recordCaseStatement(caseId: $id, party: INSTITUTION, givenOn: "2026-01-11", source: "brief", summary: "De school verklaart iets.") { __typename } }'.replace(
            'SCHOOL',
            'INSTITUTION',
          ),
        ),
        { id: ID },
      ),
    },
    {
      name: 'decideCase',
      allowed: ['sbb'],
      run: run(
        graphql('mutation D($id: ID!, $i: CaseDecisionInput!) { decideCase(caseId: $id, input: $i) { __typename } }'),
        { id: ID, i: { decision: 'UNFOUNDED', motivation: 'Er is onvoldoende bewijs gevonden na onderzoek.' } },
      ),
    },
    {
      name: 'assessImprovementAgreement',
      allowed: ['sbb'],
      run: run(
        graphql(
          'mutation E($id: ID!) { assessImprovementAgreement(agreementId: $id, fulfilled: true, note: "Gezien.") { __typename } }',
        ),
        { id: ID },
      ),
    },
    {
      name: 'giveCaseStatement',
      allowed: ['company'],
      run: run(
        graphql(
          'mutation G($id: ID!) { giveCaseStatement(caseId: $id, text: "Onze kant van het verhaal.") { __typename } }',
        ),
        { id: ID },
      ),
    },
    {
      name: 'reportAgreementFulfilment',
      allowed: ['company'],
      run: run(
        graphql(
          'mutation H($id: ID!) { reportAgreementFulfilment(agreementId: $id, text: "Wij deden wat is afgesproken.") { __typename } }',
        ),
        { id: ID },
      ),
    },
  ];

  it('covers every query and mutation of the subgraph', () => expectEveryOperationListed(schema, OPERATIONS));

  it.each(MATRIX_CALLERS)('allows %s exactly what it may do, and refuses the rest', (role) =>
    expectAccessOf(role, OPERATIONS),
  );
});
