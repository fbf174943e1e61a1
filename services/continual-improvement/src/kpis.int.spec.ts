import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { onlyError, type TestCaller } from '@itsm/testkit';
import {
  changeFailedEvent,
  changeImplementedEvent,
  changeRaisedEvent,
  changeReviewedEvent,
  feedbackLoggedEvent,
  feedbackResolvedEvent,
  surveyRecordedEvent,
  targetAtRiskEvent,
  targetBreachedEvent,
  targetMeasuredEvent,
} from './testing/event-builders';
import { ENTITY_KPIS, PORTFOLIO_KPIS } from './testing/documents';
import { type ImprovementHarness, startImprovementHarness } from './testing/harness';

const ANALYST: TestCaller = { roles: ['ANALYST'] };

let harness: ImprovementHarness;
const customer = randomUUID();
const otherCustomer = randomUUID();
const service = randomUUID();
const otherService = randomUUID();

const JANUARY = '2026-01-01T00:00:00.000Z';
const FEBRUARY = '2026-02-01T00:00:00.000Z';
const MARCH = '2026-03-01T00:00:00.000Z';

/** The changes seeded: one successful, one failed, one partial, one never finished. */
const JANUARY_CHANGES = {
  periodStart: JANUARY,
  finished: 3,
  successful: 1,
  partial: 1,
  failed: 1,
  successRatePercent: expect.closeTo(33.3333, 3),
};

