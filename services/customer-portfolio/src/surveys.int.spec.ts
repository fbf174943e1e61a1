import { randomUUID } from 'node:crypto';
import type { TestSubgraph } from '@itsm/testkit';
import {
  ADMIN,
  ANALYST,
  customerCaller,
  eventsOf,
  expectBadInput,
  MANAGER,
  mutationOf,
  READ_ONLY_ROLES,
  refused,
  registerCustomer,
  startPortfolio,
  succeed,
  TestClock,
  walkPages,
} from './portfolio-test-kit';

const SURVEY_FIELDS = /* GraphQL */ `
  fragment SurveyFields on SatisfactionSurvey {
    id
    customer {
      id
    }
    service {
      id
    }
    respondent {
      name
    }
    conductedAt
    dimensions {
      dimension
      expectation
      perception
      gap
    }
    overallGap
    overallSatisfaction
    netPromoterScore
    comments
    recordedBy
    recordedAt
  }
`;

const RECORD = mutationOf('recordSurvey', 'RecordSurveyInput', SURVEY_FIELDS);

const SURVEY = /* GraphQL */ `
  query ($id: ID!) {
    satisfactionSurvey(id: $id) {
      ...SurveyFields
    }
  }
  ${SURVEY_FIELDS}
`;

const SURVEYS = /* GraphQL */ `
  query ($filter: SurveyFilter, $first: Int, $after: String) {
    satisfactionSurveys(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          conductedAt
          overallGap
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const LATEST = /* GraphQL */ `
  query ($id: ID!) {
    customer(id: $id) {
      latestSurvey {
        id
        overallGap
      }
    }
  }
