import { randomUUID } from 'node:crypto';
import {
  type EventData,
  eventOf,
  KafkaTransport,
  serializeEvent,
  type SerializedEvent,
  targetAtRisk,
  targetBreached,
} from '@itsm/events';
import { createLogger } from '@itsm/platform';
import {
  eventually,
  type TestSubgraph,
  testEventSettings,
  testKafkaSettings,
  uniqueTopicPrefix,
} from '@itsm/testkit';
import {
  ANALYST,
  customerCaller,
  MANAGER,
  registerCustomer,
  startPortfolio,
  succeed,
  TestClock,
} from './portfolio-test-kit';

const HEALTH = /* GraphQL */ `
  query ($id: ID!) {
    customer(id: $id) {
      health {
        score
        rating
        computedAt
        satisfaction {
          score
          weight
          latestSurvey {
            overallGap
          }
          explanation
        }
        complaints {
          score
          weight
          unresolved
          unresolvedBySeverity {
            severity
            count
          }
          explanation
        }
        slaBreaches {
          score
          weight
          windowDays
          breaches {
            targetId
            service {
              id
            }
            ofCustomerAgreement
            metric
            targetValue
            measuredValue
            evaluatedAt
          }
          explanation
        }
      }
    }
  }
`;

const SCORES = /* GraphQL */ `
  query ($filter: CustomerFilter) {
    customers(filter: $filter, first: 100) {
      edges {
        node {
          code
          health {
            score
            slaBreaches {
              breaches {
                targetId
              }
            }
          }
        }
      }
    }
  }
`;

const RECORD_SURVEY = /* GraphQL */ `
  mutation ($input: RecordSurveyInput!) {
    recordSurvey(input: $input) {
      id
    }
  }
`;

const LOG_FEEDBACK = /* GraphQL */ `
  mutation ($input: LogFeedbackInput!) {
    logFeedback(input: $input) {
      id
    }
  }
`;

const MOVE = (name: string, type: string) => /* GraphQL */ `
  mutation ($input: ${type}!) {
    ${name}(input: $input) {
      status
    }
  }
`;
const ACKNOWLEDGE = MOVE('acknowledgeFeedback', 'AcknowledgeFeedbackInput');
const RESOLVE = MOVE('resolveFeedback', 'ResolveFeedbackInput');

const ADD_DEPENDENCY = /* GraphQL */ `
  mutation ($input: AddServiceDependencyInput!) {
    addServiceDependency(input: $input) {
      id
    }
  }
`;

const clock = new TestClock(new Date('2026-06-30T12:00:00Z'));
const topicPrefix = uniqueTopicPrefix();
let subgraph: TestSubgraph;
/** Publishes as service-level would: through a Kafka transport of its own. */
let serviceLevel: KafkaTransport;

beforeAll(async () => {
  subgraph = await startPortfolio({
    clock: clock.now,
    events: testEventSettings(testKafkaSettings('customer-portfolio', topicPrefix)),
  });
  serviceLevel = new KafkaTransport(
    testKafkaSettings('service-level', topicPrefix),
    createLogger('service-level', 'silent'),
  );
});
afterAll(async () => {
  await serviceLevel.stop();
  await subgraph.stop();
});

function breach(overrides: Partial<EventData<typeof targetBreached>> = {}) {
  const targetId = overrides.targetId ?? randomUUID();
  return serializeEvent(
    eventOf(targetBreached, targetId, {
      targetId,
      agreementId: randomUUID(),
      customerId: null,
      serviceId: randomUUID(),
      metric: 'AVAILABILITY',
      unit: 'PERCENT',
      targetValue: 99.5,
      measuredValue: 98.7,
      status: 'BREACHED',
      errorBudgetConsumedPercent: 260,
      periodStart: '2026-06-01T00:00:00+07:00',
      periodEnd: '2026-07-01T00:00:00+07:00',
      evaluatedAt: '2026-06-20T10:00:00Z',
      ...overrides,
    }),
  );
}

