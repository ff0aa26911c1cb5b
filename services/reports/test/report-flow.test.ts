import { randomUUID } from 'node:crypto';
import { testEngines } from '@stelsel/db-kit/testing';
import { errorCodes } from '@stelsel/testing';
import type { VariablesOf } from 'gql.tada';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { graphql } from './graphql.ts';
import { reportsSubgraph } from './support.ts';

const SUBMIT = graphql(`
  mutation Submit($input: SubmitReportInput!, $key: IdempotencyKey!) {
    submitReport(input: $input, idempotencyKey: $key) {
      __typename
      ... on ReportReceipt { receiptCode progress { status channel history { status } } }
      ... on UserError { message field }
    }
  }
`);
const REGISTER = graphql(`
  mutation Register($input: RegisterReportInput!, $key: IdempotencyKey!) {
    registerReport(input: $input, idempotencyKey: $key) {
      __typename
      ... on ReportReceipt { receiptCode progress { status } }
      ... on UserError { message field }
    }
  }
`);
const BY_RECEIPT = graphql(
  'query ByReceipt($code: String!) { reportByReceipt(code: $code) { status statusLabel channel } }',
);
const DESK = graphql('query Desk { deskReports { id status overdue forwardDueOn anonymous kind grounds { code } } }');
const DETAIL = graphql(
  'query Detail($id: ID!) { report(id: $id) { id description reporter { name email student { id } } notes { text } } }',
);
const FORWARD = graphql(`mutation Forward($id: ID!) { forwardReportToSbb(reportId: $id) {
  __typename ... on ReportSummary { status forwardedAt } ... on UserError { message field } } }`);
const NOTE = graphql(`mutation Note($id: ID!, $text: String!) { addReportNote(reportId: $id, text: $text) {
  __typename ... on UserError { message field } } }`);

type SubmitInput = VariablesOf<typeof SUBMIT>['input'];

const content = {
  companyId: 'kvk-90000001',
  kind: 'DISCRIMINATION' as const,
  moment: 'SELECTION' as const,
  grounds: ['ORIGIN'],
  occurredOn: '2026-10-01',
  description: 'Bij het sollicitatiegesprek werd gezegd dat ze "liever geen hoofddoek" wilden.',
};