`;

const clock = new TestClock(new Date('2026-06-30T12:00:00Z'));
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startPortfolio({ clock: clock.now });
});
afterAll(() => subgraph.stop());

const DIMENSIONS = ['TANGIBLES', 'RELIABILITY', 'RESPONSIVENESS', 'ASSURANCE', 'EMPATHY'];

function scores(pairs: [number, number][]) {
  return DIMENSIONS.map((dimension, index) => ({
    dimension,
    expectation: pairs[index]![0],
    perception: pairs[index]![1],
  }));
}

const EVEN = scores([
  [4, 4],
  [4, 4],
  [4, 4],
  [4, 4],
  [4, 4],
]);

async function record(customerId: string, overrides: Record<string, unknown> = {}) {
  return succeed(subgraph, MANAGER, RECORD, {
    input: { customerId, conductedAt: '2026-06-01T10:00:00+07:00', scores: EVEN, ...overrides },
  });
}

async function surveysOf(filter: Record<string, unknown>, first = 100) {
  const connection = await succeed(subgraph, ANALYST, SURVEYS, { filter, first });
  return connection.edges.map((edge: any) => edge.node.id);
}

describe('recordSurvey', () => {
  it('computes each gap and the overall gap, and publishes them', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const serviceId = randomUUID();
    const survey = await record(customer.id, {
      serviceId,
      respondentContactId: customer.contacts[0]!.id,
      // In an order of its own: the result follows SERVQUAL's.
      scores: scores([
        [4.8, 4.1],
        [4.9, 3.7],
        [4.5, 4.6],
        [4.2, 4.2],
        [3.9, 4.4],
      ]).reverse(),
      overallSatisfaction: 3.8,
      netPromoterScore: 12,
      comments: ' Payments fail during flash sales. ',
    });
    expect(survey).toEqual({
      id: expect.any(String),
      customer: { id: customer.id },
      service: { id: serviceId },
      respondent: { name: 'Sari Wijaya' },
      conductedAt: '2026-06-01T03:00:00.000Z',
      dimensions: [
        { dimension: 'TANGIBLES', expectation: 4.8, perception: 4.1, gap: -0.7 },
        { dimension: 'RELIABILITY', expectation: 4.9, perception: 3.7, gap: -1.2 },
        { dimension: 'RESPONSIVENESS', expectation: 4.5, perception: 4.6, gap: 0.1 },
        { dimension: 'ASSURANCE', expectation: 4.2, perception: 4.2, gap: 0 },
        { dimension: 'EMPATHY', expectation: 3.9, perception: 4.4, gap: 0.5 },
      ],
      overallGap: -0.26,
      overallSatisfaction: 3.8,
      netPromoterScore: 12,
      comments: 'Payments fail during flash sales.',
      recordedBy: 'rina.brm',
      recordedAt: clock.now().toISOString(),
    });
    expect(await succeed(subgraph, ANALYST, SURVEY, { id: survey.id })).toEqual(survey);

    const [event] = await eventsOf(subgraph, survey.id);
    expect(event).toEqual({
      type: 'itsm.customer-portfolio.survey.recorded.v1',
      data: {
        surveyId: survey.id,
        customerId: customer.id,
        serviceId,
        conductedAt: '2026-06-01T03:00:00.000Z',
        dimensions: survey.dimensions,
        overallGap: -0.26,
        netPromoterScore: 12,
        overallSatisfaction: 3.8,
        recordedBy: 'rina.brm',
        recordedAt: clock.now().toISOString(),
      },
    });
  });

  it.each([
    ['four dimensions', 'input.scores', { scores: EVEN.slice(1) }],
    ['a dimension twice', 'input.scores', { scores: [...EVEN.slice(1), EVEN[1]] }],
    [
      'an expectation of 0',
      'input.scores.0.expectation',
      { scores: [{ ...EVEN[0], expectation: 0 }, ...EVEN.slice(1)] },
    ],
    [
      'a perception with three decimals',
      'input.scores.0.perception',
      { scores: [{ ...EVEN[0], perception: 3.333 }, ...EVEN.slice(1)] },
    ],
    ['a survey in the future', 'input.conductedAt', { conductedAt: '2026-07-01T00:00:00Z' }],
    ['an NPS of 101', 'input.netPromoterScore', { netPromoterScore: 101 }],
    ['an overall satisfaction of 0.5', 'input.overallSatisfaction', { overallSatisfaction: 0.5 }],
    ['a malformed service id', 'input.serviceId', { serviceId: 'payments' }],
    ['blank comments', 'input.comments', { comments: ' ' }],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(MANAGER, RECORD, {
      input: {
        customerId: customer.id,
        conductedAt: '2026-06-01T10:00:00Z',
        scores: EVEN,
        ...change,
      },
    });
    expectBadInput(response, field);
    expect(await surveysOf({ customerId: customer.id })).toEqual([]);
  });

  it('refuses a respondent of another customer, and an unknown one', async () => {
    const customer = await registerCustomer(subgraph);
    const other = await registerCustomer(subgraph, { status: 'ACTIVE' });
    for (const [respondentContactId, code] of [
      [other.contacts[0]!.id, 'BAD_USER_INPUT'],
      [randomUUID(), 'NOT_FOUND'],
    ] as const) {
      const response = await subgraph.query(MANAGER, RECORD, {
        input: {
          customerId: customer.id,
          respondentContactId,
          conductedAt: '2026-06-01T10:00:00Z',
          scores: EVEN,
        },
      });
      expect(refused(response, code).extensions!.field).toBe('input.respondentContactId');
    }
    expect(await surveysOf({ customerId: customer.id })).toEqual([]);
  });

  it('reports an unknown customer as NOT_FOUND on input.customerId', async () => {
    const response = await subgraph.query(MANAGER, RECORD, {
      input: { customerId: randomUUID(), conductedAt: '2026-06-01T10:00:00Z', scores: EVEN },
    });
    expect(refused(response, 'NOT_FOUND').extensions!.field).toBe('input.customerId');
  });

  it.each(READ_ONLY_ROLES)('refuses the role %s with FORBIDDEN', async (role) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query({ roles: [role], customerIds: [customer.id] }, RECORD, {
      input: { customerId: customer.id, conductedAt: '2026-06-01T10:00:00Z', scores: EVEN },
    });
    refused(response, 'FORBIDDEN');
    expect(await surveysOf({ customerId: customer.id })).toEqual([]);
  });
});

describe('survey results over time', () => {
  it('lists a customer’s surveys latest first, by service and period, page by page', async () => {
    const customer = await registerCustomer(subgraph);
    const payments = randomUUID();
    const march = await record(customer.id, { conductedAt: '2026-03-15T00:00:00Z' });
    const april = await record(customer.id, {
      conductedAt: '2026-04-15T00:00:00Z',
      serviceId: payments,
    });
    const may = await record(customer.id, { conductedAt: '2026-05-15T00:00:00Z' });
    const june = await record(customer.id, {
      conductedAt: '2026-06-15T00:00:00Z',
      serviceId: payments,
      scores: scores([
        [5, 4],
        [5, 4],
        [5, 4],
        [5, 4],
        [5, 4],
      ]),
    });

    const seen = await walkPages(
      subgraph,
      ANALYST,
      SURVEYS,
      { filter: { customerId: customer.id } },
      3,
    );
    expect(seen.map(({ id }: any) => id)).toEqual([june.id, may.id, april.id, march.id]);

    expect(await surveysOf({ serviceId: payments })).toEqual([june.id, april.id]);
    expect(
      await surveysOf({
        customerId: customer.id,
        conductedFrom: '2026-04-15T00:00:00Z',
        conductedBefore: '2026-06-01T00:00:00Z',
      }),
    ).toEqual([may.id, april.id]);
    expect(await succeed(subgraph, ANALYST, LATEST, { id: customer.id })).toEqual({
      latestSurvey: { id: june.id, overallGap: -1 },
    });
  });
});

describe('a CUSTOMER caller', () => {
  it('sees its own surveys, and not another customer’s', async () => {
    const mine = await registerCustomer(subgraph);
    const theirs = await registerCustomer(subgraph);
    const own = await record(mine.id);
    const foreign = await record(theirs.id);
    const caller = customerCaller(mine.id);

    const list = await succeed(subgraph, caller, SURVEYS, { first: 100 });
    expect(list.edges.map((edge: any) => edge.node.id)).toEqual([own.id]);
    const filtered = await succeed(subgraph, caller, SURVEYS, {
      filter: { customerId: theirs.id },
    });
    expect(filtered.edges).toEqual([]);
    expect((await succeed(subgraph, caller, SURVEY, { id: own.id })).id).toBe(own.id);
    refused(await subgraph.query(caller, SURVEY, { id: foreign.id }), 'NOT_FOUND');
    expect(await succeed(subgraph, ADMIN, SURVEY, { id: foreign.id })).toMatchObject({
      id: foreign.id,
    });
  });
});
