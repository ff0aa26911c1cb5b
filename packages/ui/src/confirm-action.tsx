import { Heading } from '@rijkshuisstijl-community/components-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

export interface ConfirmActionProps {
  /** The first button, e.g. "Praktijkovereenkomst ondertekenen"; it opens the check step. */
  trigger: string;
  /** Heading of the check step, e.g. "Controleer voordat je ondertekent". */
  title: string;
  /** What happens, spelled out (who sees what, what cannot be undone). */
  children: ReactNode;
  /** A declaration to tick before confirming, e.g. "Ik heb de overeenkomst gelezen en ga akkoord." */
  declaration?: string;
  /** The confirming button, e.g. "Ja, ondertekenen". */
  confirm: string;
  onConfirm: () => void | Promise<void>;
  busy?: boolean;
  /** "je" for students, "u" for staff: the error message follows the app. */
  address?: 'u' | 'je';
  /** Looks less prominent (e.g. declining). */
  secondary?: boolean;
}

/**
 * A second look before an act with legal effect (signing, confirming a round, accepting or declining):
 * the first button opens a check step with the consequences and, for signing, an explicit declaration;
 * only its confirm button acts. Inline rather than a modal dialog, so it works with zoom, screen
 * readers and the browser's back button alike (GOV.UK "check answers" pattern).
 */
export function ConfirmAction({
  trigger,
  title,
  children,
  declaration,
  confirm,
  onConfirm,
  busy,
  address = 'u',
  secondary,
}: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const cancelled = useRef(false);
  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (cancelled.current) triggerRef.current?.focus();
  }, [open]);
  const buttonClass = `utrecht-button ${secondary ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`;
  if (!open) {
    return (
      <div className="stelsel-actions">
        <button ref={triggerRef} type="button" className={buttonClass} onClick={() => setOpen(true)}>
          {trigger}
        </button>
      </div>
    );
  }
  return (
    <section className="stelsel-confirm" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {title}
      </Heading>
      <div>{children}</div>
      {declaration ? (
        <div className="stelsel-confirm__declaration">
          {error ? (
            <p id={`${id}-error`} className="utrecht-form-field-error-message">
              {error}
            </p>
          ) : null}
          <input
            id={`${id}-agree`}
            type="checkbox"
            checked={agreed}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setAgreed(event.target.checked);
              if (event.target.checked) setError(null);
            }}
          />{' '}
          <label htmlFor={`${id}-agree`}>{declaration}</label>
        </div>
      ) : null}
      <div className="stelsel-actions">
        <button
          type="button"
          className={buttonClass}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            if (declaration && !agreed) {
              setError(address === 'je' ? 'Vink eerst aan dat je akkoord gaat.' : 'Vink eerst aan dat u akkoord gaat.');
              return;
            }
            // The step stays open: on success the act's own block goes away; on failure the error summary
            // above takes focus and the same confirm button retries.
            void onConfirm();
          }}
        >
          {confirm}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => {
            cancelled.current = true;
            setOpen(false);
            setAgreed(false);
            setError(null);
          }}
        >
          Annuleren
        </button>
      </div>
    </section>
  );
}

/** Prints the page; the print stylesheet leaves out navigation, footer and buttons. */
export function PrintButton({ children }: { children: ReactNode }) {
  return (
    <div className="stelsel-actions stelsel-no-print">
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
        {children}
      </button>
    </div>
  );
}
