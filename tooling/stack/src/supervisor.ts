/** When a crashed part is started again: 0.5 s, 1 s, 2 s, … at most 30 s; given up after too many crashes. */
export interface RestartPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  /** This many crashes within `windowMs` and the part stays down. */
  maxCrashes: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  maxCrashes: 5,
  windowMs: 60_000,
};

/**
 * The decision after a crash at `now`, given the earlier crash times of the same part: wait this
 * long and start it again, or give up. The delay doubles with every crash still inside the window.
 */
export function nextRestart(
  crashes: readonly number[],
  now: number,
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): { giveUp: true; recent: number } | { giveUp: false; delayMs: number; recent: number } {
  const recent = crashes.filter((t) => now - t < policy.windowMs).length + 1;
  if (recent > policy.maxCrashes) return { giveUp: true, recent };
  const delayMs = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (recent - 1));
  return { giveUp: false, delayMs, recent };
}

export const seconds = (ms: number) => `${(ms / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s`;
