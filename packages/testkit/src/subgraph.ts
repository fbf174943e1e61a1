import { type Caller, CALLER_HEADER, secretKey, signCallerAssertion } from '@itsm/platform';
import {
  type RequestContext,
  type RunningSubgraph,
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
    production: false,
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
