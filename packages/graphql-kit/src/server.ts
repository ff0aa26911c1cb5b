import { type BaseContext as ApolloBaseContext, ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { CALLER_HEADER, type Caller, CallerContextError, type CallerContextVerifier } from '@stelsel/auth';
import type { GraphQLSchema } from 'graphql';
import { DomainError, type Logger, maskError } from './errors.ts';
import {
  bindRequestSignal,
  DEFAULT_SUBGRAPH_LIMITS,
  depthLimit,
  resolvedFieldsBudget,
  type SubgraphLimits,
  stopWhenCallerLeaves,
} from './operation-guards.ts';

export interface SubgraphOptions<Context> {
  name: string;
  schema: GraphQLSchema;
  logger: Logger;
  /** Builds the resolver context for a verified caller. */
  createContext: (caller: Caller) => Context | Promise<Context>;
  /** The subgraph's own depth and size limits; defaults in DEFAULT_SUBGRAPH_LIMITS. */
  limits?: Partial<SubgraphLimits>;
}

export function createSubgraphServer<Context extends ApolloBaseContext>(options: SubgraphOptions<Context>) {
  const limits = { ...DEFAULT_SUBGRAPH_LIMITS, ...options.limits };
  return new ApolloServer<Context>({
    schema: options.schema,
    formatError: maskError(options.logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      depthLimit<Context>(limits.maxDepth),
      resolvedFieldsBudget<Context>(limits.maxResolvedFields),
      stopWhenCallerLeaves<Context>((resolved) =>
        options.logger.info('aanvraag gestopt: de aanvrager wacht niet meer', { subgraph: options.name, resolved }),
      ),
    ],
  });
}

export interface ListenOptions<Context> extends SubgraphOptions<Context> {
  port: number;
  host?: string;
  verifyCaller: CallerContextVerifier;
}

/** Serves a subgraph over HTTP; only requests carrying the gateway's signed caller are answered. */
export async function listenSubgraph<Context extends ApolloBaseContext>(options: ListenOptions<Context>) {
  const server = createSubgraphServer(options);
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? '127.0.0.1' },
    context: async ({ req, res }) => {
      const header = req.headers[CALLER_HEADER];
      try {
        const caller = await options.verifyCaller(Array.isArray(header) ? header[0] : header);
        const context = await options.createContext(caller);
        // The gateway hanging up before the answer is sent (its timeout, or its client left) stops the work.
        const controller = new AbortController();
        res.once('close', () => {
          if (!res.writableFinished) controller.abort();
        });
        bindRequestSignal(context, controller.signal);
        return context;
      } catch (error) {
        if (error instanceof CallerContextError) throw new DomainError('UNAUTHENTICATED', error.message);
        throw error;
      }
    },
  });
  options.logger.info('subgraaf luistert', { subgraph: options.name, url });
  return { server, url, stop: () => server.stop() };
}

/** Stops cleanly on Ctrl-C or SIGTERM: close the server, then the database, then exit. */
export function stopOnSignal(logger: Logger, ...steps: Array<() => Promise<unknown>>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stoppen', { signal });
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        logger.warn('stoppen ging niet helemaal goed', { error: String(error) });
      }
    }
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  // Started by the stack with an IPC channel: when the parent dies, do not linger.
  if (process.send) process.once('disconnect', () => void stop('disconnect'));
}
