import { randomUUID } from 'node:crypto';
import { serviceLevelClient } from '@itsm/service-level/src/testing/service-level-client';
import { issueToken } from '@itsm/gateway';
import { eventually, TEST_SECRETS, type TestCaller } from '@itsm/testkit';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { activeSubscriptions, liveMetric } from './live-updates-metrics';
import { IDENTIFY_IMPROVEMENT, RAISE_CHANGE_REQUEST, RECORD_OUTAGE } from './documents';
import { mutate, registerCustomer, registerService } from './seed';
import { startTestStack, type TestStack, type TestStackOptions } from './stack';

/**
 * Live updates end to end: a frontend subscribes over WebSocket (graphql-ws) at the
 * gateway, a mutation goes through the gateway into a subgraph, its event leaves through
 * the outbox, and the gateway pushes it to the subscriber: on the in-process bus of
 * `pnpm start` and on the real Kafka broker.
 */

const ADMIN: TestCaller = { roles: ['ADMIN'], subject: 'ops.console' };

const wsUrlOf = (stack: TestStack) => stack.gateway.url.replace(/^http/, 'ws');

interface Subscriber {
  updates: Record<string, any>[];
  errors: unknown[];
  /** Resolves with the first update that `match` accepts, waiting for it if need be. */
  next(match: (update: Record<string, any>) => boolean): Promise<Record<string, any>>;
  close(): Promise<void>;
}

/** The sockets each test opened, closed after it. */
const opened: Client[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((client) => client.dispose()));
});

function connect(stack: TestStack, authorization: string | undefined) {
  const client = createClient({
    url: wsUrlOf(stack),
    webSocketImpl: WebSocket,
    connectionParams: authorization === undefined ? {} : { Authorization: authorization },
    retryAttempts: 0,
    lazy: false,
    // A refused connection is what some tests expect; they read its close event.
    onNonLazyError: () => undefined,
  });
  opened.push(client);
  return client;
}

/** Subscribes as the caller, and waits until the gateway counts the subscription, so that
 * what happens next reaches it. */
async function subscribe(
  stack: TestStack,
  caller: TestCaller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Subscriber> {
  const stream = /\{\s*(\w+)/.exec(query)![1]!;
  const before = await activeSubscriptions(stack, stream);
  const client = connect(stack, `Bearer ${await stack.tokenFor(caller)}`);
  const updates: Record<string, any>[] = [];
  const errors: unknown[] = [];
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        else updates.push(Object.values(result.data!)[0] as Record<string, any>);
      },
      // A refused subscription reports its GraphQL errors as one list.
      error: (error) => errors.push(...(Array.isArray(error) ? error : [error])),
      complete: () => undefined,
    },
  );
  await eventually(async () => {
    if (errors.length > 0) return;
    expect(await activeSubscriptions(stack, stream)).toBe(before + 1);
  });
  return {
    updates,
    errors,
    next: (match) =>
      eventually(async () => {
        expect(errors).toEqual([]);
        const found = updates.find(match);
        if (!found) throw new Error(`no such update yet among ${JSON.stringify(updates)}`);
        return found;
      }),
    close: async () => unsubscribe(),
  };
}

/** How a connection refused at once was closed. */
function refusal(stack: TestStack, authorization: string | undefined) {
  return new Promise<{ code: number; reason: string }>((resolve) => {
    const client = connect(stack, authorization);
    client.on('closed', (event) => {
      const { code, reason } = event as { code: number; reason: string };
      resolve({ code, reason });
    });
  });
}

const STREAM = 'changeRequestTransitions';
const CHANGE_TRANSITIONS = /* GraphQL */ `
  subscription ($customerId: ID) {
    changeRequestTransitions(customerId: $customerId) {
      eventId
      changeRequestId
      reference
      type
      fromState
      state
      customerId
      serviceIds
      actor
      reason
      occurredAt
    }
  }
`;

const IMPROVEMENTS = /* GraphQL */ `
  subscription ($serviceId: ID) {
    improvementsIdentified(serviceId: $serviceId) {
      initiativeId
      title
      source
      priority
      state
      customerId
      serviceIds
      triggeredBy
    }
  }
`;

const ALERTS = /* GraphQL */ `
  subscription ($serviceId: ID) {
    serviceLevelAlerts(serviceId: $serviceId) {
      kind
      targetId
      agreementId
      customerId
      serviceId
      metric
      unit
      targetValue
      measuredValue
      status
      errorBudgetConsumedPercent
      periodStart
    }
  }
`;

