import { randomBytes } from 'node:crypto';
import type { EventSettings, KafkaSettings } from '@itsm/events';
import { type Caller, CALLER_HEADER, secretKey, signCallerAssertion } from '@itsm/platform';
import {
  type RequestContext,
  type RunningSubgraph,
  type StartOptions,
  type SubgraphDefinition,
  startSubgraph,
} from '@itsm/subgraph-kit';
import { createTestDatabase } from './database';
import { type GraphQLResponse, postGraphQL } from './graphql-client';

export const TEST_SECRETS = {
  jwt: 'test-jwt-secret-0123456789abcdef0123456789',
  callerSigning: 'test-caller-signing-secret-0123456789abcdef',
};

export type TestCaller = Partial<Caller> & Pick<Caller, 'roles'>;

export function callerOf(caller: TestCaller): Caller {
  return { subject: 'tester', customerIds: [], ...caller };
}

/** Runs an operation as the given caller. */
export type QueryAs = <Data = Record<string, any>>(
  caller: TestCaller,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse<Data>>;

export interface TestSubgraph {
  running: RunningSubgraph;
  /** Runs an operation against the subgraph directly, signed as the gateway would sign it. */
  query: QueryAs;
  stop(): Promise<void>;
}

/** Runs an operation against a subgraph directly, signed as the gateway would sign it for
 * this caller. */
export async function querySubgraph<Data = Record<string, any>>(
  url: string,
  subgraph: string,
  caller: TestCaller,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<Data>> {
  const assertion = await signCallerAssertion(
    callerOf(caller),
    { audience: subgraph, query, variables: variables ?? null },
    secretKey(TEST_SECRETS.callerSigning),
  );
  return postGraphQL(
    url,
    { query, ...(variables && { variables }) },
    { [CALLER_HEADER]: assertion },
  );
}

/** Event settings for tests: quick polling and retries, and Kafka only when asked for. */
export function testEventSettings(kafka?: KafkaSettings): EventSettings {
  return {
    ...(kafka && { kafka }),
    relay: { batchSize: 200, batchMaxBytes: 1_000_000, pollIntervalMs: 200, retentionHours: 168 },
    retry: { attempts: 3, initialDelayMs: 20 },
  };
}

/** The real broker of the test run (see the global setup), under topics and consumer groups
 * no other test uses. */
export function testKafkaSettings(
  clientId: string,
  topicPrefix = uniqueTopicPrefix(),
): KafkaSettings {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) {
    throw new Error('KAFKA_BROKERS is unset: run tests through Jest, whose global setup sets it');
  }
  return {
    brokers: brokers.split(','),
    clientId,
    topicPrefix,
    partitions: 3,
    replicationFactor: 1,
  };
}

export function uniqueTopicPrefix(): string {
  return `test-${randomBytes(4).toString('hex')}.`;
}

export interface TestSubgraphOptions extends StartOptions {
  events?: EventSettings;
  /** A PostgreSQL server of the test's own, for tests that stop it. */
  postgresAdminUrl?: string;
}

/** One subgraph on a fresh database, for integration tests of a single service. Events go
 * to an in-process bus of its own unless a transport or Kafka settings are given. */
export async function startTestSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  options: TestSubgraphOptions = {},
): Promise<TestSubgraph> {
  const { events = testEventSettings(), postgresAdminUrl, ...startOptions } = options;
  const database = await createTestDatabase(definition.name, postgresAdminUrl);
  const running = await startSubgraph(
    definition,
    {
      port: 0,
      databaseUrl: database.url,
      databasePoolSize: 4,
      callerSigningSecret: TEST_SECRETS.callerSigning,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
      production: false,
      events,
    },
    startOptions,
  );
  return {
    running,
    query: (caller, query, variables) =>
      querySubgraph(running.url, definition.name, caller, query, variables),
    stop: async () => {
      await running.stop();
      await database.drop();
    },
  };
}