/** One month of facts from every subgraph about `service`, mostly for `customer`. */
async function seed() {
  const [t1, t2, t3, t4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const target = { serviceId: service, customerId: customer };
  await harness.deliver(
    // January: t1 met, t2 at risk then breached; t4 belongs to the other customer.
    targetMeasuredEvent({ ...target, targetId: t1, month: '2026-01' }),
    targetAtRiskEvent({
      ...target,
      targetId: t2,
      month: '2026-01',
      evaluatedAt: '2026-01-20T00:00:00.000Z',
    }),
    targetBreachedEvent({
      ...target,
      targetId: t2,
      month: '2026-01',
      evaluatedAt: '2026-01-25T00:00:00.000Z',
    }),
    targetMeasuredEvent({
      serviceId: service,
      customerId: otherCustomer,
      targetId: t4,
      month: '2026-01',
    }),
    // February: t1 at risk; a later measurement arrives before an earlier one.
    targetMeasuredEvent({
      ...target,
      targetId: t1,
      month: '2026-02',
      status: 'AT_RISK',
      evaluatedAt: '2026-02-20T00:00:00.000Z',
    }),
    targetMeasuredEvent({
      ...target,
      targetId: t1,
      month: '2026-02',
      status: 'MET',
      evaluatedAt: '2026-02-10T00:00:00.000Z',
    }),
    // March: a breached standing stays breached when a later measurement says MET.
    targetBreachedEvent({
      ...target,
      targetId: t3,
      month: '2026-03',
      evaluatedAt: '2026-03-10T00:00:00.000Z',
    }),
    targetMeasuredEvent({
      ...target,
      targetId: t3,
      month: '2026-03',
      status: 'MET',
      evaluatedAt: '2026-03-20T00:00:00.000Z',
    }),
  );

  const complaint = (overrides: Record<string, unknown>) => ({
    customerId: customer,
    serviceId: service,
    ...overrides,
  });
  const resolvedLate = randomUUID();
  const resolvedEarly = randomUUID();
  await harness.deliver(
    feedbackLoggedEvent(
      complaint({
        feedbackId: resolvedLate,
        severity: 'HIGH',
        loggedAt: '2026-01-10T09:00:00.000Z',
      }),
    ),
    feedbackResolvedEvent({
      ...complaint({}),
      feedbackId: resolvedLate,
      customerId: customer,
      severity: 'HIGH',
      loggedAt: '2026-01-10T09:00:00.000Z',
      acknowledgedAt: '2026-01-10T10:00:00.000Z',
      resolvedAt: '2026-01-12T09:00:00.000Z',
    }),
    // Resolved before it is logged: the resolution still counts.
    feedbackResolvedEvent({
      ...complaint({}),
      feedbackId: resolvedEarly,
      customerId: customer,
      severity: 'LOW',
      loggedAt: '2026-01-11T09:00:00.000Z',
      acknowledgedAt: '2026-01-11T12:00:00.000Z',
      resolvedAt: '2026-01-12T09:00:00.000Z',
    }),
    feedbackLoggedEvent(
      complaint({
        feedbackId: resolvedEarly,
        severity: 'LOW',
        loggedAt: '2026-01-11T09:00:00.000Z',
      }),
    ),
    feedbackLoggedEvent(complaint({ severity: 'CRITICAL', loggedAt: '2026-01-20T09:00:00.000Z' })),
    feedbackLoggedEvent(complaint({ type: 'COMPLIMENT', loggedAt: '2026-01-21T09:00:00.000Z' })),
    feedbackLoggedEvent(complaint({ severity: 'MEDIUM', loggedAt: '2026-02-02T09:00:00.000Z' })),
  );

  await harness.deliver(
    surveyRecordedEvent({
      customerId: customer,
      serviceId: service,
      gap: -1,
      netPromoterScore: 10,
      conductedAt: '2026-01-15T09:00:00.000Z',
    }),
    surveyRecordedEvent({
      customerId: customer,
      serviceId: service,
      gap: -2,
      netPromoterScore: -30,
      conductedAt: '2026-01-25T09:00:00.000Z',
    }),
    surveyRecordedEvent({
      customerId: customer,
      serviceId: null,
      gap: 0.5,
      netPromoterScore: null,
      conductedAt: '2026-02-15T09:00:00.000Z',
    }),
  );

  const change = (id: string, occurredAt: string) => ({
    changeRequestId: id,
    customerId: customer,
    serviceIds: [service, otherService],
    occurredAt,
  });
  const [successful, failed, partial, pending] = [
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
  ];
  await harness.deliver(
    changeRaisedEvent({
      changeRequestId: successful,
      customerId: customer,
      serviceIds: [service, otherService],
    }),
    changeImplementedEvent(change(successful, '2026-01-20T23:00:00.000Z')),
    changeReviewedEvent({
      ...change(successful, '2026-01-22T09:00:00.000Z'),
      outcome: 'SUCCESSFUL',
    }),
    changeFailedEvent(change(failed, '2026-01-25T23:00:00.000Z')),
    // Reviewed before its implementation arrives.
    changeReviewedEvent({ ...change(partial, '2026-01-29T09:00:00.000Z'), outcome: 'PARTIAL' }),
    changeImplementedEvent(change(partial, '2026-01-27T23:00:00.000Z')),
    changeRaisedEvent({ changeRequestId: pending, customerId: customer, serviceIds: [service] }),
  );
}

beforeAll(async () => {
  harness = await startImprovementHarness();
  await seed();
});
afterAll(() => harness.stop());

async function kpisOf(
  representations: { __typename: string; id: string }[],
  window: Record<string, unknown> | null = null,
  caller: TestCaller = ANALYST,
) {
  const response = await harness.subgraph.query(caller, ENTITY_KPIS, {
    r: representations,
    window,
  });
  expect(response.errors).toBeUndefined();
  return response.data!._entities.map((entity: any) => entity.kpis);
}

const dimensions = (gap: number) =>
  ['TANGIBLES', 'RELIABILITY', 'RESPONSIVENESS', 'ASSURANCE', 'EMPATHY'].map((dimension) => ({
    dimension,
    meanGap: gap,
  }));

describe('Service.kpis', () => {
  it('reports each KPI per month, from the consumed events only', async () => {
    const [kpis] = await kpisOf([{ __typename: 'Service', id: service }]);
    expect(kpis).toEqual({
      granularity: 'MONTH',
      timeZone: 'UTC',
      slaAttainment: [
        {
          periodStart: JANUARY,
          targetsMeasured: 3,
          targetsMet: 2,
          targetsAtRisk: 0,
          targetsBreached: 1,
          attainmentPercent: expect.closeTo(66.6667, 3),
        },
        {
          periodStart: FEBRUARY,
          targetsMeasured: 1,
          targetsMet: 1,
          targetsAtRisk: 1,
          targetsBreached: 0,
          attainmentPercent: 100,
        },
        {
          periodStart: MARCH,
          targetsMeasured: 1,
          targetsMet: 0,
          targetsAtRisk: 0,
          targetsBreached: 1,
          attainmentPercent: 0,
        },
      ],
      satisfaction: [
        {
          periodStart: JANUARY,
          surveys: 2,
          meanOverallGap: -1.5,
          meanNetPromoterScore: -10,
          dimensions: dimensions(-1.5),
        },
      ],
      complaints: [
        {
          periodStart: JANUARY,
          complaints: 3,
          severeComplaints: 2,
          resolved: 2,
          meanHoursToResolve: 36,
          meanHoursToAcknowledge: 2,
        },
        {
          periodStart: FEBRUARY,
          complaints: 1,
          severeComplaints: 0,
          resolved: 0,
          meanHoursToResolve: null,
          meanHoursToAcknowledge: null,
        },
      ],
      changes: [JANUARY_CHANGES],
    });
  });

  it('counts a change once for each service it affected', async () => {
    const [kpis] = await kpisOf([{ __typename: 'Service', id: otherService }]);
    expect(kpis.changes).toEqual([JANUARY_CHANGES]);
    expect(kpis.slaAttainment).toEqual([]);
  });

  it('cuts periods by the granularity, time zone and range asked for', async () => {
    const [quarterly] = await kpisOf([{ __typename: 'Service', id: service }], {
      granularity: 'QUARTER',
    });
    expect(quarterly.slaAttainment).toEqual([
      expect.objectContaining({ periodStart: JANUARY, targetsMeasured: 5, targetsBreached: 2 }),
    ]);
    // 2026-01-25T23:00Z is already the 26th in Jakarta, and its weeks start on Mondays there.
    const [jakarta] = await kpisOf([{ __typename: 'Service', id: service }], {
      granularity: 'DAY',
      timeZone: 'Asia/Jakarta',
      from: '2026-01-25T00:00:00Z',
      to: '2026-01-27T00:00:00Z',
    });
    expect(jakarta.changes).toEqual([
      expect.objectContaining({ periodStart: '2026-01-25T17:00:00.000Z', finished: 1, failed: 1 }),
    ]);
    const [february] = await kpisOf([{ __typename: 'Service', id: service }], {
      from: FEBRUARY,
      to: MARCH,
    });
    expect(february.slaAttainment.map((point: any) => point.periodStart)).toEqual([FEBRUARY]);
    expect(february.complaints.map((point: any) => point.periodStart)).toEqual([FEBRUARY]);
  });

  it('counts for a CUSTOMER caller only the facts of its own customers', async () => {
    const own = await kpisOf([{ __typename: 'Service', id: service }], null, {
      roles: ['CUSTOMER'],
      customerIds: [otherCustomer],
    });
    expect(own[0].slaAttainment).toEqual([
      expect.objectContaining({ periodStart: JANUARY, targetsMeasured: 1, targetsMet: 1 }),
    ]);
    expect(own[0].complaints).toEqual([]);
    expect(own[0].changes).toEqual([]);
  });
});

describe('Customer.kpis', () => {
  it("reports the customer's facts, and nothing of another customer to a CUSTOMER caller", async () => {
    const [mine, other] = await kpisOf([
      { __typename: 'Customer', id: customer },
      { __typename: 'Customer', id: otherCustomer },
    ]);
    expect(mine.slaAttainment).toHaveLength(3);
    expect(mine.satisfaction.map((point: any) => point.surveys)).toEqual([2, 1]);
    expect(other.slaAttainment).toEqual([expect.objectContaining({ targetsMeasured: 1 })]);

    const [hidden] = await kpisOf([{ __typename: 'Customer', id: customer }], null, {
      roles: ['CUSTOMER'],
      customerIds: [otherCustomer],
    });
    expect(hidden).toMatchObject({
      slaAttainment: [],
      satisfaction: [],
      complaints: [],
      changes: [],
    });
  });
});

describe('portfolioKpis', () => {
  it('adds up every service and customer', async () => {
    const response = await harness.subgraph.query(ANALYST, PORTFOLIO_KPIS, {});
    expect(response.errors).toBeUndefined();
    const kpis = response.data!.portfolioKpis;
    expect(kpis.slaAttainment.map((point: any) => point.targetsMeasured)).toEqual([3, 1, 1]);
    expect(kpis.satisfaction.map((point: any) => point.surveys)).toEqual([2, 1]);
    expect(kpis.changes).toEqual([expect.objectContaining({ finished: 3 })]);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'window.timeZone'],
    ['a range that ends before it starts', { from: MARCH, to: JANUARY }, 'window.to'],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_case, window, field) => {
    const response = await harness.subgraph.query(ANALYST, PORTFOLIO_KPIS, { window });
    expect(onlyError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('batching', () => {
  it('reads the KPIs of many services in as many statements as of one', async () => {
    const statementsFor = async (count: number) => {
      const representations = [
        service,
        ...Array.from({ length: count - 1 }, () => randomUUID()),
      ].map((id) => ({ __typename: 'Service', id }));
      const before = harness.subgraph.running.statementCount();
      const kpis = await kpisOf(representations);
      expect(kpis).toHaveLength(count);
      return harness.subgraph.running.statementCount() - before;
    };
    const one = await statementsFor(1);
    expect(await statementsFor(20)).toBe(one);
  });

  it('projects a run of target standings in as many statements as one, keeping the newest of a repeated target', async () => {
    // The consumer's statements, on the events pool, which statementCount() leaves out.
    const query = jest.spyOn(EntityManager.prototype, 'query');
    const statementsToProject = async (count: number) => {
      query.mockClear();
      await harness.deliver(
        ...Array.from({ length: count }, () =>
          targetMeasuredEvent({
            serviceId: otherService,
            targetId: randomUUID(),
            month: '2026-03',
          }),
        ),
      );
      return query.mock.calls.filter(([sql]) => sql.includes('INTO kpi_target_standing')).length;
    };
    try {
      expect(await statementsToProject(1)).toBe(1);
      expect(await statementsToProject(50)).toBe(1);
    } finally {
      query.mockRestore();
    }

    const repeated = randomUUID();
    const measured = (evaluatedAt: string, measuredValue: number) =>
      targetMeasuredEvent({
        serviceId: otherService,
        targetId: repeated,
        month: '2026-03',
        evaluatedAt,
        measuredValue,
      });
    await harness.deliver(
      measured('2026-03-20T00:00:00.000Z', 99.7),
      measured('2026-03-10T00:00:00.000Z', 99.9),
      targetMeasuredEvent({ serviceId: otherService, targetId: randomUUID(), month: '2026-03' }),
    );
    const rows: { measured_value: number; evaluated_at: Date }[] =
      await harness.subgraph.running.dataSource.query(
        'SELECT measured_value, evaluated_at FROM kpi_target_standing WHERE target_id = $1',
        [repeated],
      );
    expect(rows).toEqual([
      { measured_value: 99.7, evaluated_at: new Date('2026-03-20T00:00:00.000Z') },
    ]);
  });
});
