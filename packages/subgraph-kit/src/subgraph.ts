import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type DocumentNode, parse } from 'graphql';
import { DataSource, type EntitySchema, type MigrationInterface } from 'typeorm';
import {
  CALLER_HEADER,
  type Caller,
  createLogger,
  createServiceMetrics,
  formatUnexpectedErrors,
  installTracing,
  type Logger,
  operationObserver,
  type Readiness,
  secretKey,
  startGraphQLHttpServer,
  runProcess,
  verifyCallerAssertion,
} from '@itsm/platform';
import {
  type ConsumerDefinition,
  CreateEventOutboxAndInbox1763000000000,
  createEventTransport,
  EventConsumer,
  type EventSettings,
  type EventTransport,
  InProcessEventBus,
  OutboxRelay,
  registerEventMetrics,
  Transactions,
  unsentCount,
} from '@itsm/events';
import { StatementCountingLogger } from './statement-counter';

/** What every request of every subgraph starts with. */
export interface RequestContext {
  caller: Caller;
  logger: Logger;
  requestId: string;
}

export interface SubgraphDefinition<TContext extends RequestContext> {
  /** The subgraph's name in the supergraph, also the audience of the gateway's signature. */
  name: string;
  typeDefs: DocumentNode;
  /** The generated `Resolvers` map of the service; the schema build checks it against the SDL. */
  resolvers: object;
  entities: EntitySchema[];
  migrations: (new () => MigrationInterface)[];
  /** The events this subgraph reacts to, if any. */
  consumer?: ConsumerDefinition;
  /** Builds the services and the per-request DataLoaders on top of the request basics;
   * writes go through `transactions`, which also carry the outbox. */
  createContext(
    request: RequestContext,
    dataSource: DataSource,
    transactions: Transactions,
  ): TContext;
}

export interface SubgraphSettings {
  port: number;
  host?: string;
  databaseUrl: string;
  databasePoolSize?: number;
  callerSigningSecret: string;
  /** Accepted besides the current one while the secret is rotated. */
  previousCallerSigningSecret?: string;
  logLevel: string;
  production: boolean;
  events: EventSettings;
}

export interface StartOptions {
  logger?: Logger;
  /** A transport shared with other subgraphs of this process, started and stopped by its
   * owner; by default the subgraph makes its own from its settings. */
  transport?: EventTransport;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  dataSource: DataSource;
  relay: OutboxRelay;
  /** SQL statements sent since start. */
  statementCount(): number;
  stop(): Promise<void>;
}

export function loadTypeDefs(path: string): DocumentNode {
  return parse(readFileSync(path, 'utf8'));
}

export async function openDataSource(
  definition: Pick<SubgraphDefinition<RequestContext>, 'name' | 'entities' | 'migrations'>,
  settings: Pick<SubgraphSettings, 'databaseUrl' | 'databasePoolSize'>,
  logger: Logger,
  options: { migrate: boolean; purpose?: string } = { migrate: true },
): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: settings.databaseUrl,
    applicationName: options.purpose ? `${definition.name} ${options.purpose}` : definition.name,
    entities: definition.entities,
    migrations: [CreateEventOutboxAndInbox1763000000000, ...definition.migrations],
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new StatementCountingLogger(logger),
    extra: { max: settings.databasePoolSize ?? 10 },
  });
  await dataSource.initialize();
  if (options.migrate) await migrateAlone(dataSource);
  return dataSource;
}

/** Any number, the same in every replica: whoever holds the lock migrates. */
const MIGRATION_LOCK = 7_346_201;

/** Replicas starting together would each run the pending migrations and fail on the
 * second CREATE TABLE; a session advisory lock makes the others wait and then find nothing
 * left to run. */