async function publish(...events: SerializedEvent[]) {
  await serviceLevel.publish(events.map((event) => event.record));
}

async function healthOf(customerId: string) {
  return (await succeed(subgraph, ANALYST, HEALTH, { id: customerId })).health;
}

/** Waits until the consumer has applied what service-level published. */
async function breachesCounted(customerId: string, count: number) {
  return eventually(async () => {
    const health = await healthOf(customerId);
    expect(health.slaBreaches.breaches).toHaveLength(count);
    return health;
  });
}

const SERVQUAL = ['TANGIBLES', 'RELIABILITY', 'RESPONSIVENESS', 'ASSURANCE', 'EMPATHY'];

describe('the customer health score', () => {
  it('shows each component: satisfaction, complaints and SLA breaches from service-level', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const other = await registerCustomer(subgraph);
    const payments = randomUUID();
    await succeed(subgraph, MANAGER, ADD_DEPENDENCY, {
      input: {
        customerId: customer.id,
        serviceId: payments,
        criticality: 'CRITICAL',
        userCount: 800,
      },
    });

    expect(await healthOf(customer.id)).toMatchObject({
      score: 100,
      rating: 'HEALTHY',
      satisfaction: { score: null, weight: 0.4, latestSurvey: null },
      complaints: { score: 100, unresolved: 0 },
      slaBreaches: { score: 100, windowDays: 90, breaches: [] },
    });

    // A survey whose gaps average -0.6: 100 + 25 × -0.6 = 85.
    await succeed(subgraph, MANAGER, RECORD_SURVEY, {
      input: {
        customerId: customer.id,
        conductedAt: '2026-06-15T00:00:00Z',
        scores: SERVQUAL.map((dimension, index) => ({
          dimension,
          expectation: 5,
          perception: index < 3 ? 4 : 5,
        })),
      },
    });
    // One HIGH complaint open, one MEDIUM acknowledged, one LOW resolved, and a compliment.
    const logged: Record<string, string> = {};
    for (const [type, severity] of [
      ['COMPLAINT', 'HIGH'],
      ['COMPLAINT', 'MEDIUM'],
      ['COMPLAINT', 'LOW'],
      ['COMPLIMENT', 'CRITICAL'],
    ]) {
      logged[`${type} ${severity}`] = (
        await succeed(subgraph, MANAGER, LOG_FEEDBACK, {
          input: { customerId: customer.id, type, severity, summary: `${type} ${severity}` },
        })
      ).id;
    }
    for (const id of [logged['COMPLAINT MEDIUM'], logged['COMPLAINT LOW']]) {
      await succeed(subgraph, MANAGER, ACKNOWLEDGE, { input: { id } });
    }
    await succeed(subgraph, MANAGER, RESOLVE, {
      input: { id: logged['COMPLAINT LOW'], resolution: 'Explained the fee' },
    });

    // service-level reports: one breach of the customer's own agreement, one of a
    // service-based agreement on a service it depends on, and breaches that are not its.
    const own = breach({
      customerId: customer.id,
      serviceId: payments,
      evaluatedAt: '2026-06-20T10:00:00Z',
    });
    const shared = breach({
      serviceId: payments,
      metric: 'RESPONSE_TIME',
      unit: 'MILLISECONDS',
      targetValue: 800,
      measuredValue: 1450,
      evaluatedAt: '2026-06-25T10:00:00Z',
    });
    const old = breach({ customerId: customer.id, evaluatedAt: '2026-03-01T10:00:00Z' });
    const unrelated = breach({ serviceId: randomUUID() });
    const others = breach({ customerId: other.id });
    const atRisk = serializeEvent(
      eventOf(targetAtRisk, randomUUID(), {
        ...(JSON.parse(String(own.record.value)).data as EventData<typeof targetBreached>),
        status: 'AT_RISK',
      }),
    );
    await publish(own, shared, old, unrelated, others, atRisk);

    const health = await breachesCounted(customer.id, 2);
    expect(health).toEqual({
      // 85 × 0.4 + 70 × 0.3 + 50 × 0.3 = 70.
      score: 70,
      rating: 'AT_RISK',
      computedAt: clock.now().toISOString(),
      satisfaction: {
        score: 85,
        weight: 0.4,
        latestSurvey: { overallGap: -0.6 },
        explanation: 'Latest survey on 2026-06-15: overall gap -0.60, 100 + 25 × -0.60 = 85.',
      },
      complaints: {
        score: 70,
        weight: 0.3,
        unresolved: 2,
        unresolvedBySeverity: [
          { severity: 'HIGH', count: 1 },
          { severity: 'MEDIUM', count: 1 },
        ],
        explanation: '2 unresolved complaint(s): 1 HIGH (−20), 1 MEDIUM (−10), 100 − 30 = 70.',
      },
      slaBreaches: {
        score: 50,
        weight: 0.3,
        windowDays: 90,
        breaches: [
          {
            targetId: JSON.parse(String(shared.record.value)).data.targetId,
            service: { id: payments },
            ofCustomerAgreement: false,
            metric: 'RESPONSE_TIME',
            targetValue: 800,
            measuredValue: 1450,
            evaluatedAt: '2026-06-25T10:00:00.000Z',
          },
          {
            targetId: JSON.parse(String(own.record.value)).data.targetId,
            service: { id: payments },
            ofCustomerAgreement: true,
            metric: 'AVAILABILITY',
            targetValue: 99.5,
            measuredValue: 98.7,
            evaluatedAt: '2026-06-20T10:00:00.000Z',
          },
        ],
        explanation: '2 SLA breach(es) in the last 90 days, −25 each: 100 − 50 = 50.',
      },
    });
    expect((await breachesCounted(other.id, 1)).slaBreaches.score).toBe(75);
  });

  it('counts a breach once, however often it is delivered or reported', async () => {
    const customer = await registerCustomer(subgraph);
    const sentinel = await registerCustomer(subgraph);
    const targetId = randomUUID();
    const original = breach({ targetId, customerId: customer.id });
    // The same report again under a new event id: service-level reports once per period.
    const reported = breach({
      targetId,
      customerId: customer.id,
      serviceId: JSON.parse(String(original.record.value)).data.serviceId,
    });
    // Keyed by the same target, the sentinel arrives after the copies on the same partition.
    const after = breach({
      targetId,
      customerId: sentinel.id,
      periodStart: '2026-05-01T00:00:00Z',
    });
    await publish(original, original, reported, after);

    await breachesCounted(sentinel.id, 1);
    expect((await healthOf(customer.id)).slaBreaches.breaches).toHaveLength(1);
    const [inbox] = await subgraph.running.dataSource.query(
      `SELECT count(*)::int AS count FROM event_inbox WHERE event_id = ANY($1::uuid[])`,
      [[original.id, reported.id, after.id]],
    );
    expect(inbox.count).toBe(3);
  });

  it('costs the same SQL statements for a page of four customers as for one', async () => {
    const manager = `health.${randomUUID().slice(0, 8)}`;
    for (let index = 0; index < 4; index += 1) {
      await registerCustomer(subgraph, { accountManager: manager });
    }
    const statements = async (first: number) => {
      const before = subgraph.running.statementCount();
      const response = await subgraph.query(
        ANALYST,
        SCORES.replace('first: 100', `first: ${first}`),
        {
          filter: { accountManager: manager },
        },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.customers.edges).toHaveLength(first);
      return subgraph.running.statementCount() - before;
    };
    expect(await statements(4)).toBe(await statements(1));
  });

  it('is not shown to a CUSTOMER caller', async () => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(customerCaller(customer.id), HEALTH, { id: customer.id });
    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(response.data!.customer.health).toBeNull();
  });
});