describe.each(testEngines())('reporting on %s', (engine) => {
  const harness = reportsSubgraph(engine);
  const { as } = harness;
  const student = () => as('student', 'roc-zadkine', 'roc-zadkine-s001');
  const desk = (org = 'roc-zadkine') => as('institution', org, `docent-${org}`);

  const submit = (input: Partial<SubmitInput>, key = randomUUID(), who = student()) =>
    harness.execute(who, SUBMIT, {
      input: { ...content, channel: 'INSTITUTION_DESK', anonymous: false, ...input },
      key,
    });

  /** The receipt of an answer that must be one (fails the test with the answer otherwise). */
  const receiptOf = (result: Awaited<ReturnType<typeof submit>>) => {
    const answer = result.data?.submitReport;
    if (answer?.__typename !== 'ReportReceipt') throw new Error(`Geen ontvangstbewijs: ${JSON.stringify(result)}`);
    return answer;
  };

  it('takes a student’s report, answers a receipt code, and the code shows the status without logging in', async () => {
    const result = await submit({ contact: { name: 'Samira', email: 'samira@example.org' } });
    expect(result.errors).toBeUndefined();
    const receipt = receiptOf(result);
    expect(receipt.receiptCode).toMatch(/^([A-Z2-9]{4}-){4}[A-Z2-9]{4}$/);
    expect(receipt.progress.status).toBe('AT_DESK');
    const lookup = await harness.execute(as('partner', 'anonymous', 'anonymous'), BY_RECEIPT, {
      code: receipt.receiptCode.toLowerCase().replaceAll('-', ' '),
    });
    expect(lookup.data?.reportByReceipt).toMatchObject({ status: 'AT_DESK', channel: 'INSTITUTION_DESK' });
    // A made-up code finds nothing, and says nothing about other reports.
    const guess = await harness.execute(student(), BY_RECEIPT, {
      code: 'AAAA-BBBB-CCCC-DDDD-EEEE',
    });
    expect(guess.data?.reportByReceipt).toBeNull();
  });

  it('a retry with the same key makes no second report; the same key with another report is refused', async () => {
    const key = randomUUID();
    const count = async () =>
      Number(
        (
          await harness.db
            .selectFrom('report')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const first = await submit({ channel: 'SBB' }, key);
    const again = await submit({ channel: 'SBB' }, key);
    expect(await count()).toBe(before + 1);
    // Both codes lead to the one report (the first answer may have been lost).
    for (const code of [receiptOf(first).receiptCode, receiptOf(again).receiptCode]) {
      const lookup = await harness.execute(student(), BY_RECEIPT, { code });
      expect(lookup.data?.reportByReceipt?.status).toBe('WITH_SBB');
    }
    const other = await submit({ channel: 'ADV' }, key);
    expect(other.data?.submitReport).toMatchObject({ __typename: 'InputError', field: 'idempotencyKey' });
    expect(await count()).toBe(before + 1);
  });

  it('stores no identity at all for an anonymous report', async () => {
    const key = randomUUID();
    const result = await submit({ anonymous: true, channel: 'INSTITUTION_DESK' }, key);
    expect(result.data?.submitReport.__typename).toBe('ReportReceipt');
    const newest = await harness.db
      .selectFrom('report')
      .select('id')
      .orderBy('received_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(
      await harness.db.selectFrom('report_reporter').where('report_id', '=', newest.id).selectAll().execute(),
    ).toEqual([]);
    // The events of this report and its idempotency record name nobody.
    const events = await harness.db.selectFrom('report_event').selectAll().where('report_id', '=', newest.id).execute();
    expect(events.map((e) => e.by_subject)).toEqual(['anoniem']);
    const { rows } = await sql<{ subject: string }>`select * from idempotency_key where key = ${key}`.execute(
      harness.db,
    );
    const stored = rows[0];
    expect(stored?.subject).toBe('anoniem');
    expect(JSON.stringify(stored)).not.toContain('roc-zadkine-s001');
    // Contact details with an anonymous report are refused, not silently kept.
    const mixed = await submit({ anonymous: true, contact: { email: 'ik@example.org' } });
    expect(mixed.data?.submitReport).toMatchObject({ __typename: 'InputError', field: 'contact' });
  });

  it.each<[Partial<SubmitInput>, string]>([
    [{ grounds: [] }, 'grounds'],
    [{ kind: 'MISUSE' }, 'grounds'],
    [{ grounds: ['ORIGIN', 'ORIGIN'] }, 'grounds'],
    [{ grounds: ['HAARKLEUR'] }, 'grounds'],
    [{ occurredOn: '2099-01-01' }, 'occurredOn'],
    [{ occurredOn: '2001-01-01' }, 'occurredOn'],
    [{ description: 'kort' }, 'description'],
    [{ description: 'x'.repeat(5001) }, 'description'],
    [{ companyId: 'bedrijf-1' }, 'companyId'],
    [{ contact: { email: 'geen-adres' } }, 'contact.email'],
  ])('refuses %j with a Dutch message on field %s, and writes nothing', async (input, field) => {
    const before = await harness.db.selectFrom('report').select('id').execute();
    const result = await submit(input);
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitReport).toMatchObject({ __typename: 'InputError', field });
    const answer = result.data?.submitReport;
    expect(answer && 'message' in answer ? answer.message : '').toMatch(/[a-z]/);
    expect(await harness.db.selectFrom('report').select('id').execute()).toHaveLength(before.length);
  });

  it('a desk sees its own desk reports with the forward deadline, forwards them, and then SBB handles them', async () => {
    const registered = await harness.execute(desk(), REGISTER, {
      input: { ...content, kind: 'MISUSE', grounds: [], reporter: { studentId: 'roc-zadkine-s002', name: 'Noah' } },
      key: randomUUID(),
    });
    expect(registered.data?.registerReport.__typename).toBe('ReportReceipt');
    const list = await harness.execute(desk(), DESK);
    expect(list.errors).toBeUndefined();
    const atDesk = list.data?.deskReports?.filter((r) => r.status === 'AT_DESK') ?? [];
    expect(atDesk.length).toBeGreaterThanOrEqual(2);
    const today = new Date().toISOString().slice(0, 10);
    expect(atDesk.every((r) => (r.forwardDueOn ?? '') > today && !r.overdue)).toBe(true);
    // Another institution's desk sees none of them.
    const other = await harness.execute(desk('albeda-college'), DESK);
    expect(other.data?.deskReports).toEqual([]);

    const id = atDesk[0]?.id as string;
    // SBB cannot read it before it is forwarded; after, it can.
    expect((await harness.execute(as('sbb', 'sbb', 'adviseur-sbb'), DETAIL, { id })).data?.report).toBeNull();
    const forwarded = await harness.execute(desk(), FORWARD, {
      id,
    });
    expect(forwarded.data?.forwardReportToSbb).toMatchObject({ __typename: 'ReportSummary', status: 'WITH_SBB' });
    const twice = await harness.execute(desk(), FORWARD, {
      id,
    });
    expect(twice.data?.forwardReportToSbb).toMatchObject({ __typename: 'ConflictError', field: 'reportId' });
    const sbb = await harness.execute(as('sbb', 'sbb', 'adviseur-sbb'), DETAIL, { id });
    expect(sbb.data?.report?.id).toBe(id);
    // Another desk cannot forward or annotate it: as if it did not exist.
    const foreign = await harness.execute(desk('albeda-college'), NOTE, {
      id,
      text: 'x',
    });
    expect(foreign.data?.addReportNote.__typename).toBe('NotFoundError');
    // An id that cannot be a report (not a UUID) is not found either, never an internal error (fuzz, issue 13).
    for (const bogus of ['roc-zadkine', '', 'x'.repeat(300)]) {
      expect((await harness.execute(desk(), NOTE, { id: bogus, text: 'x' })).data?.addReportNote.__typename).toBe(
        'NotFoundError',
      );
      const read = await harness.execute(as('sbb', 'sbb', 'adviseur-sbb'), DETAIL, { id: bogus });
      expect(read.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
      expect(read.data?.report ?? null).toBeNull();
    }
  });

  it('flags a desk report not forwarded within the working days as overdue', async () => {
    await harness.db
      .updateTable('report')
      .set({ forward_due_on: '2026-01-02' })
      .where('status', '=', 'AT_DESK')
      .execute();
    const list = await harness.execute(desk(), DESK);
    const atDesk = list.data?.deskReports?.filter((r) => r.status === 'AT_DESK') ?? [];
    expect(atDesk.length).toBeGreaterThan(0);
    expect(atDesk.every((r) => r.overdue)).toBe(true);
    expect(list.data?.deskReports?.filter((r) => r.status !== 'AT_DESK').every((r) => !r.overdue)).toBe(true);
  });

  it('audits every read of a report’s details: who, role, when, which report, which fields', async () => {
    const [first] = (await harness.execute(desk(), DESK)).data?.deskReports ?? [];
    const id = first?.id as string;
    const before = await harness.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).execute();
    const read = await harness.execute(desk(), DETAIL, { id });
    expect(read.data?.report?.description).toBeTruthy();
    const after = await harness.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).execute();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      subject: 'docent-roc-zadkine',
      role: 'institution',
      organisation: 'roc-zadkine',
      action: 'READ',
      entity: 'report',
      fields: ['description', 'id', 'notes', 'reporter'],
    });
    // A refused read is no read: nothing to audit, nothing shown.
    const refused = await harness.execute(desk('albeda-college'), DETAIL, { id });
    expect(refused.data?.report).toBeNull();
    expect(await harness.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).execute()).toHaveLength(
      after.length,
    );
  });

  it.each(['company', 'municipality', 'ministry', 'partner', 'student'] as const)(
    'refuses report details to %s (FORBIDDEN, field null, nothing else lost)',
    async (role) => {
      const result = await harness.execute(as(role), DETAIL, { id: randomUUID() });
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(result.data).toEqual({ report: null });
    },
  );

  it('a desk keeps notes, visible to its handlers only', async () => {
    const [first] = (await harness.execute(desk(), DESK)).data?.deskReports ?? [];
    const id = first?.id as string;
    const empty = await harness.execute(desk(), NOTE, {
      id,
      text: '   ',
    });
    expect(empty.data?.addReportNote).toMatchObject({ __typename: 'InputError', field: 'text' });
    const noted = await harness.execute(desk(), NOTE, {
      id,
      text: 'Student gebeld; wil doorgaan.',
    });
    expect(noted.data?.addReportNote.__typename).toBe('ReportSummary');
    const read = await harness.execute(desk(), DETAIL, { id });
    expect(read.data?.report?.notes.map((n) => n.text)).toContain('Student gebeld; wil doorgaan.');
  });
});
