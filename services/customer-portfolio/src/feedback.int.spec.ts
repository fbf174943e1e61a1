import { randomUUID } from 'node:crypto';
import type { TestSubgraph } from '@itsm/testkit';
import {
  ADMIN,
  ANALYST,
  customerCaller,
  eventsOf,
  expectBadInput,
  expectConflict,
  MANAGER,
  mutationOf,
  READ_ONLY_ROLES,
  refused,
  registerCustomer,
  startPortfolio,
  succeed,
  TestClock,
} from './portfolio-test-kit';

const FEEDBACK_FIELDS = /* GraphQL */ `
  fragment FeedbackFields on Feedback {
    id
    customer {
      id
    }
    type
    severity
    service {
      id
    }
    contact {
      name
    }
    summary
    details
    status
    receivedAt
    loggedBy
    acknowledgeBy
    acknowledgementLate
    acknowledgedAt
    acknowledgedBy
    resolvedAt
    resolvedBy
    resolution
    closedAt
    closedBy
    timeToAcknowledgeSeconds
    timeToResolveSeconds
  }
`;

const LOG = mutationOf('logFeedback', 'LogFeedbackInput', FEEDBACK_FIELDS);
const ACKNOWLEDGE = mutationOf('acknowledgeFeedback', 'AcknowledgeFeedbackInput', FEEDBACK_FIELDS);
const RESOLVE = mutationOf('resolveFeedback', 'ResolveFeedbackInput', FEEDBACK_FIELDS);
const CLOSE = mutationOf('closeFeedback', 'CloseFeedbackInput', FEEDBACK_FIELDS);

const FEEDBACK = /* GraphQL */ `
  query ($id: ID!) {
    feedback(id: $id) {
      ...FeedbackFields
    }
  }
  ${FEEDBACK_FIELDS}
`;

