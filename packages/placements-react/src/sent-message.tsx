import { FocusedMessage } from '@stelsel/ui';
import { type ReactNode, useState } from 'react';

/** What `useSentMessage` keeps: what was sent, and the message that says so. */
export interface SentMessage<I> {
  /** What was sent since the page loaded; its length keys a fresh form after each. */
  sent: I[];
  /** The message, once something was sent: it takes focus. */
  message: ReactNode;
  /** When the user sends the form: an earlier message goes. */
  onStart: () => void;
  /** After the server did the work. */
  onSent: (input: I) => void;
}

/**
 * Recording one thing after another (a payment, a planned or held contact moment): what was sent, and a message
 * that takes focus, as the form it was sent from is replaced by a fresh one or disappears once the agreement
 * reloads.
 */
export function useSentMessage<I>(text: string, onSent?: (input: I) => void): SentMessage<I> {
  const [sent, setSent] = useState<I[]>([]);
  const [shown, setShown] = useState(false);
  return {
    sent,
    message: shown ? <FocusedMessage key={sent.length}>{text}</FocusedMessage> : null,
    onStart: () => setShown(false),
    onSent: (input) => {
      setSent((list) => [...list, input]);
      setShown(true);
      onSent?.(input);
    },
  };
}
