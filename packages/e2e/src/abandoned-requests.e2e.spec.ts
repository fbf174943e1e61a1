import { type RunningGateway, startGateway } from '@itsm/gateway';
import { eventually } from '@itsm/testkit';
import type { QueryRunner } from 'typeorm';
import { REGISTER_CUSTOMER } from './documents';
import { metricsOf, sample } from './metrics';
import { startTestStack, testGatewaySettings, type TestStack } from './stack';

const customersAs = (operation: string) =>
  `query ${operation} { customers(first: 1) { edges { node { code } } } }`;

/** How many operations whose name starts with `prefix` a service has answered. */
async function operationsAnswered(graphqlUrl: string, prefix: string): Promise<number> {
  const counts = (await metricsOf(graphqlUrl))
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('itsm_graphql_operation_duration_seconds_count{') &&
        line.includes(`operation="${prefix}`),
    )
    .map((line) => Number(line.split(' ').at(-1)));
  return counts.reduce((sum, count) => sum + count, 0);
}

describe('a client that goes away before its answer', () => {
  let stack: TestStack;
  // One connection to each subgraph, so that a second request waits in the gateway.
  let gateway: RunningGateway;
  let token: string;
  let locker: QueryRunner;

  const post = (query: string, signal?: AbortSignal) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
      ...(signal && { signal }),
    });

  beforeAll(async () => {
    stack = await startTestStack();
    gateway = await startGateway(
      testGatewaySettings(stack.subgraphs, { environment: { SUBGRAPH_CONNECTIONS: '1' } }),
    );
    token = await stack.tokenFor({ roles: ['ANALYST'] });
    await stack.query({ roles: ['ADMIN'] }, REGISTER_CUSTOMER, {
      input: { code: 'GONE-1', name: 'Toko Pergi', tier: 'KEY', accountManager: 'rina' },
    });
    locker = stack.subgraphs['customer-portfolio'].dataSource.createQueryRunner();
  });
  afterAll(async () => {
    await locker.release();
    await gateway.stop();
    await stack.stop();
  });

  it('has its fetch under way closed and its queued fetches never sent to the subgraph', async () => {
    const portfolio = stack.subgraphs['customer-portfolio'];
    // The subgraph's read of customers waits on this lock until it is released.
    await locker.startTransaction();
    await locker.query('LOCK TABLE customer IN ACCESS EXCLUSIVE MODE');
    const clients = [1, 2, 3].map(() => new AbortController());
    const answers = clients.map((client) =>
      post(customersAs('AbandonedCustomers'), client.signal).catch((error: unknown) => error),
    );
    // The first fetch holds the gateway's one connection, waiting on the lock.
    await eventually(async () => {
      const [{ waiting }] = await locker.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      expect(waiting).toBe(1);
    });
    for (const client of clients) client.abort();
    for (const answer of await Promise.all(answers)) {
      expect(answer).toMatchObject({ name: 'AbortError' });
    }
    await eventually(async () => {
      const metrics = await metricsOf(gateway.url);
      expect(
        sample(metrics, 'itsm_gateway_subgraph_fetch_duration_seconds_count', {
          subgraph: 'customer-portfolio',
          outcome: 'abandoned',
        }),
      ).toBe(3);
      expect(
        sample(metrics, 'itsm_graphql_errors_total', {
          operation: 'AbandonedCustomers',
          code: 'CLIENT_CLOSED_REQUEST',
        }),
      ).toBe(3);
    });
    await locker.rollbackTransaction();

    // The subgraph still runs the fetch it had received when its client left.
    await eventually(async () =>
      expect(await operationsAnswered(portfolio.url, 'AbandonedCustomers')).toBe(1),
    );
    // Were the two queued fetches sent, this one would wait behind them on the connection.
    const next = await (await post(customersAs('NextCustomers'))).json();
    expect(next).toEqual({
      data: { customers: { edges: [{ node: { code: 'GONE-1' } }] } },
    });
    expect(await operationsAnswered(portfolio.url, 'AbandonedCustomers')).toBe(1);
  });
});