const CANCEL = /* GraphQL */ `
  mutation ($id: ID!, $reason: String!) {
    cancelChangeRequest(id: $id, reason: $reason) {
      state
    }
  }
`;

async function raiseChange(stack: TestStack, customerId: string | null, serviceId: string) {
  return mutate(stack, RAISE_CHANGE_REQUEST, {
    title: 'Rotate the payment gateway certificate',
    type: 'NORMAL',
    customerId,
    serviceIds: [serviceId],
  });
}

describe.each<[string, TestStackOptions]>([
  ['the in-process bus', {}],
  ['the real Kafka broker', { kafka: true }],
])('live updates on %s', (_transport, options) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack(options);
  });
  afterAll(() => stack.stop());

  it('pushes a change request raised and then cancelled through the gateway', async () => {
    const customer = await registerCustomer(stack, `LIVE-C${options.kafka ? 'K' : 'B'}`);
    const service = await registerService(stack, 'Card payments');
    const subscriber = await subscribe(stack, ADMIN, CHANGE_TRANSITIONS);
    const pushed = await liveMetric(stack, 'itsm_live_updates_pushed_total', STREAM);

    const change = await raiseChange(stack, customer.id!, service.id!);
    const cancelled = await stack.query(ADMIN, CANCEL, {
      id: change.id,
      reason: 'Superseded by the new gateway',
    });
    expect(cancelled.errors).toBeUndefined();

    const isOurs = (state: string) => (update: Record<string, any>) =>
      update.changeRequestId === change.id && update.state === state;
    expect(await subscriber.next(isOurs('DRAFT'))).toMatchObject({
      reference: change.reference,
      type: 'NORMAL',
      fromState: null,
      customerId: customer.id,
      serviceIds: [service.id],
      actor: 'tester',
      reason: null,
    });
    expect(await subscriber.next(isOurs('CANCELLED'))).toMatchObject({
      fromState: 'DRAFT',
      actor: 'ops.console',
      reason: 'Superseded by the new gateway',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(
      await liveMetric(stack, 'itsm_live_updates_pushed_total', STREAM),
    ).toBeGreaterThanOrEqual(pushed + 2);
  });

  it('pushes an improvement initiative identified through the gateway', async () => {
    const service = await registerService(stack, 'Settlement');
    const subscriber = await subscribe(stack, ADMIN, IMPROVEMENTS, { serviceId: service.id });
    const initiative = await mutate(stack, IDENTIFY_IMPROVEMENT, {
      title: 'Settle card payments the same day',
      problemStatement: 'Settlement takes two days.',
      priority: 'HIGH',
      serviceIds: [service.id],
    });
    expect(await subscriber.next((update) => update.initiativeId === initiative.id)).toEqual({
      initiativeId: initiative.id,
      title: 'Settle card payments the same day',
      source: 'MANUAL',
      priority: 'HIGH',
      state: 'IDENTIFIED',
      customerId: null,
      serviceIds: [service.id],
      triggeredBy: [],
    });
  });

  it('pushes the at-risk and breached alerts of an outage recorded through the gateway', async () => {
    // 99.9% of March 2026's 11,340 office minutes (Jakarta, Nyepi off) allows 11.34 minutes
    // down; a 30-minute outage in office hours consumes 30 / 11.34 = 264.55% of the budget.
    const customer = await registerCustomer(stack, `LIVE-S${options.kafka ? 'K' : 'B'}`);
    const client = serviceLevelClient(stack.query);
    const { service, agreement, target } = await client.activeTarget(
      { metric: 'AVAILABILITY', targetValue: 99.9 },
      customer.id as ReturnType<typeof randomUUID>,
    );
    const subscriber = await subscribe(stack, ADMIN, ALERTS, { serviceId: service.id });
    await mutate(stack, RECORD_OUTAGE, {
      serviceId: service.id,
      startedAt: '2026-03-02T09:00:00+07:00',
      endedAt: '2026-03-02T09:30:00+07:00',
      description: 'Card processor unreachable',
    });
    const standing = {
      targetId: target.id,
      agreementId: agreement.id,
      customerId: customer.id,
      serviceId: service.id,
      metric: 'AVAILABILITY',
      unit: 'PERCENT',
      targetValue: 99.9,
      status: 'BREACHED',
      periodStart: '2026-02-28T17:00:00.000Z',
    };
    const breached = await subscriber.next((update) => update.kind === 'BREACHED');
    expect(breached).toMatchObject(standing);
    // (11,340 - 30) / 11,340 = 99.7354%
    expect(breached.measuredValue).toBeCloseTo(99.7354, 4);
    expect(breached.errorBudgetConsumedPercent).toBeCloseTo(264.55, 2);
    expect(await subscriber.next((update) => update.kind === 'AT_RISK')).toMatchObject(standing);
  });

  it("sends a CUSTOMER only its own customer's updates", async () => {
    const suffix = options.kafka ? 'K' : 'B';
    const [own, other] = await Promise.all([
      registerCustomer(stack, `LIVE-OWN-${suffix}`),
      registerCustomer(stack, `LIVE-OTHER-${suffix}`),
    ]);
    const service = await registerService(stack, 'Shared checkout');
    const customer = await subscribe(
      stack,
      { roles: ['CUSTOMER'], customerIds: [own.id!] },
      CHANGE_TRANSITIONS,
    );
    const witness = await subscribe(stack, ADMIN, CHANGE_TRANSITIONS);

    // The other customer's change first: once the witness has it, the feed has handed it to
    // every subscription, in order, so it was judged before the customer's own change.
    const theirs = await raiseChange(stack, other.id!, service.id!);
    await witness.next((update) => update.changeRequestId === theirs.id);
    const internal = await raiseChange(stack, null, service.id!);
    await witness.next((update) => update.changeRequestId === internal.id);
    const ours = await raiseChange(stack, own.id!, service.id!);
    await customer.next((update) => update.changeRequestId === ours.id);

    expect(customer.updates.map((update) => update.changeRequestId)).toEqual([ours.id]);
  });
});

