import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from './logger';
import type { ServiceMetrics } from './metrics';
import { runInServerSpan } from './tracing';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface ReadinessCheck {
  ok: boolean;
  detail?: string;
  /** Reported, but the service stays ready without it. */
  informational?: boolean;
  /** The checks of a service this one depends on, as it reported them. */
  checks?: Readiness;
}
export type Readiness = Record<string, ReadinessCheck>;

export interface RequestInfo {
  req: express.Request;
  requestId: string;
  /** Aborts when the client closes its connection before its answer is sent: work done
   * for it after that is wasted. */
  abandoned: AbortSignal;
}

export interface GraphQLHttpServerOptions<TContext extends BaseContext> {
  port: number;
  host?: string;
  logger: Logger;
  /** Builds the Apollo server; it must include the drain plugin for a graceful stop. The
   * HTTP server is there for what serves beside Apollo, such as WebSocket upgrades. */
  createApollo(
    drainPlugin: ApolloServerPlugin<TContext>,
    httpServer: Server,
  ): ApolloServer<TContext>;
  context(request: RequestInfo): Promise<TContext>;
  readiness(): Promise<Readiness>;
  bodyLimit?: string;
  /** Served at /metrics in Prometheus's text format; /graphql responses are counted. */
  metrics: ServiceMetrics;
  /** Adds routes beside GraphQL and the health checks, such as static assets. */
  routes?(app: express.Express): void;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const DEFAULT_BODY_LIMIT = '1mb';

/** A body too large or not JSON is refused as GraphQL clients expect it: a JSON error with
 * a code, instead of express's HTML page. */
function refuseUnreadableBodies(limit: string): express.ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, next) => {
    if (error.status === 413) {
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than the limit of ${limit}`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', limit },
          },
        ],
      });
    } else if (error.status === 400 || error.status === 415) {
      res.status(error.status).json({
        errors: [
          {
            message: `Unreadable request body: ${error.type}`,
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    } else {
      next(error);
    }
  };
}

const KEEP_ALIVE_MS = 65_000;

/** Serves GraphQL at /graphql with /health/live and /health/ready beside it. */
export async function startGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const app = express();
  app.disable('x-powered-by');
  // Keep idle connections open well past the gateway's reuse of them: with Node's 5 s
  // default, a socket can close just as the gateway sends on it (federation#2313), and the
  // request fails with ECONNRESET.
  const httpServer = createServer(
    { keepAliveTimeout: KEEP_ALIVE_MS, headersTimeout: KEEP_ALIVE_MS + 1_000 },
    app,
  );
  const apollo = options.createApollo(
    ApolloServerPluginDrainHttpServer({ httpServer }),
    httpServer,
  );
  await apollo.start();

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  app.get('/health/ready', async (_req, res) => {
    const checks = await options.readiness();
    const ready = Object.values(checks).every((check) => check.ok || check.informational);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
  app.get('/', (_req, res) => res.redirect('/graphql'));
  options.routes?.(app);
  app.use(
    '/graphql',
    (_req, res, next) => {
      res.on('finish', () => options.metrics.responses.inc({ status: String(res.statusCode) }));
      next();
    },
    express.json({ limit: options.bodyLimit ?? DEFAULT_BODY_LIMIT }),
    // After the body is read: the body parser's stream callbacks would lose the span.
    (req, res, next) => runInServerSpan(`${req.method} /graphql`, req.headers, res, next),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
        res.setHeader(REQUEST_ID_HEADER, requestId);
        const abandonment = new AbortController();
        res.once('close', () => {
          if (!res.writableFinished) abandonment.abort();
        });
        return options.context({ req, requestId, abandoned: abandonment.signal });
      },
    }),
  );

  app.use(refuseUnreadableBodies(options.bodyLimit ?? DEFAULT_BODY_LIMIT));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    // Without a host, Node listens on every address, IPv6 and IPv4 alike.
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host ?? 'localhost'}:${port}/graphql`;
  options.logger.info({ url }, 'listening');
  return { url, port, stop: () => apollo.stop() };
}

/** The life of a server process: start, then stop cleanly on SIGTERM or SIGINT. A failure
 * to start is logged with its cause and ends the process with status 1. */
export function runProcess(logger: Logger, start: () => Promise<{ stop(): Promise<void> }>): void {
  start().then(
    (running) => stopOnSignals(logger, running.stop),
    (error: unknown) => {
      logger.fatal({ err: error }, 'failed to start');
      process.exit(1);
    },
  );
}

function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  const handle = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', handle);
  process.once('SIGINT', handle);
}
