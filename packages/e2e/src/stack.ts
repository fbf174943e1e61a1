import { join } from 'node:path';
import { changeTransition } from '@itsm/change-transition';
import { InProcessEventBus } from '@itsm/events';
import { continualImprovement } from '@itsm/continual-improvement';
import { customerPortfolio } from '@itsm/customer-portfolio';
import {
  type GatewaySettings,
  issueToken,
  readGatewaySettings,
  type RunningGateway,
  startGateway,
  urlVariable,
} from '@itsm/gateway';
import {
  type Clock,
  createLogger,
  type Logger,
  SUBGRAPHS,
  type SubgraphName,
} from '@itsm/platform';
import { createServiceLevel, readServiceLevelSettings } from '@itsm/service-level';
import type { RequestContext, RunningSubgraph } from '@itsm/subgraph-kit';
import {
  callerOf,
  postGraphQL,
  type QueryAs,
  startTestSubgraph,
  TEST_SECRETS,
  type TestCaller,
  testEventSettings,
  testKafkaSettings,
  uniqueTopicPrefix,
} from '@itsm/testkit';

/** The four subgraphs, service-level with the given settings and clock. */
const definitionsWith = (
  serviceLevel: Pick<TestStackOptions, 'serviceLevelEnvironment' | 'clock'>,
) => ({
  'customer-portfolio': customerPortfolio,
  'service-level': createServiceLevel({
    settings: readServiceLevelSettings(serviceLevel.serviceLevelEnvironment ?? {}),
    ...(serviceLevel.clock && { clock: serviceLevel.clock }),
  }),
  'change-transition': changeTransition,
  'continual-improvement': continualImprovement,
});

export interface TestStack {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** A signed bearer token for the caller, as an identity provider would issue it. */
  tokenFor(caller: TestCaller): Promise<string>;
  /** Runs an operation through the gateway as the given caller. */
  query: QueryAs;
  /** Prepended to every topic and consumer group of this stack on Kafka. */
  topicPrefix: string;
  stop(): Promise<void>;
}

/** Gateway settings for tests: the committed supergraph over the given subgraphs, read
 * from variables as in production; `environment` adds or overrides variables. */
export function testGatewaySettings(
  subgraphs: Record<SubgraphName, RunningSubgraph>,
  options: { production?: boolean; environment?: Record<string, string> } = {},
): GatewaySettings {
  return readGatewaySettings({
    NODE_ENV: options.production ? 'production' : 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_SECRETS.jwt,
    CALLER_SIGNING_SECRET: TEST_SECRETS.callerSigning,
    SUPERGRAPH_PATH: join(__dirname, '../../../schema/supergraph.graphql'),
    ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [urlVariable(name), subgraphs[name].url])),
    ...options.environment,
  });
}

export interface TestStackOptions {
  production?: boolean;
  /** Kafka: the subgraphs talk to the broker under topics of their own, each as if in its
   * own process. By default they share an in-process bus, as `pnpm start` does. */
  kafka?: { brokers?: string[] } | true;
  /** The logger of each service (the gateway's is named `gateway`); silent by default. */
  logger?: (service: string) => Logger;
  /** service-level's own variables, such as BREACH_FORECAST_AT_RISK_PROBABILITY. */
  serviceLevelEnvironment?: Record<string, string>;
  /** The time service-level measures and forecasts at; the system's by default. */
  clock?: Clock;
  /** The subgraphs' databases go on this PostgreSQL server instead of the run's. */
  postgresAdminUrl?: string;
}

/** The four subgraphs, each on its own fresh database, and the gateway over the
 * committed supergraph: the system as `pnpm start` runs it, inside the test process. */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const topicPrefix = uniqueTopicPrefix();
  const bus = options.kafka ? undefined : new InProcessEventBus(createLogger('bus', 'silent'));
  const definitions = definitionsWith(options);
  const brokers = options.kafka === true ? undefined : options.kafka?.brokers;
  const started = await Promise.all(
    SUBGRAPHS.map(({ name }) =>
      startTestSubgraph<RequestContext>(definitions[name], {
        ...(bus
          ? { transport: bus }
          : {
              events: testEventSettings({
                ...testKafkaSettings(name, topicPrefix),
                ...(brokers && { brokers }),
              }),
            }),
        ...(options.logger && { logger: options.logger(name) }),
        ...(options.postgresAdminUrl && { postgresAdminUrl: options.postgresAdminUrl }),
      }),
    ),
  );
  bus?.start();
  const subgraphs = Object.fromEntries(
    started.map((subgraph) => [subgraph.running.name, subgraph.running]),
  ) as Record<SubgraphName, RunningSubgraph>;
  // The gateway reads the live updates' events where the subgraphs publish them.
  const gatewayKafka = options.kafka && {
    KAFKA_BROKERS: (brokers ?? testKafkaSettings('gateway').brokers).join(','),
    KAFKA_TOPIC_PREFIX: topicPrefix,
  };
  const gateway = await startGateway(
    testGatewaySettings(subgraphs, {
      ...options,
      ...(gatewayKafka && { environment: gatewayKafka }),
    }),
    options.logger?.('gateway'),
    { ...(bus && { events: bus }) },
  );
  const jwt = { secret: TEST_SECRETS.jwt };

  const tokenFor: TestStack['tokenFor'] = (caller) => issueToken(callerOf(caller), jwt);
  return {
    gateway,
    subgraphs,
    tokenFor,
    topicPrefix,
    query: async (caller, query, variables) =>
      postGraphQL(
        gateway.url,
        { query, ...(variables && { variables }) },
        {
          authorization: `Bearer ${await tokenFor(caller)}`,
        },
      ),
    stop: async () => {
      await gateway.stop();
      await bus?.stop();
      await Promise.all(started.map((subgraph) => subgraph.stop()));
    },
  };
}
