import type { SubgraphName } from '@itsm/platform';
import { startTestStack, type TestStack } from './stack';
import { CUSTOMER_PORTFOLIO_VIEW } from './documents';
import { registerService, seedCustomer } from './seed';

const counts = (stack: TestStack) =>
  Object.values(stack.subgraphs).map((subgraph) => subgraph.statementCount());

/** Waits until no subgraph has sent a statement for a second: the seeds' events have been
 * consumed, which would otherwise count towards the query measured next. */
async function untilQuiet(stack: TestStack) {
  let previous = counts(stack);
  for (let checks = 0; checks < 120; checks += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const current = counts(stack);
    if (current.every((count, index) => count === previous[index])) return;
    previous = current;
  }
  throw new Error('the subgraphs kept sending SQL statements for two minutes');
}

/** SQL statements each subgraph sends while the gateway serves one query. */
async function statementsPerSubgraph(stack: TestStack, first: number) {
  await untilQuiet(stack);
  const before = Object.fromEntries(
    Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.statementCount()]),
  );
  const response = await stack.query({ roles: ['ANALYST'] }, CUSTOMER_PORTFOLIO_VIEW, { first });
  expect(response.errors).toBeUndefined();
  expect(response.data!.customers.edges).toHaveLength(first);
  return Object.fromEntries(
    Object.entries(stack.subgraphs).map(([name, subgraph]) => [
      name,
      subgraph.statementCount() - before[name]!,
    ]),
  ) as Record<SubgraphName, number>;
}

describe('reference resolvers batch', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
    const service = await registerService(stack, 'Online payment');
    for (let index = 0; index < 50; index += 1) {
      await seedCustomer(stack, `MKT-${String(index).padStart(3, '0')}`, service.id!);
    }
  });
  afterAll(() => stack.stop());

  it('costs each subgraph the same number of SQL statements for 5 customers as for 50', async () => {
    const forFive = await statementsPerSubgraph(stack, 5);
    const forFifty = await statementsPerSubgraph(stack, 50);

    expect(forFifty).toEqual(forFive);
    // One statement per batched field or reference type in each fetch of the query plan:
    // service-level is fetched three times (agreements with their services, then the names
    // of the services that changes and improvements point at); continual-improvement reads
    // the initiatives, then the services they concern.
    expect(forFifty).toEqual({
      'customer-portfolio': 1,
      'service-level': 4,
      'change-transition': 2,
      'continual-improvement': 2,
    });
  });
});