const FEEDBACK_ITEMS = /* GraphQL */ `
  query ($filter: FeedbackFilter, $first: Int, $after: String) {
    feedbackItems(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const OVERDUE = /* GraphQL */ `
  query ($accountManager: String, $first: Int, $after: String) {
    overdueAcknowledgements(accountManager: $accountManager, first: $first, after: $after) {
      edges {
        node {
          id
          severity
          acknowledgeBy
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

// HIGH feedback here must be acknowledged within 15 minutes, the others by the defaults.
const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startPortfolio({
    clock: clock.now,
    settings: { acknowledgementMinutes: { CRITICAL: 60, HIGH: 15, MEDIUM: 1440, LOW: 4320 } },
  });
});
afterAll(() => subgraph.stop());

const complaint = (customerId: string, overrides: Record<string, unknown> = {}) => ({
  customerId,
  type: 'COMPLAINT',
  severity: 'HIGH',
  summary: 'Payments timed out during the flash sale.',
  ...overrides,
});

async function log(customerId: string, overrides: Record<string, unknown> = {}) {
  return succeed(subgraph, MANAGER, LOG, { input: complaint(customerId, overrides) });
}

async function ids(document: string, variables: Record<string, unknown>, caller = ANALYST) {
  const connection = await succeed(subgraph, caller, document, { first: 100, ...variables });
  return connection.edges.map((edge: any) => edge.node.id);
}

describe('a complaint through its lifecycle', () => {
  it('measures the times to acknowledge and to resolve from the stored timestamps', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const serviceId = randomUUID();
    const receivedAt = new Date(clock.now().getTime() - 5 * 60_000);
    const logged = await log(customer.id, {
      serviceId,
      contactId: customer.contacts[0]!.id,
      details: ' Three buyers wrote in. ',
      receivedAt: receivedAt.toISOString(),
    });
    expect(logged).toMatchObject({
      status: 'OPEN',
      service: { id: serviceId },
      contact: { name: 'Sari Wijaya' },
      details: 'Three buyers wrote in.',
      receivedAt: receivedAt.toISOString(),
      loggedBy: 'rina.brm',
      // Received 08:55, HIGH: 15 minutes.
      acknowledgeBy: '2026-03-02T09:10:00.000Z',
      acknowledgementLate: false,
      timeToAcknowledgeSeconds: null,
      timeToResolveSeconds: null,
    });

    clock.advance(7.5);
    const acknowledged = await succeed(subgraph, MANAGER, ACKNOWLEDGE, {
      input: { id: logged.id },
    });
    expect(acknowledged).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedBy: 'rina.brm',
      acknowledgedAt: '2026-03-02T09:07:30.000Z',
      acknowledgementLate: false,
      timeToAcknowledgeSeconds: 750,
    });

    clock.advance(60 * 24);
    const resolved = await succeed(subgraph, ADMIN, RESOLVE, {
      input: { id: logged.id, resolution: ' Raised the gateway timeout and added capacity. ' },
    });
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      resolution: 'Raised the gateway timeout and added capacity.',
      resolvedBy: 'ada.admin',
      timeToAcknowledgeSeconds: 750,
      timeToResolveSeconds: 87150,
    });

    clock.advance(60);
    const closed = await succeed(subgraph, MANAGER, CLOSE, { input: { id: logged.id } });
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closedBy: 'rina.brm',
      closedAt: clock.now().toISOString(),
    });
    expect(await succeed(subgraph, ANALYST, FEEDBACK, { id: logged.id })).toEqual(closed);

    const events = await eventsOf(subgraph, logged.id);
    expect(events.map(({ type }) => type)).toEqual([
      'itsm.customer-portfolio.feedback.logged.v1',
      'itsm.customer-portfolio.feedback.acknowledged.v1',
      'itsm.customer-portfolio.feedback.resolved.v1',
      'itsm.customer-portfolio.feedback.closed.v1',
    ]);
    expect(events[2]!.data).toMatchObject({
      feedbackId: logged.id,
      customerId: customer.id,
      type: 'COMPLAINT',
      severity: 'HIGH',
      serviceId,
      receivedAt: receivedAt.toISOString(),
      acknowledgedAt: '2026-03-02T09:07:30.000Z',
      timeToAcknowledgeSeconds: 750,
      timeToResolveSeconds: 87150,
      resolvedBy: 'ada.admin',
    });
  });

  it('flags a late acknowledgement', async () => {
    const customer = await registerCustomer(subgraph);
    const logged = await log(customer.id);
    clock.advance(16);
    const acknowledged = await succeed(subgraph, MANAGER, ACKNOWLEDGE, {
      input: { id: logged.id },
    });
    expect(acknowledged).toMatchObject({
      acknowledgementLate: true,
      timeToAcknowledgeSeconds: 960,
    });
    expect((await eventsOf(subgraph, logged.id))[1]!.data.late).toBe(true);
  });

  it('refuses to skip or repeat a step, naming the current and allowed states', async () => {
    const customer = await registerCustomer(subgraph);
    const logged = await log(customer.id);
    const resolve = { id: logged.id, resolution: 'Done' };
    expectConflict(await subgraph.query(MANAGER, RESOLVE, { input: resolve }), 'OPEN', [
      'ACKNOWLEDGED',
    ]);
    expectConflict(await subgraph.query(MANAGER, CLOSE, { input: { id: logged.id } }), 'OPEN', [
      'ACKNOWLEDGED',
    ]);
    await succeed(subgraph, MANAGER, ACKNOWLEDGE, { input: { id: logged.id } });
    expectConflict(
      await subgraph.query(MANAGER, ACKNOWLEDGE, { input: { id: logged.id } }),
      'ACKNOWLEDGED',
      ['RESOLVED'],
    );
    await succeed(subgraph, MANAGER, RESOLVE, { input: resolve });
    await succeed(subgraph, MANAGER, CLOSE, { input: { id: logged.id } });
    expectConflict(await subgraph.query(MANAGER, RESOLVE, { input: resolve }), 'CLOSED', []);
    expect((await eventsOf(subgraph, logged.id)).length).toBe(4);
  });
});

