import { type PublicPageProps, useQuery } from '@stelsel/client';
import {
  Failed,
  FormFrame,
  formatDateTime,
  Heading,
  Link,
  Loading,
  Paragraph,
  TextField,
  useForm,
  usePageTitle,
} from '@stelsel/ui';
import { useState } from 'react';
import { reportByReceiptQuery } from '../graphql/reports.ts';
import { REPORT_PATH } from './paths.ts';
import { CHANNEL_LABELS } from './report-form.ts';

/**
 * "Melding volgen", open without login (issue 10: a receipt code "to follow the report's status without
 * logging in again"). It shows where the report is, never what it says or who made it; the gateway lets
 * a visitor run only this query, and limits how often one address may ask.
 */
export function FollowReportPage({ basePath, loggedIn }: PublicPageProps) {
  usePageTitle('Melding volgen', 'Meldpunt stage');
  return (
    <section aria-labelledby="volgen-title">
      <Heading level={1} id="volgen-title">
        Melding volgen
      </Heading>
      <Paragraph>
        Meldde je discriminatie of misbruik bij een stage? Vul de ontvangstcode in die je bij je melding kreeg. Je ziet
        dan hoe ver je melding is, zonder in te loggen. Wat je meldde en wie je bent, staat hier niet: die code is
        alleen de sleutel tot de stand.
      </Paragraph>
      <FollowReport initialCode="" />
      <Paragraph>
        {loggedIn ? (
          <Link href={`${basePath}${REPORT_PATH}`}>Terug naar melden</Link>
        ) : (
          <>
            Wil je iets melden? <Link href="/">Log dan in</Link>; je kunt ook anoniem melden.
          </>
        )}
      </Paragraph>
    </section>
  );
}

/**
 * Following a report with its receipt code: the status and its history, nothing about the content. A lookup
 * without a title of its own, and its error summary stays empty (an unknown code is the answer, not an error).
 */
export function FollowReport({ initialCode }: { initialCode: string }) {
  const f = useForm({ initial: { code: initialCode }, ids: { code: 'volg-code' }, labels: { code: 'Ontvangstcode' } });
  const [asked, setAsked] = useState<string | null>(null);
  return (
    <>
      <FormFrame
        form={f}
        label="Melding volgen"
        errorTitle="De stand is niet opgehaald"
        submitLabel="Stand bekijken"
        submitAppearance="secondary"
        onSubmit={() => setAsked(f.form.code.trim())}
      >
        <TextField {...f.bind('code')} description="De code die je kreeg toen je meldde." />
      </FormFrame>
      {asked ? <Progress key={asked} code={asked} /> : null}
    </>
  );
}

function Progress({ code }: { code: string }) {
  const result = useQuery(reportByReceiptQuery, { code });
  if (result.status === 'loading') return <Loading>De stand wordt opgehaald…</Loading>;
  if (result.status === 'failed') {
    return <Failed what="de stand van je melding" message={result.error.message} onRetry={result.reload} />;
  }
  const progress = result.data.reportByReceipt;
  if (!progress)
    return <Paragraph role="status">Met deze code is geen melding gevonden. Controleer de code.</Paragraph>;
  return (
    <div role="status">
      <Paragraph>
        Stand van je melding: <strong>{progress.statusLabel}</strong> (gemeld bij {CHANNEL_LABELS[progress.channel]},
        ontvangen {formatDateTime(progress.receivedAt)}).
      </Paragraph>
      <ol aria-label="Verloop van je melding">
        {progress.history.map((h) => (
          <li key={`${h.status}-${h.at}`}>
            {formatDateTime(h.at)}: {h.statusLabel}
          </li>
        ))}
      </ol>
    </div>
  );
}