async function migrateAlone(dataSource: DataSource) {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

/** The relay's connection and one for the outbox metrics, beside the consumer's. */
const EVENTS_POOL_BESIDE_CONSUMER = 2;

export async function startSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  settings: SubgraphSettings,
  options: StartOptions = {},
): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(definition.name, settings.logLevel);
  const dataSource = await openDataSource(definition, settings, logger);
  // The relay and the consumer have a pool of their own, so a backlog of events never
  // takes the connections GraphQL requests need. The consumer applies each partition of
  // its topics side by side, one transaction each.
  const consumerConnections = definition.consumer ? (settings.events.kafka?.partitions ?? 1) : 0;
  const eventsDataSource = await openDataSource(
    definition,
    { ...settings, databasePoolSize: consumerConnections + EVENTS_POOL_BESIDE_CONSUMER },
    logger,
    { migrate: false, purpose: 'events' },
  );
  const transactions = new Transactions(dataSource);
  const transport = options.transport ?? createEventTransport(settings.events, logger);
  installTracing();
  const metrics = createServiceMetrics(definition.name);
  registerEventMetrics(metrics.registry, {
    dataSource: eventsDataSource,
    transport,
    ...(definition.consumer && { consumer: definition.consumer }),
    logger,
  });
  const signingKeys = [settings.callerSigningSecret, settings.previousCallerSigningSecret]
    .filter((secret) => secret !== undefined)
    .map(secretKey) as [Uint8Array, ...Uint8Array[]];
  const schema = buildSubgraphSchema([
    { typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap },
  ]);

  const http = await startGraphQLHttpServer<TContext>({
    port: settings.port,
    ...(settings.host !== undefined && { host: settings.host }),
    logger,
    metrics,
    createApollo: (drainPlugin) =>
      new ApolloServer<TContext>({
        schema,
        formatError: formatUnexpectedErrors(logger, settings.production),
        plugins: [
          drainPlugin,
          operationObserver(metrics, logger),
          ApolloServerPluginInlineTraceDisabled(),
          ApolloServerPluginLandingPageDisabled(),
        ],
      }),
    context: async ({ req, requestId }) => {
      const body = (req.body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
      const caller = await verifyCallerAssertion(
        req.header(CALLER_HEADER),
        {
          audience: definition.name,
          query: typeof body.query === 'string' ? body.query : '',
          variables: body.variables ?? null,
        },
        ...signingKeys,
      );
      const requestLogger = logger.child({ requestId });
      return definition.createContext(
        { caller, logger: requestLogger, requestId },
        dataSource,
        transactions,
      );
    },
    readiness: () => readiness(dataSource, transport),
  });

  const relay = new OutboxRelay(
    eventsDataSource,
    transport,
    { ...settings.events.relay, databaseUrl: settings.databaseUrl },
    logger.child({ component: 'outbox-relay' }),
  );
  relay.start();
  if (definition.consumer) {
    await new EventConsumer(
      definition.consumer,
      new Transactions(eventsDataSource),
      transport,
      settings.events.retry,
      logger.child({ component: 'event-consumer' }),
    ).start();
  }
  if (!options.transport && transport instanceof InProcessEventBus) transport.start();
  logger.info({ events: transport.description }, 'events flowing');

  const counter = dataSource.logger as StatementCountingLogger;
  return {
    name: definition.name,
    url: http.url,
    dataSource,
    relay,
    statementCount: () => counter.statements,
    stop: async () => {
      await http.stop();
      await relay.stop();
      if (!options.transport) await transport.stop();
      await Promise.all([dataSource.destroy(), eventsDataSource.destroy()]);
    },
  };
}

/** Ready while the database answers. The event transport is reported but never makes the
 * subgraph unready: without Kafka, GraphQL keeps working and events wait in the outbox. */
async function readiness(dataSource: DataSource, transport: EventTransport): Promise<Readiness> {
  const database = await databaseReadiness(dataSource);
  if (!database.database?.ok) return database;
  const unsent = await unsentCount(dataSource);
  const broker = await transport.reachable();
  return {
    ...database,
    events: {
      ok: broker.ok,
      detail: `${transport.description}, ${unsent} unsent${broker.detail ? `: ${broker.detail}` : ''}`,
      informational: true,
    },
  };
}

async function databaseReadiness(dataSource: DataSource): Promise<Readiness> {
  try {
    await dataSource.query('SELECT 1');
    return { database: { ok: true } };
  } catch (error) {
    return { database: { ok: false, detail: (error as Error).message } };
  }
}

/** The entry point of a subgraph process. */
export function runSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  settings: SubgraphSettings,
): void {
  const logger = createLogger(definition.name, settings.logLevel);
  if (!settings.events.kafka) {
    logger.warn('KAFKA_BROKERS is unset: events stay inside this process');
  }
  runProcess(logger, () => startSubgraph(definition, settings, { logger }));
}