describe('live updates: who may subscribe, and limits', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('refuses a connection without a valid bearer token, with 4401 and the reason', async () => {
    expect(await refusal(stack, undefined)).toEqual({
      code: 4401,
      reason: 'Unauthenticated: A bearer token is required',
    });
    const forged = (await stack.tokenFor(ADMIN)).replace(/.{4}$/, 'AAAA');
    expect(await refusal(stack, `Bearer ${forged}`)).toEqual({
      code: 4401,
      reason: 'Unauthenticated: Invalid bearer token: signature verification failed',
    });
  });

  it('refuses a CUSTOMER that asks for another customer, and an id that is not one', async () => {
    const customer: TestCaller = { roles: ['CUSTOMER'], customerIds: [randomUUID()] };
    const other = await subscribe(stack, customer, CHANGE_TRANSITIONS, {
      customerId: randomUUID(),
    });
    await eventually(async () => expect(other.errors).toHaveLength(1));
    expect(other.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });

    const malformed = await subscribe(stack, ADMIN, CHANGE_TRANSITIONS, { customerId: 'abc' });
    await eventually(async () => expect(malformed.errors).toHaveLength(1));
    expect(malformed.errors[0]).toMatchObject({
      message: 'customerId: must be a valid id',
      extensions: { code: 'BAD_USER_INPUT', field: 'customerId' },
    });
  });

  it('serves only subscriptions over WebSocket, and subscriptions only there', async () => {
    const query = await subscribe(stack, ADMIN, '{ __typename }');
    await eventually(async () => expect(query.errors).toHaveLength(1));
    expect(query.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } }),
    ]);
    const overHttp = await stack.query(ADMIN, CHANGE_TRANSITIONS);
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors![0]!.extensions!.code).toBe('BAD_REQUEST');
  });

  it('applies the query limits of HTTP to subscriptions', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: state`).join(' ');
    const refused = await subscribe(
      stack,
      ADMIN,
      `subscription { changeRequestTransitions { ${aliases} } }`,
    );
    await eventually(async () => expect(refused.errors).toHaveLength(1));
    expect(refused.errors[0]).toMatchObject({
      message: 'Aliases limit of 15 exceeded, found 16.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_ALIASES' },
    });
  });

  it('closes a connection whose message is larger than the body limit', async () => {
    const client = connect(stack, `Bearer ${await stack.tokenFor(ADMIN)}`);
    const closed = new Promise<number>((resolve) =>
      client.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    // 100kb is REQUEST_BODY_LIMIT's default: a message over it never reaches GraphQL.
    const padding = `# ${'x'.repeat(100 * 1024)}\n`;
    client.subscribe(
      { query: `${padding}subscription { changeRequestTransitions { state } }` },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    // 1009: the message is too big.
    expect(await closed).toBe(1009);
  });

  it('closes the connection when its token expires', async () => {
    const token = await issueToken(
      { subject: 'short', roles: ['ANALYST'], customerIds: [] },
      { secret: TEST_SECRETS.jwt },
      '2s',
    );
    expect(await refusal(stack, `Bearer ${token}`)).toEqual({
      code: 4401,
      reason: 'Unauthenticated: the bearer token expired',
    });
  });
});
