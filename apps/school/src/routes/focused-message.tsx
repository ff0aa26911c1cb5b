import { SuccessMessage } from '@stelsel/ui';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A success message that takes focus when it appears. For actions whose control disappears once
 * they succeed (signing, recording a moment as held, the first draft): focus would otherwise fall
 * back to the top of the page, and a keyboard or screen-reader user would lose their place.
 */
export function FocusedSuccessMessage({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1}>
      <SuccessMessage>{children}</SuccessMessage>
    </div>
  );
}