describe('bad input', () => {
  it.each([
    ['a blank summary', 'input.summary', { summary: ' ' }],
    ['a summary over 500 characters', 'input.summary', { summary: 's'.repeat(501) }],
    ['blank details', 'input.details', { details: '' }],
    ['feedback received in the future', 'input.receivedAt', { receivedAt: '2030-01-01T00:00:00Z' }],
    ['a malformed service id', 'input.serviceId', { serviceId: 'payments' }],
    ['a malformed contact id', 'input.contactId', { contactId: 'sari' }],
  ])('logging %s is refused on %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    expectBadInput(
      await subgraph.query(MANAGER, LOG, { input: complaint(customer.id, change) }),
      field,
    );
    expect(await ids(FEEDBACK_ITEMS, { filter: { customerId: customer.id } })).toEqual([]);
  });

  it('logging with a contact of another customer is refused on input.contactId', async () => {
    const customer = await registerCustomer(subgraph);
    const other = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const response = await subgraph.query(MANAGER, LOG, {
      input: complaint(customer.id, { contactId: other.contacts[0]!.id }),
    });
    expectBadInput(response, 'input.contactId');
  });

  it('resolving without a resolution is refused on input.resolution', async () => {
    const customer = await registerCustomer(subgraph);
    const logged = await log(customer.id);
    await succeed(subgraph, MANAGER, ACKNOWLEDGE, { input: { id: logged.id } });
    expectBadInput(
      await subgraph.query(MANAGER, RESOLVE, { input: { id: logged.id, resolution: '  ' } }),
      'input.resolution',
    );
    expect((await succeed(subgraph, ANALYST, FEEDBACK, { id: logged.id })).status).toBe(
      'ACKNOWLEDGED',
    );
  });

  it('unknown feedback and customers are NOT_FOUND', async () => {
    for (const [document, input] of [
      [ACKNOWLEDGE, { id: randomUUID() }],
      [RESOLVE, { id: randomUUID(), resolution: 'x' }],
      [CLOSE, { id: randomUUID() }],
    ] as const) {
      const response = await subgraph.query(MANAGER, document, { input });
      expect(refused(response, 'NOT_FOUND').extensions!.field).toBe('input.id');
    }
    const noCustomer = await subgraph.query(MANAGER, LOG, { input: complaint(randomUUID()) });
    expect(refused(noCustomer, 'NOT_FOUND').extensions!.field).toBe('input.customerId');
  });
});

describe('roles', () => {
  it.each(READ_ONLY_ROLES)('refuses every feedback mutation to the role %s', async (role) => {
    const customer = await registerCustomer(subgraph);
    const logged = await log(customer.id);
    const caller = { roles: [role], customerIds: [customer.id] };
    for (const [document, input] of [
      [LOG, complaint(customer.id)],
      [ACKNOWLEDGE, { id: logged.id }],
      [RESOLVE, { id: logged.id, resolution: 'x' }],
      [CLOSE, { id: logged.id }],
    ] as const) {
      refused(await subgraph.query(caller, document, { input }), 'FORBIDDEN');
    }
    expect(await ids(FEEDBACK_ITEMS, { filter: { customerId: customer.id } })).toEqual([logged.id]);
    expect((await succeed(subgraph, ANALYST, FEEDBACK, { id: logged.id })).status).toBe('OPEN');
  });
});

