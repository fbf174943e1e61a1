import { join } from 'node:path';
import { type GatewaySettings, issueToken, type RunningGateway, startGateway } from '@itsm/gateway';
import {
  type Caller,
  CALLER_HEADER,
  secretKey,
  signCallerAssertion,
  SUBGRAPHS,
  type SubgraphName,
} from '@itsm/platform';
import {
  type RequestContext,
  type RunningSubgraph,
  type SubgraphDefinition,
  startSubgraph,
} from '@itsm/subgraph-kit';
import { changeTransition } from '@itsm/change-transition';
import { continualImprovement } from '@itsm/continual-improvement';
import { customerPortfolio } from '@itsm/customer-portfolio';
import { serviceLevel } from '@itsm/service-level';
import { createTestDatabase } from './database';
import { type GraphQLResponse, postGraphQL } from './graphql-client';

export const TEST_SECRETS = {
  jwt: 'test-jwt-secret-0123456789abcdef0123456789',
  callerSigning: 'test-caller-signing-secret-0123456789abcdef',
};

const definitions = {
  'customer-portfolio': customerPortfolio,
  'service-level': serviceLevel,
  'change-transition': changeTransition,
  'continual-improvement': continualImprovement,
};

export type TestCaller = Partial<Caller> & Pick<Caller, 'roles'>;

function callerOf(caller: TestCaller): Caller {
  return { subject: 'tester', customerIds: [], ...caller };
}

export interface TestSubgraph {
  running: RunningSubgraph;
  /** Runs an operation against the subgraph directly, signed as the gateway would sign it. */
  query<Data = Record<string, any>>(
    caller: TestCaller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/** One subgraph on a fresh database, for integration tests of a single service. */
export async function startTestSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
): Promise<TestSubgraph> {
  const database = await createTestDatabase(definition.name);
  const running = await startSubgraph(definition, {
    port: 0,
    databaseUrl: database.url,
    databasePoolSize: 4,
    callerSigningSecret: TEST_SECRETS.callerSigning,
    logLevel: 'silent',
  });
  const signingKey = secretKey(TEST_SECRETS.callerSigning);
  return {
    running,
    query: async (caller, query, variables) => {
      const assertion = await signCallerAssertion(
        callerOf(caller),
        { audience: definition.name, query, variables: variables ?? null },
        signingKey,
      );
      return postGraphQL(
        running.url,
        { query, ...(variables && { variables }) },
        {
          [CALLER_HEADER]: assertion,
        },
      );
    },
    stop: async () => {
      await running.stop();
      await database.drop();
    },
  };
}

export interface TestStack {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** A signed bearer token for the caller, as an identity provider would issue it. */
  tokenFor(caller: TestCaller): Promise<string>;
  /** Runs an operation through the gateway as the given caller. */
  query<Data = Record<string, any>>(
    caller: TestCaller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/** Gateway settings for tests: the committed supergraph over the given subgraphs. */
export function testGatewaySettings(
  subgraphs: Record<SubgraphName, RunningSubgraph>,
  options: { production?: boolean } = {},
): GatewaySettings {
  return {
    port: 0,
    production: options.production ?? false,
    logLevel: 'silent',
    jwt: { secret: TEST_SECRETS.jwt },
    callerSigningSecret: TEST_SECRETS.callerSigning,
    supergraphPath: join(__dirname, '../../../schema/supergraph.graphql'),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, subgraphs[name].url])),
  };
}

/** The four subgraphs, each on its own fresh database, and the gateway over the
 * committed supergraph: the system as `pnpm start` runs it, inside the test process. */
export async function startTestStack(options: { production?: boolean } = {}): Promise<TestStack> {
  const started = await Promise.all(
    SUBGRAPHS.map(({ name }) => startTestSubgraph<RequestContext>(definitions[name])),
  );
  const subgraphs = Object.fromEntries(
    started.map((subgraph) => [subgraph.running.name, subgraph.running]),
  ) as Record<SubgraphName, RunningSubgraph>;
  const gateway = await startGateway(testGatewaySettings(subgraphs, options));
  const jwt = { secret: TEST_SECRETS.jwt };

  const tokenFor: TestStack['tokenFor'] = (caller) => issueToken(callerOf(caller), jwt);
  return {
    gateway,
    subgraphs,
    tokenFor,
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
      await Promise.all(started.map((subgraph) => subgraph.stop()));
    },
  };
}
