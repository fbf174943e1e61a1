import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { Histogram } from 'prom-client';
import {
  type Caller,
  createLogger,
  createServiceMetrics,
  installTracing,
  LATENCY_BUCKETS,
  operationObserver,
  formatUnexpectedErrors,
  secretKey,
  startGraphQLHttpServer,
  runProcess,
} from '@itsm/platform';
import { type EventTransport, type KafkaSettings, KafkaTransport } from '@itsm/events';
import { createAuthenticator, issueToken, type JwtSettings } from './authentication';
import { bytesOf, requestLimits, type RequestLimits } from './limits';
import { operationMustResolve } from './operation-resolution';
import { createLiveMetrics, LiveFeed } from './live-updates/feed';
import {
  extendedGateway,
  subscriptionsOverWebSocketOnly,
  withLiveUpdates,
} from './live-updates/schema';
import { serveLiveUpdates } from './live-updates/websocket';
import { playgroundBundle } from './playground/bundle';
import { PLAYGROUND_ASSETS_PATH, playgroundLandingPage } from './playground/page';
import { subgraphReadiness } from './readiness';
import { SignedDataSource } from './signed-data-source';
import { subgraphFetcher } from './subgraph-fetcher';

export interface GatewaySettings {
  port: number;
  production: boolean;
  logLevel: string;
  jwt: JwtSettings;
  callerSigningSecret: string;
  limits: RequestLimits;
  /** The largest request body accepted, such as `100kb`. */
  bodyLimit: string;
  introspection: boolean;
  /** Several operations in one HTTP request, as a JSON array. */
  batchedRequests: boolean;
  /** Automatic persisted queries: a frontend sends the sha256 of a query it sent before. */
  persistedQueries: boolean;
  /** GraphiQL, served offline at the GraphQL endpoint to browsers. */
  playground: boolean;
  /** Answers and playground assets of 1 kB or more compressed for clients that accept it
   * (brotli or gzip); off behind a proxy that compresses. */
  responseCompression: boolean;
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  /** Connections kept open to each subgraph. */
  subgraphConnections: number;
  liveUpdates: LiveUpdatesSettings;
}

export interface LiveUpdatesSettings {
  /** Where the gateway reads the events of the live streams; without it, only an event
   * transport handed to `startGateway` (the in-process bus of `pnpm start`) feeds them. */
  kafka?: KafkaSettings | undefined;
  maxSubscriptionsPerConnection: number;
}

export interface GatewayOptions {
  /** The event transport the subgraphs of this process share, such as the in-process bus
   * of `pnpm start`; the live updates listen on it. */
  events?: EventTransport;
}

export interface GatewayContext extends BaseContext {
  caller: Caller;
  requestId: string;
  /** Aborts when the client goes away: its subgraph fetches are then dropped. */
  abandoned: AbortSignal;
}

export interface RunningGateway {
  url: string;
  /** Whether browsers get the playground at `url`. */
  playground: boolean;
  /** An ADMIN token for the playground; development only. */
  developmentToken: string | null;
  stop(): Promise<void>;
}

const DEVELOPMENT_CALLER: Caller = { subject: 'developer', roles: ['ADMIN'], customerIds: [] };

