import { randomUUID } from 'node:crypto';
import type { TestCaller } from '@itsm/testkit';
import { DEFAULT_THRESHOLDS } from './domain/rules/thresholds';
import {
  changeFailedEvent,
  changeReviewedEvent,
  feedbackLoggedEvent,
  surveyRecordedEvent,
  targetBreachedEvent,
  targetMeasuredEvent,
} from './testing/event-builders';
import { ENTITY_IMPROVEMENTS } from './testing/documents';
import { type ImprovementHarness, startImprovementHarness, TEST_SETTINGS } from './testing/harness';

const ADMIN: TestCaller = { roles: ['ADMIN'] };

let harness: ImprovementHarness;

beforeAll(async () => {
  harness = await startImprovementHarness();
});
afterAll(() => harness.stop());

async function improvementsOf(
  typename: 'Service' | 'Customer',
  id: string,
  caller: TestCaller = ADMIN,
) {
  const response = await harness.subgraph.query(caller, ENTITY_IMPROVEMENTS, {
    r: [{ __typename: typename, id }],
  });
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0].improvements as any[];
}

const at = (month: string) => new Date(`${month}-28T12:00:00.000Z`);

/** Breaches of one target on one service, delivered in the given order of months. */
function breaches(months: string[], facts: { targetId?: string; serviceId?: string } = {}) {
  const common = {
    targetId: facts.targetId ?? randomUUID(),
    agreementId: randomUUID(),
    customerId: randomUUID(),
    serviceId: facts.serviceId ?? randomUUID(),
  };
  return months.map((month) => ({
    event: targetBreachedEvent({
      ...common,
      month,
      measuredValue: 98 + months.indexOf(month) / 10,
    }),
    time: at(month),
  }));
}

describe('the repeated breach rule', () => {
  it('opens one initiative at the second breach in the window and escalates it at the third', async () => {
    const [january, february, march] = breaches(['2026-01', '2026-02', '2026-03']);
    const { serviceId, customerId, agreementId, targetId } = january!.event.data as any;

    const [first] = await harness.deliver(january!);
    expect(await improvementsOf('Service', serviceId)).toEqual([]);

    await harness.deliver(february!);
    const [opened] = await improvementsOf('Service', serviceId);
    expect(opened).toMatchObject({
      source: 'SLA_BREACH',
      state: 'IDENTIFIED',
      priority: 'MEDIUM',
      title: 'Repeated availability target breaches',
      customer: { id: customerId },
      services: [{ id: serviceId }],
      agreements: [{ id: agreementId }],
      measure: {
        name: `AVAILABILITY of target ${targetId}`,
        unit: 'PERCENT',
        direction: 'HIGHER_IS_BETTER',
        baseline: 98.1,
        target: 99.5,
      },
      history: [{ fromState: null, toState: 'IDENTIFIED', actor: 'continual-improvement rules' }],
    });
    expect(opened.triggers.map((trigger: any) => trigger.occurredAt)).toEqual([
      at('2026-01').toISOString(),
      at('2026-02').toISOString(),
    ]);
    expect(opened.triggers[0]).toMatchObject({
      eventId: JSON.parse(String(first!.value)).id,
      eventType: 'itsm.service-level.target.breached.v1',
      summary: expect.stringContaining('AVAILABILITY target 99.5 PERCENT breached'),
    });

    await harness.deliver(march!);
    const [escalated] = await improvementsOf('Service', serviceId);
    expect(escalated).toMatchObject({
      id: opened.id,
      priority: 'HIGH',
      measure: { baseline: 98.2 },
    });
    expect(escalated.triggers).toHaveLength(3);
    expect(await improvementsOf('Customer', customerId)).toHaveLength(1);

    const events = await harness.outboxOf(opened.id);
    expect(events).toEqual([
      {
        type: 'itsm.continual-improvement.improvement.identified.v1',
        data: expect.objectContaining({
          source: 'SLA_BREACH',
          triggeredBy: opened.triggers.map((trigger: any) => trigger.eventId),
        }),
      },
      {
        type: 'itsm.continual-improvement.improvement.escalated.v1',
        data: expect.objectContaining({
          fromPriority: 'MEDIUM',
          priority: 'HIGH',
          triggeredBy: [escalated.triggers[2].eventId],
        }),
      },
    ]);
  });

  it('changes nothing when the breaches are delivered again', async () => {
    const delivered = breaches(['2026-04', '2026-05']);
    const serviceId = (delivered[0]!.event.data as any).serviceId;
    const records = await harness.deliver(...delivered);
    const before = await improvementsOf('Service', serviceId);
    const outboxBefore = await harness.outboxOf(before[0].id);

    await harness.redeliver(records);
    await harness.redeliver([records[0]!]);
    expect(await improvementsOf('Service', serviceId)).toEqual(before);
    expect(await harness.outboxOf(before[0].id)).toEqual(outboxBefore);
  });

  it('gives the same initiative when the breaches arrive out of order', async () => {
    const months = ['2026-01', '2026-02', '2026-03'];
    const inOrder = breaches(months);
    const reversed = breaches(months).reverse();
    await harness.deliver(...inOrder);
    await harness.deliver(...reversed);
    const summary = async (delivered: typeof inOrder) => {
      const [initiative] = await improvementsOf(
        'Service',
        (delivered[0]!.event.data as any).serviceId,
      );
      return {
        priority: initiative.priority,
        baseline: initiative.measure.baseline,
        triggers: initiative.triggers.map((trigger: any) => trigger.occurredAt),
      };
    };
    expect(await summary(reversed)).toEqual(await summary(inOrder));
    expect((await summary(inOrder)).priority).toBe('HIGH');
  });

  it('leaves targets that are only measured alone', async () => {
    const serviceId = randomUUID();
    const targetId = randomUUID();
    await harness.deliver(
      targetMeasuredEvent({ serviceId, targetId, month: '2026-01' }),
      targetMeasuredEvent({ serviceId, targetId, month: '2026-02', status: 'AT_RISK' }),
    );
    expect(await improvementsOf('Service', serviceId)).toEqual([]);
  });
});