describe('feedbackItems', () => {
  it('lists the latest received first and filters by each field', async () => {
    const customer = await registerCustomer(subgraph);
    const serviceId = randomUUID();
    const at = (minutesAgo: number) =>
      new Date(clock.now().getTime() - minutesAgo * 60_000).toISOString();
    const praise = await log(customer.id, {
      type: 'COMPLIMENT',
      severity: 'LOW',
      receivedAt: at(30),
    });
    const outage = await log(customer.id, { serviceId, severity: 'CRITICAL', receivedAt: at(20) });
    const idea = await log(customer.id, {
      type: 'SUGGESTION',
      severity: 'MEDIUM',
      serviceId,
      receivedAt: at(10),
    });
    await succeed(subgraph, MANAGER, ACKNOWLEDGE, { input: { id: outage.id } });

    const filter = (extra: Record<string, unknown>) => ({
      filter: { customerId: customer.id, ...extra },
    });
    expect(await ids(FEEDBACK_ITEMS, filter({}))).toEqual([idea.id, outage.id, praise.id]);
    expect(await ids(FEEDBACK_ITEMS, filter({ serviceId }))).toEqual([idea.id, outage.id]);
    expect(await ids(FEEDBACK_ITEMS, filter({ type: 'COMPLAINT' }))).toEqual([outage.id]);
    expect(await ids(FEEDBACK_ITEMS, filter({ severity: 'LOW' }))).toEqual([praise.id]);
    expect(await ids(FEEDBACK_ITEMS, filter({ status: 'ACKNOWLEDGED' }))).toEqual([outage.id]);

    const firstPage = await succeed(subgraph, ANALYST, FEEDBACK_ITEMS, { ...filter({}), first: 2 });
    const secondPage = await succeed(subgraph, ANALYST, FEEDBACK_ITEMS, {
      ...filter({}),
      first: 2,
      after: firstPage.pageInfo.endCursor,
    });
    expect(secondPage.edges.map((edge: any) => edge.node.id)).toEqual([praise.id]);
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
  });
});

describe('overdueAcknowledgements', () => {
  it('lists OPEN feedback past its deadline, the most overdue first, per account manager', async () => {
    const manager = `overdue.${randomUUID().slice(0, 8)}`;
    const customer = await registerCustomer(subgraph, { accountManager: manager });
    const elsewhere = await registerCustomer(subgraph);
    const high = await log(customer.id); // due in 15 minutes
    const critical = await log(customer.id, { severity: 'CRITICAL' }); // due in 60
    const medium = await log(customer.id, { severity: 'MEDIUM' }); // due in a day
    const acknowledged = await log(customer.id);
    await succeed(subgraph, MANAGER, ACKNOWLEDGE, { input: { id: acknowledged.id } });
    const otherManagers = await log(elsewhere.id);

    expect(await ids(OVERDUE, { accountManager: manager })).toEqual([]);
    clock.advance(16);
    expect(await ids(OVERDUE, { accountManager: manager })).toEqual([high.id]);
    clock.advance(45);
    expect(await ids(OVERDUE, { accountManager: manager })).toEqual([high.id, critical.id]);
    const everyone = await ids(OVERDUE, {});
    expect(everyone).toEqual(expect.arrayContaining([high.id, critical.id, otherManagers.id]));
    expect(everyone).not.toContain(medium.id);
    expect(everyone).not.toContain(acknowledged.id);

    await succeed(subgraph, MANAGER, ACKNOWLEDGE, { input: { id: high.id } });
    expect(await ids(OVERDUE, { accountManager: manager })).toEqual([critical.id]);
  });

  it('is not shown to a CUSTOMER caller', async () => {
    const customer = await registerCustomer(subgraph);
    refused(await subgraph.query(customerCaller(customer.id), OVERDUE, {}), 'FORBIDDEN');
  });
});

describe('a CUSTOMER caller', () => {
  it('sees its own feedback, and not another customer’s', async () => {
    const mine = await registerCustomer(subgraph);
    const theirs = await registerCustomer(subgraph);
    const own = await log(mine.id);
    const foreign = await log(theirs.id);
    const caller = customerCaller(mine.id);
    expect(await ids(FEEDBACK_ITEMS, {}, caller)).toEqual([own.id]);
    expect(await ids(FEEDBACK_ITEMS, { filter: { customerId: theirs.id } }, caller)).toEqual([]);
    expect((await succeed(subgraph, caller, FEEDBACK, { id: own.id })).customer).toEqual({
      id: mine.id,
    });
    refused(await subgraph.query(caller, FEEDBACK, { id: foreign.id }), 'NOT_FOUND');
  });
});
