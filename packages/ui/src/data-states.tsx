import { Alert, Paragraph, SecondaryActionButton } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';

/** Shown while data loads; announced politely to screen readers. */
export function Loading({ children = 'Gegevens worden geladen…' }: { children?: ReactNode }) {
  return (
    <div className="stelsel-loading" role="status" aria-live="polite">
      <Paragraph>{children}</Paragraph>
    </div>
  );
}

export interface ErrorMessageProps {
  title?: string;
  children: ReactNode;
}

/** An error the user must notice: the error Alert has role "alert", so it is announced at once. */
export function ErrorMessage({ title = 'Er ging iets mis', children }: ErrorMessageProps) {
  return (
    <Alert type="error">
      <Paragraph>
        <strong>{title}</strong>
      </Paragraph>
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

/** A notice that part of the data came back and part did not (announced politely: the rest is usable). */
export function PartialNotice({
  unavailable,
  services = [],
}: {
  unavailable: readonly string[];
  /** The gateway's sentences naming each service that did not answer (`unavailableServices`). */
  services?: readonly string[];
}) {
  if (unavailable.length === 0 && services.length === 0) return null;
  return (
    <Alert type="warning" role="status">
      <Paragraph>
        <strong>Niet alle gegevens zijn beschikbaar.</strong>
      </Paragraph>
      <Paragraph>
        {unavailable.length > 0 ? `Nu niet beschikbaar: ${[...new Set(unavailable)].join(', ')}. ` : ''}De overige
        gegevens staan hieronder.
      </Paragraph>
      {[...new Set(services)].map((sentence) => (
        <Paragraph key={sentence}>{sentence}</Paragraph>
      ))}
    </Alert>
  );
}

/** An honest empty result, not a blank screen. */
export function Empty({ children = 'Er zijn geen gegevens.' }: { children?: ReactNode }) {
  return (
    <div className="stelsel-empty">
      <Paragraph>{children}</Paragraph>
    </div>
  );
}

export interface NoticeProps {
  title: string;
  children: ReactNode;
}

/** A polite, non-error message (for example: this environment is not for your role). */
export function Notice({ title, children }: NoticeProps) {
  return (
    <Alert type="info">
      <Paragraph>
        <strong>{title}</strong>
      </Paragraph>
      {children}
    </Alert>
  );
}

export interface FailedProps {
  /** What could not be loaded, e.g. "de studenten". */
  what: string;
  message: string;
  onRetry?: () => void;
}

/** A failed load with the reason and, where it may help, a retry button. */
export function Failed({ what, message, onRetry }: FailedProps) {
  return (
    <>
      <ErrorMessage title={`${what.charAt(0).toUpperCase()}${what.slice(1)} kunnen nu niet worden getoond`}>
        {message}
      </ErrorMessage>
      {onRetry ? (
        <SecondaryActionButton type="button" onClick={onRetry}>
          Opnieuw proberen
        </SecondaryActionButton>
      ) : null}
    </>
  );
}

/** Where a query is: what `useQuery` of `@stelsel/client` answers, as far as QueryStatus reads it. */
export type QueryProgress = (
  | { status: 'loading' }
  | { status: 'failed'; error: { message: string } }
  | { status: 'done' }
) & { reload: () => void };

/**
 * What a page shows while its query is not done: "loading" (with what is loading), or why it failed with a
 * retry. Nothing once the answer is in; the page draws that itself.
 * `<QueryStatus result={result} what="de meldingen" loading="De meldingen worden opgehaald…" />`
 */
export function QueryStatus({
  result,
  what,
  loading,
  showing,
}: {
  result: QueryProgress;
  what: string;
  loading?: ReactNode;
  /** What the page still shows from an earlier answer: while there is something, "loading" is not said. */
  showing?: unknown;
}) {
  if (result.status === 'loading') return showing ? null : <Loading>{loading}</Loading>;
  if (result.status === 'failed') return <Failed what={what} message={result.error.message} onRetry={result.reload} />;
  return null;
}

/** Shown by an app's error boundary: the app broke, the rest of the site did not. */
export function AppErrorFallback({ title }: { title: string }) {
  return (
    <ErrorMessage title={`${title} is nu niet beschikbaar`}>
      Dit onderdeel liep vast. De rest van Stelsel mbo werkt gewoon. Laad de pagina opnieuw of probeer het later nog
      eens.
    </ErrorMessage>
  );
}
