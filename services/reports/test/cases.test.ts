import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { errorCodes } from '@stelsel/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ERASED, eraseExpiredIdentities, retentionDays } from '../src/use-cases/retention.ts';
import { graphql } from './graphql.ts';
import { reportsSubgraph } from './support.ts';

const SUBMIT = graphql(`
  mutation SubmitToSbb($input: SubmitReportInput!, $key: IdempotencyKey!) {
    submitReport(input: $input, idempotencyKey: $key) { __typename ... on ReportReceipt { receiptCode } }
  }
`);
const CASES = graphql(`
  query Cases { sbbCases { id status acknowledgeDueOn acknowledgeOverdue ageInDays report { id status } } }
`);
const CASE = graphql(`
  query Case($id: ID!) { sbbCase(id: $id) { id status decision motivation statements { party givenOn source }
    report { description } agreements { id status } } }
`);
const AUDIT = graphql('query Audit($id: ID!) { caseAuditLog(caseId: $id) { subject role action entity fields } }');
const ACK = graphql(`mutation Ack($id: ID!) { acknowledgeCase(caseId: $id) {
  __typename ... on SbbCaseSummary { status } ... on UserError { field message } } }`);
const INVESTIGATE = graphql(`mutation Investigate($id: ID!) { startCaseInvestigation(caseId: $id) {
  __typename ... on UserError { field } } }`);
const HEAR = graphql(
  `mutation Hear($id: ID!) { startCaseHearing(caseId: $id) { __typename ... on UserError { field } } }`,
);
const STATEMENT = graphql(`
  mutation Statement($id: ID!, $party: HearingParty!, $on: Date!, $source: String!, $summary: String!) {
    recordCaseStatement(caseId: $id, party: $party, givenOn: $on, source: $source, summary: $summary) {
      __typename ... on UserError { field message } } }
`);
const DECIDE = graphql(`mutation Decide($id: ID!, $input: CaseDecisionInput!) { decideCase(caseId: $id, input: $input) {
  __typename ... on SbbCaseSummary { status decision } ... on UserError { field message } } }`);
const COMPANY_CASES = graphql(`
  query CompanyCases { companyCases { id status kind occurredInMonth mayGiveStatement decision
    agreements { id status } ownStatements { summary } } }
`);
const COMPANY_STATEMENT = graphql(`mutation CompanyStatement($id: ID!, $text: String!) {
  giveCaseStatement(caseId: $id, text: $text) { __typename ... on UserError { field } } }`);
const FULFIL = graphql(`mutation Fulfil($id: ID!, $text: String!) {
  reportAgreementFulfilment(agreementId: $id, text: $text) { __typename ... on UserError { field } } }`);
const ASSESS = graphql(`mutation Assess($id: ID!, $ok: Boolean!, $note: String!) {
  assessImprovementAgreement(agreementId: $id, fulfilled: $ok, note: $note) { __typename ... on ImprovementAgreement { status } } }`);
const CLOSE = graphql(`mutation Close($id: ID!) { closeCase(caseId: $id) {
  __typename ... on SbbCaseSummary { status } ... on UserError { message } } }`);

const STATISTICS = graphql(
  'query Stats($y: Int!) { reportStatistics(year: $y) { total byGround { ground { code } count } } }',
);

