import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type Caller, VISITOR_ROLE } from '@stelsel/auth';
import { type ASTVisitor, type ExecutionResult, GraphQLError, type ValidationContext } from 'graphql';
import { operationCost } from './cost.ts';
import { callerOf } from './edge.ts';
import type { RateLimitClass, RateLimiter, RateLimitVerdict } from './rate-limit.ts';

export interface CostLimits {
  /** Largest estimated cost of one operation (`src/cost.ts`); variables count at their maximum. */
  maxCost: number;
  /** Estimated cost a caller may spend per minute, by role (token bucket, like the request rate limit). */
  costPerMinute: Record<Exclude<RateLimitClass, 'anonymous'>, number>;
  /** Estimated cost one caller may have running at once (per gateway process); one operation always may. */
  maxCostInFlight: number;
}

/**
 * The apps' largest operation costs 13,674 (school MatchingRound: a round of 200 students with
 * their choices and results; `test/load/app-costs.ts` lists them all); 10 × `shortages` costs 20,010.
 * A caller may run one operation of the largest size at a time, and spend 50,000 (people in the
 * staff apps who page through overviews: 100,000) per minute.
 */
export const DEFAULT_COST_LIMITS: CostLimits = {
  maxCost: 20_000,
  costPerMinute: {
    student: 50_000,
    institution: 100_000,
    company: 50_000,
    municipality: 50_000,
    ministry: 100_000,
    sbb: 100_000,
    partner: 50_000,
  },
  maxCostInFlight: 20_000,
};

export function formatCost(cost: number): string {
  if (!Number.isFinite(cost) || cost > 1_000_000) return 'meer dan 1.000.000';
  return Math.round(cost).toLocaleString('nl-NL');
}

function costlyError(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `De query is te zwaar (geschatte kosten ${formatCost(cost)}; maximaal ${maxCost.toLocaleString('nl-NL')}). Vraag minder velden of kleinere lijsten op.`,
    {
      extensions: {
        code: 'QUERY_TOO_COSTLY',
        cost: Number.isFinite(cost) ? Math.round(cost) : null,
        limit: maxCost,
        http: { status: 400 },
      },
    },
  );
}

/** The per-operation limit as a validation rule: refused before execution, before any subgraph is asked. */
function costRule(maxCost: number) {
  // A named function: the validation cache keys on rule names.
  return function stelselCostRule(context: ValidationContext): ASTVisitor {
    return {
      Document: {
        leave(document) {
          const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
          for (const operation of operations) {
            // Variables are not known here: each counts at its maximum.
            const cost = operationCost(context.getSchema(), document, operation.name?.value ?? null);
            if (cost > maxCost) context.reportError(costlyError(cost, maxCost));
          }
        },
      },
    };
  };
}

function budgetHeaders(verdict: RateLimitVerdict): Record<string, string> {
  return { 'Retry-After': String(verdict.retryAfterSeconds) };
}

function refusal(message: string, code: string, extensions: Record<string, unknown>, status = 429): ExecutionResult {
  return { errors: [new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } })] };
}

/**
 * Cost limits per operation, per minute and at once, on the estimate of `src/cost.ts`:
 * - an operation over `maxCost` is refused while validating (`QUERY_TOO_COSTLY`);
 * - a caller spends at most `costPerMinute` (`COST_BUDGET_EXCEEDED`, 429 with `Retry-After`);
 * - a caller has at most `maxCostInFlight` running at once (`TOO_MANY_CONCURRENT_REQUESTS`, 429),
 *   so twelve expensive requests in parallel cannot occupy a subgraph together.
 * Every refusal comes before any subgraph is asked.
 */
export function costLimitPlugin(limits: CostLimits, limiter: RateLimiter): GatewayPlugin {
  const inFlight = new Map<string, number>();
  const rule = costRule(limits.maxCost);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      const caller: Caller | undefined = request ? callerOf(request) : undefined;
      // A visitor runs only the platform's own small documents, within the anonymous request budget per address.
      if (!caller || caller.role === VISITOR_ROLE) return;
      const variables = (args.variableValues ?? undefined) as Record<string, unknown> | undefined;
      const cost = Math.max(1, Math.ceil(operationCost(args.schema, args.document, args.operationName, variables)));
      const key = `cost:${caller.role}:${caller.subject}`;
      const perMinute = limits.costPerMinute[caller.role];
      const verdict = await limiter.hit(key, perMinute, Math.min(cost, perMinute));
      if (!verdict.allowed) {
        const result = refusal(
          `Te veel zware verzoeken: maximaal ${perMinute.toLocaleString('nl-NL')} geschatte kosten per minuut (deze query: ${formatCost(cost)}); probeer het over ${verdict.retryAfterSeconds} seconden opnieuw.`,
          'COST_BUDGET_EXCEEDED',
          { limit: perMinute, cost },
        );
        const error = result.errors?.[0];
        if (error?.extensions) (error.extensions.http as Record<string, unknown>).headers = budgetHeaders(verdict);
        setResultAndStopExecution(result);
        return;
      }
      setExecuteFn(async (executionArgs) => {
        const running = inFlight.get(key) ?? 0;
        if (running > 0 && running + cost > limits.maxCostInFlight) {
          return refusal(
            `Te veel gelijktijdige verzoeken: er lopen al verzoeken met geschatte kosten ${formatCost(running)}; samen maximaal ${limits.maxCostInFlight.toLocaleString('nl-NL')}. Wacht op die antwoorden.`,
            'TOO_MANY_CONCURRENT_REQUESTS',
            { limit: limits.maxCostInFlight },
          );
        }
        inFlight.set(key, running + cost);
        try {
          return await executeFn(executionArgs);
        } finally {
          const left = (inFlight.get(key) ?? cost) - cost;
          if (left > 0) inFlight.set(key, left);
          else inFlight.delete(key);
        }
      });
    },
  };
}