export async function startGateway(
  settings: GatewaySettings,
  logger = createLogger('gateway', settings.logLevel),
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  installTracing();
  const signingKey = secretKey(settings.callerSigningSecret);
  const metrics = createServiceMetrics('gateway');
  const fetches = new Histogram({
    name: 'itsm_gateway_subgraph_fetch_duration_seconds',
    help: 'Subgraph fetches of the gateway, by subgraph, client operation name and outcome',
    labelNames: ['subgraph', 'operation', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [metrics.registry],
  });
  const subgraphs = subgraphFetcher(settings.subgraphConnections);
  const apolloGateway = new ApolloGateway({
    supergraphSdl: readFileSync(settings.supergraphPath, 'utf8'),
    // Subgraph URLs come from configuration, not from the routing URLs composed in.
    buildService: ({ name }) => {
      const url = settings.subgraphUrls[name];
      if (!url) throw new Error(`No URL is configured for subgraph ${name}`);
      return new SignedDataSource(name, url, signingKey, fetches, subgraphs.fetcher);
    },
    logger,
  });
  const authenticate = createAuthenticator(settings.jwt);
  // A development token needs the shared secret; with a JWKS, the identity provider issues them.
  const developmentToken =
    settings.production || !settings.jwt.secret
      ? null
      : await issueToken(DEVELOPMENT_CALLER, settings.jwt);

  const limits = requestLimits(settings.limits);
  const playgroundAssets = settings.playground ? await playgroundBundle() : null;

  // Live updates need events: Kafka, or the transport of the process the gateway runs in.
  const ownTransport = options.events
    ? undefined
    : settings.liveUpdates.kafka && new KafkaTransport(settings.liveUpdates.kafka, logger);
  const events = options.events ?? ownTransport;
  const liveMetrics = events && createLiveMetrics(metrics.registry);
  const feed = events && new LiveFeed(events, liveMetrics!, logger);
  if (!feed) logger.warn('live updates are off: set KAFKA_BROKERS to serve them');
  let servedSchema: GraphQLSchema | undefined;
  const gateway = feed
    ? extendedGateway(
        apolloGateway,
        (apiSchema) => withLiveUpdates(apiSchema, feed),
        (schema) => (servedSchema = schema),
      )
    : apolloGateway;
  const http = await startGraphQLHttpServer<GatewayContext>({
    port: settings.port,
    logger,
    metrics,
    bodyLimit: settings.bodyLimit,
    createApollo: (drainPlugin, httpServer) =>
      new ApolloServer<GatewayContext>({
        gateway,
        introspection: settings.introspection,
        allowBatchedHttpRequests: settings.batchedRequests,
        // The default cache is in memory, per replica: a replica that misses a hash answers
        // PERSISTED_QUERY_NOT_FOUND and the client sends the query again.
        persistedQueries: settings.persistedQueries ? {} : false,
        validationRules: limits.validationRules,
        parseOptions: limits.parseOptions,
        formatError: formatUnexpectedErrors(logger, settings.production),
        plugins: [
          drainPlugin,
          operationObserver(metrics, logger),
          operationMustResolve<GatewayContext>(),
          ...limits.plugins,
          ...(feed
            ? [
                subscriptionsOverWebSocketOnly<GatewayContext>(),
                serveLiveUpdates<GatewayContext>({
                  httpServer,
                  path: '/graphql',
                  schema: () => servedSchema,
                  authenticate,
                  validationRules: limits.validationRules,
                  parseOptions: limits.parseOptions,
                  blockFieldSuggestions: settings.limits.blockFieldSuggestions,
                  maxPayloadBytes: bytesOf(settings.bodyLimit),
                  maxSubscriptionsPerConnection: settings.liveUpdates.maxSubscriptionsPerConnection,
                  metrics: liveMetrics!,
                  logger,
                  production: settings.production,
                }),
              ]
            : []),
          playgroundAssets
            ? playgroundLandingPage('/graphql', developmentToken, feed !== undefined)
            : ApolloServerPluginLandingPageDisabled(),
        ],
      }),
    routes: (app) => {
      if (settings.responseCompression) app.use(compression());
      if (playgroundAssets) app.use(PLAYGROUND_ASSETS_PATH, express.static(playgroundAssets));
    },
    context: async ({ req, requestId, abandoned }) => ({
      caller: (await authenticate(req.header('authorization'))).caller,
      requestId,
      abandoned,
    }),
    readiness: async () => ({
      ...(await subgraphReadiness(settings.subgraphUrls)),
      ...(feed && { 'live-updates': await feed.readiness() }),
    }),
  });
  await feed?.start();
  return {
    url: http.url,
    playground: playgroundAssets !== null,
    developmentToken,
    stop: async () => {
      await http.stop();
      feed?.stop();
      await Promise.all([ownTransport?.stop(), subgraphs.close()]);
    },
  };
}

/** Where operators find the playground and, in development, a token to use in it. */
export function playgroundNotice(running: RunningGateway): string {
  const token = running.developmentToken
    ? `Development token (ADMIN):\n  Bearer ${running.developmentToken}\n\n`
    : '';
  const playground = running.playground ? `Playground: ${running.url}\n` : '';
  return `\nGraphQL: ${running.url}\n${playground}${token}`;
}

/** The entry point of the gateway process. */
export function runGateway(settings: GatewaySettings): void {
  const logger = createLogger('gateway', settings.logLevel);
  runProcess(logger, async () => {
    const running = await startGateway(settings, logger);
    process.stdout.write(playgroundNotice(running));
    return running;
  });
}
