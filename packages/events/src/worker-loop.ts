import { backoff } from './apply.ts';

/** Where the event workers say what they did and what failed (the services pass their own logger). */
export interface EventLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface WorkerLoopOptions {
  /** One pass: publish, poll or consume what is there now; resolves with how many events it handled. */
  runOnce: () => Promise<number>;
  /** The pause between passes: after a pass that found nothing (`idle`), or after every pass (`every`). */
  pause: { ms: number; after: 'idle' | 'every' };
  logger: EventLogger;
  /** What a pass does, for the log ("events verwerken"). */
  what: string;
  /** Added to every log line (source, consumer). */
  fields?: Record<string, unknown>;
}

export interface WorkerLoop {
  start(): void;
  stop(): Promise<void>;
}

/**
 * Runs passes until stopped, backing off (`backoff`) while a pass fails and logging the failure, the recovery and
 * what was handled. Shared by the outbox publisher and the consumers (feed and NATS): one loop, one retry policy.
 * `stop()` wakes a sleeping loop and resolves when the running pass has finished.
 */
export function workerLoop(options: WorkerLoopOptions): WorkerLoop {
  const { runOnce, pause, logger, what, fields = {} } = options;
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  async function run() {
    let failures = 0;
    while (running) {
      try {
        const handled = await runOnce();
        if (failures > 0) logger.info(`${what} lukt weer`, fields);
        failures = 0;
        if (handled > 0) logger.info(`${what}: ${handled} verwerkt`, { ...fields, handled });
        if (running && (pause.after === 'every' || handled === 0)) await sleep(pause.ms);
      } catch (error) {
        failures += 1;
        const wait = backoff(failures);
        logger.warn(`${what} mislukt, opnieuw na wachttijd`, {
          ...fields,
          attempt: failures,
          waitMs: wait,
          error: String(error),
        });
        if (running) await sleep(wait);
      }
    }
  }
  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
