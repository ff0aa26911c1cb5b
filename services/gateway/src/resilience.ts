import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';
import { GraphQLError } from 'graphql';

/** The Dutch name of each subgraph, as a user reads it in a notice. */
export const SERVICE_LABELS: Record<string, string> = {
  placements: 'plaatsingen',
  reports: 'rapportages',
  funding: 'financiering',
  'equal-treatment': 'gelijke behandeling',
};

export interface BreakerOptions {
  /** Consecutive failures after which the circuit opens; default 3. */
  failureThreshold: number;
  /** How long an open circuit refuses before it lets one trial request through; default 5 s. */
  coolDownMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failureThreshold: 3, coolDownMs: 5_000 };

export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * A circuit breaker for one subgraph. Closed: every request goes through. After
 * `failureThreshold` consecutive failures it opens: requests are refused at once, without a
 * connect attempt or a timeout. After `coolDownMs` one trial request goes through (half-open);
 * its success closes the circuit, its failure opens it for another cool-down.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  state: BreakerState = 'closed';

  constructor(
    private readonly options: BreakerOptions = DEFAULT_BREAKER,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a request may go to the subgraph now. */
  allow(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open') {
      if (this.now() - this.openedAt < this.options.coolDownMs) return false;
      this.state = 'half-open';
      this.trialInFlight = false;
    }
    if (this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.trialInFlight = false;
    this.state = 'closed';
  }

  /** A health probe saw the subgraph answer: an open circuit lets its trial request through now. */
  probeSucceeded(): void {
    if (this.state === 'open') this.openedAt = Number.NEGATIVE_INFINITY;
  }

  failed(): void {
    this.failures += 1;
    this.trialInFlight = false;
    if (this.state === 'half-open' || this.failures >= this.options.failureThreshold) {
      this.state = 'open';
      this.openedAt = this.now();
    }
  }
}

/** Normalises the subgraph name as the supergraph spells it (`EQUAL_TREATMENT`) to ours. */
export function serviceOf(subgraphName: string): string {
  return subgraphName.toLowerCase().replace(/_/g, '-');
}

export function subgraphUnavailable(service: string): GraphQLError {
  const label = SERVICE_LABELS[service] ?? service;
  return new GraphQLError(`De dienst ${label} is nu niet bereikbaar. De rest van het antwoord is er wel.`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', service },
  });
}

const TRANSPORT_FAILURE =
  /fetch failed|ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|socket hang up|timed? ?out|aborted|other side closed|terminated|Unexpected end of JSON|Bad Gateway|Service Unavailable|Gateway Timeout/i;

function describe(error: unknown, depth = 0): string {
  if (!error || typeof error !== 'object' || depth > 4) return String(error ?? '');
  const e = error as {
    message?: string;
    code?: string;
    cause?: unknown;
    originalError?: unknown;
    extensions?: unknown;
  };
  const own = `${e.message ?? ''} ${e.code ?? ''} ${JSON.stringify((e.extensions as { code?: string })?.code ?? '')}`;
  return `${own} ${describe(e.cause, depth + 1)} ${describe(e.originalError, depth + 1)}`;
}

/** Whether an error is the transport failing (down, reset, timed out), not the subgraph answering. */
export function isTransportFailure(error: unknown): boolean {
  const text = describe(error);
  return TRANSPORT_FAILURE.test(text) || /TIMEOUT_ERROR|DOWNSTREAM_SERVICE_ERROR/.test(text);
}

function failedResult(result: ExecutionResult): boolean {
  if (result.data) return false;
  return (result.errors ?? []).some((error) => !error.path && isTransportFailure(error));
}

export interface ResilienceOptions {
  breaker?: Partial<BreakerOptions>;
  /** Where each subgraph listens, for the readiness probe. */
  subgraphUrls: Record<string, string>;
  /** How long the readiness probe waits for a subgraph; default 500 ms. */
  probeTimeoutMs?: number;
  /** Called when a circuit opens or closes, for the log. */
  onStateChange?: (service: string, state: BreakerState) => void;
}

/** Whether something answers HTTP at the subgraph's address (any status below 500). */
async function probe(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.status < 500;
  } catch {
    return false;
  }
}

/**
 * Failure stays where it happens: a subgraph that is down (refused connection, reset, timeout)
 * gives a `SUBGRAPH_UNAVAILABLE` error naming the service, and the other subgraphs' data is kept.
 * A circuit breaker per subgraph makes a down subgraph cost nothing after a few failures.
 * `/readiness` answers 503 while any subgraph does not answer, naming which.
 */
export function resiliencePlugin(options: ResilienceOptions): GatewayPlugin & {
  breakers: Map<string, CircuitBreaker>;
} {
  const breakerOptions = { ...DEFAULT_BREAKER, ...options.breaker };
  const breakers = new Map<string, CircuitBreaker>();
  const breakerFor = (service: string) => {
    let breaker = breakers.get(service);
    if (!breaker) {
      breaker = new CircuitBreaker(breakerOptions);
      breakers.set(service, breaker);
    }
    return breaker;
  };
  const transition = (service: string, breaker: CircuitBreaker, before: BreakerState) => {
    if (breaker.state !== before && breaker.state !== 'half-open') options.onStateChange?.(service, breaker.state);
  };
  const probeTimeoutMs = options.probeTimeoutMs ?? 500;

  return {
    breakers,
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/readiness') return;
      {
        const results = await Promise.all(
          Object.entries(options.subgraphUrls).map(async ([service, location]) => ({
            service,
            up: await probe(location, probeTimeoutMs),
          })),
        );
        for (const { service, up } of results) if (up) breakers.get(service)?.probeSucceeded();
        const down = results.filter((r) => !r.up).map((r) => r.service);
        const body = down.length
          ? {
              status: 'niet gereed',
              message: `Niet bereikbaar: ${down.map((s) => SERVICE_LABELS[s] ?? s).join(', ')}.`,
              unavailable: down,
            }
          : { status: 'gereed' };
        endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status: down.length ? 503 : 200,
            headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
          }),
        );
      }
    },
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const service = serviceOf(subgraphName);
      const breaker = breakerFor(service);
      const guarded = async (request: Parameters<typeof executor>[0]): Promise<ExecutionResult> => {
        if (!breaker.allow()) return { errors: [subgraphUnavailable(service)] };
        const before = breaker.state;
        try {
          const result = (await executor(request)) as ExecutionResult;
          if (Symbol.asyncIterator in Object(result)) {
            breaker.succeeded();
            return result;
          }

          if (failedResult(result)) {
            breaker.failed();
            transition(service, breaker, before);
            return { errors: [subgraphUnavailable(service)] };
          }
          breaker.succeeded();
          transition(service, breaker, before);
          return result;
        } catch (error) {
          if (!isTransportFailure(error)) throw error;
          breaker.failed();
          transition(service, breaker, before);
          return { errors: [subgraphUnavailable(service)] };
        }
      };
      setExecutor(guarded as typeof executor);
    },
  };
}
