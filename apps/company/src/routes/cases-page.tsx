import { graphqlRequest, mutationOutcome, useQuery } from '@stelsel/client';
import {
  FormFrame,
  formatDate,
  Heading,
  Paragraph,
  QueryStatus,
  SelectField,
  SuccessMessage,
  TextareaField,
  useForm,
} from '@stelsel/ui';
import type { FormResult } from '@stelsel/ui/form-model';
import { useState } from 'react';
import { companyCasesQuery, giveStatementMutation, reportFulfilmentMutation } from '../graphql/cases.ts';
import type { CompanyCasesQuery } from '../graphql/generated/graphql.ts';

type Case = NonNullable<CompanyCasesQuery['companyCases']>[number];

const AGREEMENT_STATUS = { OPEN: 'Open', FULFILLED: 'Nagekomen', BREACHED: 'Niet nagekomen' } as const;

const caseTitle = (c: Case) =>
  `${c.kindLabel}, ${c.momentLabel.toLowerCase()}, ${c.occurredInMonth}${c.grounds.length ? ` (${c.grounds.map((g) => g.label).join(', ')})` : ''}`;

/** "Meldingen" (issue 10): the SBB cases about this company, never who reported; its statement and its agreements. */
export function CasesPage() {
  const result = useQuery(companyCasesQuery, {});
  const [done, setDone] = useState<string | null>(null);
  const changed = (message: string) => {
    setDone(message);
    result.reload();
  };
  return (
    <section aria-labelledby="zaken-title">
      <Heading level={1} id="zaken-title">
        Meldingen over uw leerbedrijf
      </Heading>
      <Paragraph>
        SBB onderzoekt meldingen over discriminatie of misbruik van stagiairs, met hoor en wederhoor. U ziet hier wat er
        gemeld is, niet wie meldde. U kunt uw kant van het verhaal geven en laten zien wat u met afspraken deed.
      </Paragraph>
      <QueryStatus result={result} what="de meldingen" loading="De meldingen worden opgehaald…" />
      {result.status === 'done' ? (
        <>
          {done ? <SuccessMessage>{done}</SuccessMessage> : null}
          {(result.data.companyCases ?? []).length === 0 ? (
            <Paragraph>Er zijn geen meldingen over uw leerbedrijf.</Paragraph>
          ) : (
            (result.data.companyCases ?? []).map((c) => <CaseView key={c.id} item={c} />)
          )}
          <StatementForm cases={(result.data.companyCases ?? []).filter((c) => c.mayGiveStatement)} onDone={changed} />
          <FulfilmentForm cases={result.data.companyCases ?? []} onDone={changed} />
        </>
      ) : null}
    </section>
  );
}