describe('the severe complaint rule', () => {
  it('opens one initiative for the severe complaints of a customer about a service', async () => {
    const customerId = randomUUID();
    const serviceId = randomUUID();
    await harness.deliver(
      feedbackLoggedEvent({ customerId, serviceId, severity: 'MEDIUM' }),
      feedbackLoggedEvent({ customerId, serviceId, severity: 'HIGH', summary: 'Checkout broke.' }),
      feedbackLoggedEvent({ customerId, serviceId, severity: 'CRITICAL' }),
      feedbackLoggedEvent({ customerId, serviceId, type: 'COMPLIMENT', severity: 'CRITICAL' }),
    );
    const [initiative, ...others] = await improvementsOf('Customer', customerId);
    expect(others).toEqual([]);
    expect(initiative).toMatchObject({
      source: 'COMPLAINT',
      priority: 'CRITICAL',
      title: 'Answer severe complaints: Checkout broke.',
      services: [{ id: serviceId }],
      measure: null,
    });
    expect(initiative.triggers).toHaveLength(2);

    const mine: TestCaller = { roles: ['CUSTOMER'], customerIds: [customerId] };
    const theirs: TestCaller = { roles: ['CUSTOMER'], customerIds: [randomUUID()] };
    expect(await improvementsOf('Service', serviceId, mine)).toHaveLength(1);
    expect(await improvementsOf('Service', serviceId, theirs)).toEqual([]);
  });
});

describe('the poor survey rule', () => {
  it('opens an initiative measured by the gap for a survey below the threshold only', async () => {
    const customerId = randomUUID();
    await harness.deliver(
      surveyRecordedEvent({ customerId, gap: -0.5 }),
      surveyRecordedEvent({ customerId, gap: -1.5, conductedAt: '2026-02-01T09:00:00.000Z' }),
    );
    const [initiative, ...others] = await improvementsOf('Customer', customerId);
    expect(others).toEqual([]);
    expect(initiative).toMatchObject({
      source: 'SURVEY',
      priority: 'MEDIUM',
      services: [],
      measure: { name: 'SERVQUAL overall gap', unit: 'SCORE', baseline: -1.5, target: 0 },
    });
    expect(initiative.triggers).toHaveLength(1);
  });
});

describe('the failed change and review rules', () => {
  it('open a CHANGE_FAILURE initiative that the failed review joins, and a REVIEW one for a partial change', async () => {
    const customerId = randomUUID();
    const serviceIds = [randomUUID(), randomUUID()].sort();
    const failedChange = randomUUID();
    const partialChange = randomUUID();
    await harness.deliver(
      changeReviewedEvent({
        changeRequestId: failedChange,
        customerId,
        serviceIds,
        outcome: 'FAILED',
      }),
      changeFailedEvent({
        changeRequestId: failedChange,
        customerId,
        serviceIds,
        reference: 'CHG-000101',
      }),
      changeReviewedEvent({
        changeRequestId: partialChange,
        customerId,
        serviceIds,
        outcome: 'PARTIAL',
        reference: 'CHG-000102',
      }),
      changeReviewedEvent({
        changeRequestId: randomUUID(),
        customerId,
        serviceIds,
        outcome: 'SUCCESSFUL',
      }),
    );
    const initiatives = await improvementsOf('Customer', customerId);
    // Opened in one transaction, so at the same instant: in either order.
    expect(
      initiatives
        .map(({ source, priority, services, triggers }) => ({
          source,
          priority,
          services,
          triggers: triggers.map((trigger: any) => trigger.eventType.split('.').at(-2)),
        }))
        .sort((a: { source: string }, b: { source: string }) => b.source.localeCompare(a.source)),
    ).toEqual([
      {
        source: 'REVIEW',
        priority: 'MEDIUM',
        services: serviceIds.map((id) => ({ id })),
        triggers: ['reviewed'],
      },
      {
        source: 'CHANGE_FAILURE',
        priority: 'HIGH',
        services: serviceIds.map((id) => ({ id })),
        triggers: expect.arrayContaining(['reviewed', 'failed']),
      },
    ]);
  });
});

describe('configured thresholds', () => {
  let strict: ImprovementHarness;

  beforeAll(async () => {
    strict = await startImprovementHarness({
      ...TEST_SETTINGS,
      thresholds: { ...DEFAULT_THRESHOLDS, complaintSeverity: 'CRITICAL', breachCount: 3 },
    });
  });
  afterAll(() => strict.stop());

  it('are what the rules open initiatives at', async () => {
    const customerId = randomUUID();
    const serviceId = randomUUID();
    const targetId = randomUUID();
    await strict.deliver(
      feedbackLoggedEvent({ customerId, severity: 'HIGH' }),
      targetBreachedEvent({ serviceId, targetId, month: '2026-01' }),
      targetBreachedEvent({ serviceId, targetId, month: '2026-02' }),
    );
    const read = async (typename: string, id: string) => {
      const response = await strict.subgraph.query(ADMIN, ENTITY_IMPROVEMENTS, {
        r: [{ __typename: typename, id }],
      });
      return response.data!._entities[0].improvements;
    };
    expect(await read('Customer', customerId)).toEqual([]);
    expect(await read('Service', serviceId)).toEqual([]);
    await strict.deliver(targetBreachedEvent({ serviceId, targetId, month: '2026-03' }));
    expect(await read('Service', serviceId)).toHaveLength(1);
  });
});