const STORY = 'Op de werkvloer werd ik steeds anders behandeld dan de andere stagiairs vanwege mijn afkomst.';
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(testEngines())('SBB casework on %s', (engine) => {
  const harness = reportsSubgraph(engine);
  const { as } = harness;
  const sbb = () => as('sbb', 'sbb', 'adviseur-sbb');
  const maasstad = () => as('company', 'kvk-90000001', 'praktijkopleider-maasstad');

  /** A student reports straight to SBB; answers the new case's id. */
  async function newCase(companyId = 'kvk-90000001'): Promise<string> {
    const submitted = await harness.execute(as('student', 'roc-zadkine', 'roc-zadkine-s001'), SUBMIT, {
      input: {
        companyId,
        kind: 'DISCRIMINATION',
        moment: 'DURING_INTERNSHIP',
        grounds: ['ORIGIN'],
        occurredOn: inDays(-20),
        description: STORY,
        channel: 'SBB',
        anonymous: true,
      },
      key: randomUUID(),
    });
    expect(submitted.data?.submitReport?.__typename).toBe('ReportReceipt');
    const list = await harness.execute(sbb(), CASES);
    const newest = list.data?.sbbCases?.at(-1);
    if (!newest) throw new Error(`Geen zaak: ${JSON.stringify(list)}`);
    return newest.id;
  }

  async function toHearing(id: string) {
    expect((await harness.execute(sbb(), ACK, { id })).data?.acknowledgeCase?.__typename).toBe('SbbCaseSummary');
    expect((await harness.execute(sbb(), INVESTIGATE, { id })).data?.startCaseInvestigation?.__typename).toBe(
      'SbbCaseSummary',
    );
    expect((await harness.execute(sbb(), HEAR, { id })).data?.startCaseHearing?.__typename).toBe('SbbCaseSummary');
  }

  it('opens a case when a report reaches SBB, with the 3-working-day acknowledgement and its overdue flag', async () => {
    const id = await newCase();
    const [row] = (await harness.execute(sbb(), CASES)).data?.sbbCases ?? [];
    expect(row).toMatchObject({ id, status: 'RECEIVED', acknowledgeOverdue: false, ageInDays: 0 });
    expect((row?.acknowledgeDueOn ?? '') > today()).toBe(true);
    await harness.db.updateTable('case_file').set({ acknowledge_due_on: '2026-01-05' }).where('id', '=', id).execute();
    const [late] = (await harness.execute(sbb(), CASES)).data?.sbbCases ?? [];
    expect(late?.acknowledgeOverdue).toBe(true);
    const acked = await harness.execute(sbb(), ACK, { id });
    expect(acked.data?.acknowledgeCase).toMatchObject({ __typename: 'SbbCaseSummary', status: 'ACKNOWLEDGED' });
    const twice = await harness.execute(sbb(), ACK, { id });
    expect(twice.data?.acknowledgeCase).toMatchObject({ __typename: 'ConflictError', field: 'caseId' });
  });

  it('decides only after hoor en wederhoor, and withdrawal only once the company was heard', async () => {
    const id = await newCase();
    const early = await harness.execute(sbb(), DECIDE, {
      id,
      input: { decision: 'UNFOUNDED', motivation: 'Geen aanwijzingen gevonden in het onderzoek.' },
    });
    expect(early.data?.decideCase).toMatchObject({ __typename: 'ConflictError', field: 'caseId' });
    await toHearing(id);
    const unheard = await harness.execute(sbb(), DECIDE, {
      id,
      input: { decision: 'WITHDRAWAL', motivation: 'Discriminatie is aangetoond in het onderzoek.' },
    });
    expect(unheard.data?.decideCase).toMatchObject({ __typename: 'InputError', field: 'decision' });

    // The company sees its case without the reporter's story, and gives its statement.
    const seen = await harness.execute(maasstad(), COMPANY_CASES);
    expect(JSON.stringify(seen.data)).not.toContain('afkomst');
    const mine = seen.data?.companyCases?.find((c) => c.id === id);
    expect(mine).toMatchObject({ status: 'HEARING', mayGiveStatement: true, occurredInMonth: inDays(-20).slice(0, 7) });
    const otherCompany = await harness.execute(
      as('company', 'kvk-90000002', 'praktijkopleider-bouw'),
      COMPANY_STATEMENT,
      {
        id,
        text: 'Wij herkennen ons hier niet in.',
      },
    );
    expect(otherCompany.data?.giveCaseStatement?.__typename).toBe('NotFoundError');
    const given = await harness.execute(maasstad(), COMPANY_STATEMENT, {
      id,
      text: 'Wij betreuren dit en hebben de begeleider gesproken.',
    });
    expect(given.data?.giveCaseStatement?.__typename).toBe('CompanyCase');
    for (const party of ['STUDENT', 'INSTITUTION'] as const) {
      const recorded = await harness.execute(sbb(), STATEMENT, {
        id,
        party,
        on: today(),
        source: 'gesprek',
        summary: `Verklaring van ${party.toLowerCase()} vastgelegd in een gesprek.`,
      });
      expect(recorded.data?.recordCaseStatement?.__typename).toBe('SbbCaseSummary');
    }
    const future = await harness.execute(sbb(), STATEMENT, {
      id,
      party: 'STUDENT',
      on: inDays(5),
      source: 'gesprek',
      summary: 'Verklaring die nog moet komen.',
    });
    expect(future.data?.recordCaseStatement).toMatchObject({ __typename: 'InputError', field: 'givenOn' });

    const decided = await harness.execute(sbb(), DECIDE, {
      id,
      input: {
        decision: 'WITHDRAWAL',
        motivation: 'Discriminatie op grond van herkomst is aangetoond na hoor en wederhoor.',
      },
    });
    expect(decided.data?.decideCase).toMatchObject({
      __typename: 'SbbCaseSummary',
      status: 'CLOSED',
      decision: 'WITHDRAWAL',
    });
    // The decision leaves for placements in the same transaction, as an event in the outbox.
    const events = await harness.db
      .selectFrom('outbox')
      .selectAll()
      .where('type', '=', 'AccreditationDecided')
      .execute();
    const payload = events.map((e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload));
    expect(payload).toContainEqual(
      expect.objectContaining({
        caseId: id,
        companyId: 'kvk-90000001',
        decision: 'WITHDRAWN',
        decidedBy: 'adviseur-sbb',
      }),
    );
    const report = await harness.db
      .selectFrom('report')
      .innerJoin('case_file', 'case_file.report_id', 'report.id')
      .select('report.status')
      .where('case_file.id', '=', id)
      .executeTakeFirstOrThrow();
    expect(report.status).toBe('CLOSED');
  });

  it('monitors improvement agreements to fulfilled before the case closes', async () => {
    const id = await newCase();
    await toHearing(id);
    await harness.execute(maasstad(), COMPANY_STATEMENT, { id, text: 'Wij willen graag verbeteren.' });
    const noAgreements = await harness.execute(sbb(), DECIDE, {
      id,
      input: { decision: 'IMPROVEMENT_AGREEMENTS', motivation: 'Verbetering nodig in de begeleiding van stagiairs.' },
    });
    expect(noAgreements.data?.decideCase).toMatchObject({ __typename: 'InputError', field: 'agreements' });
    const decided = await harness.execute(sbb(), DECIDE, {
      id,
      input: {
        decision: 'IMPROVEMENT_AGREEMENTS',
        motivation: 'Verbetering nodig in de begeleiding van stagiairs.',
        agreements: [
          {
            kind: 'CONFIDENTIAL_ADVISER',
            description: 'Stel een onafhankelijke vertrouwenspersoon aan.',
            dueOn: inDays(60),
          },
        ],
      },
    });
    expect(decided.data?.decideCase).toMatchObject({ status: 'MONITORING' });
    const [agreement] =
      (await harness.execute(maasstad(), COMPANY_CASES)).data?.companyCases?.find((c) => c.id === id)?.agreements ?? [];
    const agreementId = agreement?.id as string;
    expect(
      (
        await harness.execute(maasstad(), FULFIL, {
          id: agreementId,
          text: 'Vertrouwenspersoon aangesteld per 1 maart.',
        })
      ).data?.reportAgreementFulfilment?.__typename,
    ).toBe('ImprovementAgreement');
    const early = await harness.execute(sbb(), CLOSE, { id });
    expect(early.data?.closeCase?.__typename).toBe('ConflictError');
    const assessed = await harness.execute(sbb(), ASSESS, { id: agreementId, ok: true, note: 'Aanstelling gezien.' });
    expect(assessed.data?.assessImprovementAgreement).toMatchObject({ status: 'FULFILLED' });
    expect((await harness.execute(sbb(), CLOSE, { id })).data?.closeCase).toMatchObject({ status: 'CLOSED' });
  });

  it('erases who reported a year after the case closed, and the counts stay', async () => {
    const student = as('student', 'roc-zadkine', 'roc-zadkine-s002');
    const submitted = await harness.execute(student, SUBMIT, {
      input: {
        companyId: 'kvk-90000002',
        kind: 'DISCRIMINATION',
        moment: 'SELECTION',
        grounds: ['RELIGION'],
        occurredOn: inDays(-10),
        description: STORY,
        channel: 'SBB',
        anonymous: false,
        contact: { name: 'Samira Bakker', email: 'samira@example.org' },
      },
      key: randomUUID(),
    });
    expect(submitted.data?.submitReport?.__typename).toBe('ReportReceipt');
    const id = (await harness.execute(sbb(), CASES)).data?.sbbCases?.at(-1)?.id as string;
    await toHearing(id);
    await harness.execute(sbb(), STATEMENT, {
      id,
      party: 'STUDENT',
      on: today(),
      source: 'gesprek',
      summary: 'Samira vertelt dat de eigenaar haar hoofddoek noemde.',
    });
    const decided = await harness.execute(sbb(), DECIDE, {
      id,
      input: { decision: 'UNFOUNDED', motivation: 'Het leerbedrijf kon aantonen dat de plek al vergeven was.' },
    });
    expect(decided.data?.decideCase).toMatchObject({ status: 'CLOSED' });
    const year = Number(today().slice(0, 4));
    const ministry = as('ministry', 'ocw', 'beleidsmedewerker-ocw');
    const countsBefore = (await harness.execute(ministry, STATISTICS, { y: year })).data?.reportStatistics;
    const reportId = (
      await harness.db.selectFrom('case_file').select('report_id').where('id', '=', id).executeTakeFirstOrThrow()
    ).report_id;
    const reporter = () =>
      harness.db.selectFrom('report_reporter').selectAll().where('report_id', '=', reportId).execute();
    expect(await reporter()).toHaveLength(1);

    // One day short of the default year: nothing is erased.
    expect(retentionDays({})).toBe(365);
    expect(await eraseExpiredIdentities(harness.db, new Date(Date.now() + 364 * 86_400_000), 365)).toBe(0);
    expect(await reporter()).toHaveLength(1);

    // After the year: the identity, the story and the student's statement are gone; the counts are the same.
    expect(
      await eraseExpiredIdentities(harness.db, new Date(Date.now() + 366 * 86_400_000), 365),
    ).toBeGreaterThanOrEqual(1);
    expect(await reporter()).toEqual([]);
    // Idempotency keys older than the period go too: they name who sent the request.
    const keys = await sql<{ n: number }>`select count(*)::int as n from idempotency_key`.execute(harness.db);
    expect(keys.rows[0]?.n).toBe(0);
    const report = await harness.db
      .selectFrom('report')
      .selectAll()
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
    expect(report.description).toBe(ERASED);
    expect(report.registered_by).toBe('verwijderd');
    const events = await harness.db
      .selectFrom('report_event')
      .select(['by_subject', 'by_role'])
      .where('report_id', '=', reportId)
      .execute();
    expect(events.filter((e) => e.by_role === 'student').every((e) => e.by_subject === 'verwijderd')).toBe(true);
    const statements = await harness.db
      .selectFrom('case_statement')
      .select(['party', 'summary'])
      .where('case_id', '=', id)
      .execute();
    expect(statements.find((st) => st.party === 'STUDENT')?.summary).toBe(ERASED);
    expect(
      JSON.stringify(await harness.db.selectFrom('report').selectAll().where('id', '=', reportId).execute()),
    ).not.toMatch(/Samira|hoofddoek/);
    expect((await harness.execute(ministry, STATISTICS, { y: year })).data?.reportStatistics).toEqual(countsBefore);
    // Erasing again changes nothing.
    expect(await eraseExpiredIdentities(harness.db, new Date(Date.now() + 400 * 86_400_000), 365)).toBe(0);
    expect(() => retentionDays({ REPORT_RETENTION_DAYS: '0' })).toThrow(/REPORT_RETENTION_DAYS/);
    expect(retentionDays({ REPORT_RETENTION_DAYS: '30' })).toBe(30);
  });

  it('audits each read of a case and shows SBB the audit log', async () => {
    const id = await newCase();
    const read = await harness.execute(sbb(), CASE, { id });
    expect(read.data?.sbbCase?.report.description).toBe(STORY);
    const log = await harness.execute(sbb(), AUDIT, { id });
    expect(log.data?.caseAuditLog).toContainEqual(
      expect.objectContaining({ subject: 'adviseur-sbb', role: 'sbb', action: 'READ', entity: 'case' }),
    );
    const entry = log.data?.caseAuditLog?.find((e) => e.entity === 'case');
    expect(entry?.fields).toEqual(['agreements', 'decision', 'id', 'motivation', 'report', 'statements', 'status']);
  });

  it.each(['student', 'institution', 'company', 'municipality', 'ministry', 'partner'] as const)(
    'refuses SBB’s case list and case details to %s',
    async (role) => {
      const list = await harness.execute(as(role), CASES);
      expect(errorCodes(list)).toEqual(['FORBIDDEN']);
      const one = await harness.execute(as(role), CASE, { id: randomUUID() });
      expect(errorCodes(one)).toEqual(['FORBIDDEN']);
    },
  );
});