function CaseView({ item }: { item: Case }) {
  return (
    <article className="stelsel-panel" aria-labelledby={`zaak-${item.id}`}>
      <Heading level={2} id={`zaak-${item.id}`}>
        {caseTitle(item)}
      </Heading>
      <Paragraph>
        Stand: <strong>{item.statusLabel}</strong>. Bij SBB sinds {formatDate(item.receivedAt.slice(0, 10))}.
      </Paragraph>
      {item.ownStatements.length > 0 ? (
        <ul aria-label="Uw verklaringen">
          {item.ownStatements.map((s) => (
            <li key={`${s.givenOn}-${s.summary.slice(0, 20)}`}>
              {formatDate(s.givenOn)}: {s.summary}
            </li>
          ))}
        </ul>
      ) : null}
      {item.decisionLabel ? (
        <Paragraph>
          Besluit van SBB: <strong>{item.decisionLabel}</strong>
          {item.motivation ? `. ${item.motivation}` : ''}
        </Paragraph>
      ) : null}
      {item.agreements.length > 0 ? (
        <ul aria-label="Verbeterafspraken">
          {item.agreements.map((a) => (
            <li key={a.id}>
              {a.kindLabel}: {a.description} — uiterlijk {formatDate(a.dueOn)},{' '}
              {a.overdue ? 'termijn verstreken' : AGREEMENT_STATUS[a.status].toLowerCase()}
              {a.companyReport ? `. Uw toelichting: ${a.companyReport}` : ''}
              {a.assessment ? `. Beoordeling SBB: ${a.assessment}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

type ChoiceField = 'id' | 'text';

/** A choice and a text of 10 to 2000 characters. */
export function choiceWithText(
  id: string,
  text: string,
  missing: string,
): FormResult<{ id: string; text: string }, ChoiceField> {
  const errors: Partial<Record<ChoiceField, string>> = {};
  if (!id) errors.id = missing;
  const clean = text.trim();
  if (clean.length < 10 || clean.length > 2000) errors.text = 'Schrijf 10 tot 2000 tekens.';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: { id, text: clean } };
}

const IDS = {
  statement: { id: 'verklaring-zaak', text: 'verklaring-tekst' },
  fulfilment: { id: 'afspraak-keuze', text: 'afspraak-tekst' },
} as const;

function StatementForm({ cases, onDone }: { cases: Case[]; onDone: (m: string) => void }) {
  const f = useForm({
    initial: { id: '', text: '' },
    ids: IDS.statement,
    labels: { id: 'Melding', text: 'Uw verklaring' },
    serverFields: { caseId: 'id' },
  });
  // A second statement is a statement too: SBB reads each with its date, so no idempotency key is needed.
  const submit = async () => {
    const sent = await f.submission.send(choiceWithText(f.form.id, f.form.text, 'Kies de melding.'), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(giveStatementMutation, { caseId: input.id, text: input.text })).data?.giveCaseStatement,
      ),
    );
    if (sent) {
      f.set('text', '');
      onDone('Uw verklaring is naar SBB gestuurd.');
    }
  };
  return (
    <FormFrame
      form={f}
      titleId="verklaring-title"
      title="Uw verklaring geven"
      errorTitle="Uw verklaring is niet verstuurd"
      submitLabel="Verklaring versturen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('id')}
        placeholder={cases.length === 0 ? 'SBB vraagt nu geen verklaring' : 'Kies een melding'}
        options={cases.map((c) => ({ value: c.id, label: caseTitle(c) }))}
      />
      <TextareaField
        {...f.bind('text')}
        description="Wat is er volgens u gebeurd? SBB neemt dit mee in het onderzoek."
      />
    </FormFrame>
  );
}

function FulfilmentForm({ cases, onDone }: { cases: Case[]; onDone: (m: string) => void }) {
  const open = cases.flatMap((c) => c.agreements.filter((a) => a.status === 'OPEN'));
  const f = useForm({
    initial: { id: '', text: '' },
    ids: IDS.fulfilment,
    labels: { id: 'Afspraak', text: 'Wat heeft u gedaan?' },
    serverFields: { agreementId: 'id' },
  });
  // The latest account replaces the earlier one until SBB assesses it: sending twice does no harm.
  const submit = async () => {
    const sent = await f.submission.send(choiceWithText(f.form.id, f.form.text, 'Kies de afspraak.'), (input) =>
      mutationOutcome(
        async () =>
          (await graphqlRequest(reportFulfilmentMutation, { agreementId: input.id, text: input.text })).data
            ?.reportAgreementFulfilment,
      ),
    );
    if (sent) {
      f.set('text', '');
      onDone('Uw toelichting bij de afspraak is naar SBB gestuurd.');
    }
  };
  if (open.length === 0) return null;
  return (
    <FormFrame
      form={f}
      titleId="afspraak-title"
      title="Laten zien wat u met een afspraak deed"
      errorTitle="Uw toelichting is niet verstuurd"
      submitLabel="Toelichting versturen"
      onSubmit={submit}
    >
      <SelectField
        {...f.bind('id')}
        placeholder="Kies een afspraak"
        options={open.map((a) => ({ value: a.id, label: `${a.kindLabel} (uiterlijk ${formatDate(a.dueOn)})` }))}
      />
      <TextareaField {...f.bind('text')} />
    </FormFrame>
  );
}
